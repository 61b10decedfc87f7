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
        .library(name: "ErqiCore", targets: ["ErqiCore"]),
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
            name: "ErqiCore",
            path: "Sources/ErqiCore",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiTextReporter",
            dependencies: ["ErqiCore"],
            path: "Sources/Reporters/Text",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiCSVReporter",
            dependencies: ["ErqiCore"],
            path: "Sources/Reporters/CSV",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiJSONReporter",
            dependencies: ["ErqiCore"],
            path: "Sources/Reporters/JSON",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiMarkdownReporter",
            dependencies: ["ErqiCore"],
            path: "Sources/Reporters/Markdown",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiHTMLReporter",
            dependencies: ["ErqiCore"],
            path: "Sources/Reporters/HTML",
            swiftSettings: strictSettings
        ),
        .target(
            name: "ErqiXLSXReporter",
            dependencies: ["ErqiCore", "ErqiCSVReporter"],
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
                "ErqiCore", "ErqiDistrictDataset", "ErqiTextReporter", "ErqiCSVReporter", "ErqiJSONReporter",
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
            dependencies: ["ErqiCore"],
            path: "Tests/ErqiCoreTests",
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiDistrictDatasetTests",
            dependencies: [
                "ErqiCore", "ErqiDistrictDataset", "ErqiTextReporter", "ErqiCSVReporter", "ErqiJSONReporter",
                "ErqiMarkdownReporter", "ErqiHTMLReporter",
            ],
            path: "Tests/ErqiDistrictDatasetTests",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ErqiDraftTests",
            dependencies: ["ErqiCore", "ErqiDraft"],
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
                "ErqiCore", "ErqiTextReporter", "ErqiCSVReporter", "ErqiJSONReporter", "ErqiMarkdownReporter",
                "ErqiHTMLReporter", "ErqiXLSXReporter",
            ],
            path: "Tests/ErqiReportersTests",
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
