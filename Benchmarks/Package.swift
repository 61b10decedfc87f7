// swift-tools-version:6.0
import PackageDescription

/// The benchmark of Erqi: its own package, so that the library keeps no dependency and no benchmark target.
let package = Package(
    name: "ErqiBenchmarks",
    // `ExactDecimal` keeps its significand in an `Int128`, which Apple platforms ship from these versions.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    dependencies: [.package(name: "Erqi", path: "..")],
    targets: [
        .executableTarget(
            name: "erqi-bench",
            dependencies: [
                .product(name: "ErqiCore", package: "Erqi"),
                .product(name: "ErqiPlanFiles", package: "Erqi"),
                .product(name: "ErqiReporting", package: "Erqi"),
                .product(name: "ErqiTextReporter", package: "Erqi"),
                .product(name: "ErqiCSVReporter", package: "Erqi"),
                .product(name: "ErqiJSONReporter", package: "Erqi"),
                .product(name: "ErqiMarkdownReporter", package: "Erqi"),
                .product(name: "ErqiHTMLReporter", package: "Erqi"),
            ],
            path: "Sources/erqi-bench",
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
