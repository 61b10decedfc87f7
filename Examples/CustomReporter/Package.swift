// swift-tools-version:6.0
import PackageDescription

/// A reporter written in another package: Org-mode output, built only on Erqi's public API.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "CustomReporter",
    // `ExactDecimal` keeps its significand in an `Int128`, which Apple platforms ship from these versions.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "ErqiOrgReporter", targets: ["ErqiOrgReporter"])
    ],
    dependencies: [
        .package(name: "Erqi", path: "../..")
    ],
    targets: [
        .target(
            name: "ErqiOrgReporter",
            dependencies: [.product(name: "ErqiReporting", package: "Erqi")],
            path: "Sources/ErqiOrgReporter",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "org-report",
            dependencies: ["ErqiOrgReporter", .product(name: "ErqiReporting", package: "Erqi")],
            path: "Sources/org-report",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiOrgReporterTests",
            dependencies: [
                "ErqiOrgReporter", .product(name: "ErqiReporting", package: "Erqi"),
                .product(name: "ErqiTextReporter", package: "Erqi"),
            ],
            path: "Tests/ErqiOrgReporterTests",
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
