// swift-tools-version:6.0
import PackageDescription

/// Strict settings shared by every target (as in swift-log's manifest).
/// CI adds `-warnings-as-errors` and `-require-explicit-sendable` on the command line, because
/// unsafe flags in a manifest would stop other packages from depending on this one.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Erqi",
    products: [
        .library(name: "ErqiCore", targets: ["ErqiCore"])
    ],
    dependencies: [],
    targets: [
        .target(
            name: "ErqiCore",
            path: "Sources/ErqiCore",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "erqi",
            dependencies: ["ErqiCore"],
            path: "Examples/erqi",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "quick-start",
            dependencies: ["ErqiCore"],
            path: "Examples/quick-start",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiCoreTests",
            dependencies: ["ErqiCore"],
            path: "Tests/ErqiCoreTests",
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
