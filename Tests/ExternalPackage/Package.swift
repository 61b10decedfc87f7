// swift-tools-version:6.0
import PackageDescription

/// Erqi used from another package, through its public API only: a plan built in code is validated, written as
/// a plan file, loaded back and evaluated (Tests/ExternalPlanTests), and `write-plan-file` rewrites any plan
/// file as the JSON plan format, for the schema check in CI.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ExternalPackage",
    dependencies: [
        // A path dependency is named by the manifest's package name, so the product reference below works
        // whatever the checkout's folder is called.
        .package(name: "Erqi", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "write-plan-file",
            dependencies: [
                .product(name: "ErqiCore", package: "Erqi"), .product(name: "ErqiPlanFiles", package: "Erqi"),
            ],
            path: "Sources/write-plan-file",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ExternalPlanTests",
            dependencies: [
                .product(name: "ErqiCore", package: "Erqi"), .product(name: "ErqiPlanFiles", package: "Erqi"),
            ],
            path: "Tests/ExternalPlanTests",
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
