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
    // `ExactDecimal` keeps its significand in an `Int128`, which Apple platforms ship from these versions.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "ErqiNumbers", targets: ["ErqiNumbers"]),
        .library(name: "ErqiCore", targets: ["ErqiCore"]),
        .library(name: "ErqiPlanFiles", targets: ["ErqiPlanFiles"]),
        .library(name: "ErqiReporting", targets: ["ErqiReporting"]),
        .library(name: "ErqiTextReporter", targets: ["ErqiTextReporter"]),
        .library(name: "ErqiCSVReporter", targets: ["ErqiCSVReporter"]),
        .library(name: "ErqiJSONReporter", targets: ["ErqiJSONReporter"]),
        .library(name: "ErqiMarkdownReporter", targets: ["ErqiMarkdownReporter"]),
        .library(name: "ErqiHTMLReporter", targets: ["ErqiHTMLReporter"]),
        .library(name: "ErqiXLSXReporter", targets: ["ErqiXLSXReporter"]),
        .library(name: "ErqiDraft", targets: ["ErqiDraft"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "ErqiNumbers",
            path: "Sources/ErqiNumbers",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiCore",
            dependencies: ["ErqiNumbers"],
            path: "Sources/ErqiCore",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiPlanFiles",
            dependencies: ["ErqiCore"],
            path: "Sources/ErqiPlanFiles",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiReporting",
            dependencies: ["ErqiCore"],
            path: "Sources/ErqiReporting",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiTextReporter",
            dependencies: ["ErqiReporting"],
            path: "Sources/Reporters/Text",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiCSVReporter",
            dependencies: ["ErqiReporting"],
            path: "Sources/Reporters/CSV",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiJSONReporter",
            dependencies: ["ErqiReporting"],
            path: "Sources/Reporters/JSON",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiMarkdownReporter",
            dependencies: ["ErqiReporting"],
            path: "Sources/Reporters/Markdown",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiHTMLReporter",
            dependencies: ["ErqiReporting"],
            path: "Sources/Reporters/HTML",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiXLSXReporter",
            dependencies: ["ErqiReporting", "ErqiCSVReporter"],
            path: "Sources/Reporters/XLSX",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiDraft",
            dependencies: ["ErqiCore"],
            path: "Sources/ErqiDraft",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiDistrictDataset",
            path: "seeds",
            exclude: ["README.md", "erqi-district.json"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "erqi",
            dependencies: [
                "ErqiCore", "ErqiPlanFiles", "ErqiReporting", "ErqiDistrictDataset", "ErqiTextReporter",
                "ErqiCSVReporter", "ErqiJSONReporter",
                "ErqiMarkdownReporter", "ErqiHTMLReporter", "ErqiXLSXReporter", "ErqiDraft",
            ],
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
            dependencies: ["ErqiNumbers", "ErqiCore", "ErqiPlanFiles", "ErqiReporting"],
            path: "Tests/ErqiCoreTests",
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiDistrictDatasetTests",
            dependencies: [
                "ErqiCore", "ErqiPlanFiles", "ErqiReporting", "ErqiDistrictDataset", "ErqiTextReporter",
                "ErqiCSVReporter", "ErqiJSONReporter",
                "ErqiMarkdownReporter", "ErqiHTMLReporter",
            ],
            path: "Tests/ErqiDistrictDatasetTests",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiDraftTests",
            dependencies: ["ErqiCore", "ErqiPlanFiles", "ErqiDraft"],
            path: "Tests/ErqiDraftTests",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiCommandTests",
            dependencies: ["erqi"],
            path: "Tests/ErqiCommandTests",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiReportersTests",
            dependencies: [
                "ErqiCore", "ErqiPlanFiles", "ErqiReporting", "ErqiTextReporter", "ErqiCSVReporter", "ErqiJSONReporter",
                "ErqiMarkdownReporter",
                "ErqiHTMLReporter", "ErqiXLSXReporter", "ErqiDistrictDataset",
            ],
            path: "Tests/ErqiReportersTests",
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
