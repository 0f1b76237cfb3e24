// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gkexport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gkexport", targets: ["gkexport"]),
        .library(name: "ReportExport", targets: ["ReportExport"]),
        .library(name: "OOXMLWriter", targets: ["OOXMLWriter"]),
        .library(name: "ReportBatch", targets: ["ReportBatch"]),
        .library(name: "ReportGolden", targets: ["ReportGolden"]),
        .library(name: "ReportImport", targets: ["ReportImport"]),
        .library(name: "ReportReview", targets: ["ReportReview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "OOXMLWriter",
            dependencies: ["CZlib", "CLibXML2"]
        ),
        // The templates (formats and style sets) are data at the top of the repo, bundled as resources.
        .target(
            name: "Templates",
            path: "templates",
            exclude: ["README.md"],
            resources: [.copy("formats"), .copy("styles"), .copy("fontconfig")]
        ),
        // libyaml's event stream, to bound a YAML text before Yams builds its tree.
        .target(name: "YAMLEventBounds", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "ReportExport",
            dependencies: ["OOXMLWriter", "Templates", "YAMLEventBounds", .product(name: "Yams", package: "Yams")]
        ),
        // The tools: each knows the core (and the writer), never a sibling tool (docs/ARCHITECTURE.md).
        .target(name: "ReportBatch", dependencies: ["ReportExport", "OOXMLWriter"]),
        .target(name: "ReportGolden", dependencies: ["ReportExport", "OOXMLWriter"]),
        .target(name: "ReportImport", dependencies: ["ReportExport", "OOXMLWriter"]),
        // What an office checks before accepting a report (rules in the formats' `review:`).
        .target(name: "ReportReview", dependencies: ["ReportExport", "OOXMLWriter"]),
        .executableTarget(
            name: "gkexport",
            dependencies: ["ReportExport", "ReportBatch", "ReportGolden", "ReportImport", "ReportReview",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // The Swift runtime and Foundation linked in: a process then binds no symbols of a
            // dozen shared objects at start, some 5 ms of a one-report render (issue 16 §4).
            // Release only: a debug build and the tests link as before. The modules were compiled
            // against the shared Foundation, whose objects do not ask for the static archives it
            // needs beside it: those are named here.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                                           "-l_FoundationCollections", "-lswiftSynchronization"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),
        // Synthetic reports for the bench and the batch tests; not part of any shipped library.
        .target(name: "SampleReports", dependencies: ["ReportExport"]),
        .executableTarget(
            name: "gkexport-bench",
            dependencies: ["ReportExport", "ReportBatch", "ReportReview", "SampleReports", "OOXMLWriter", "YAMLEventBounds"]
        ),
        // libFuzzer targets, one per reader (docs/FUZZING.md); a normal build replays inputs
        // given as arguments, or every seed.
        .target(name: "FuzzSupport", dependencies: ["OOXMLWriter"]),
        .executableTarget(name: "fuzz-docx", dependencies: ["ReportExport", "ReportImport", "FuzzSupport"]),
        .executableTarget(name: "fuzz-odt", dependencies: ["ReportExport", "ReportImport", "FuzzSupport"]),
        .executableTarget(name: "fuzz-html", dependencies: ["ReportExport", "ReportImport", "FuzzSupport"]),
        .executableTarget(name: "fuzz-text", dependencies: ["ReportExport", "ReportImport", "FuzzSupport"]),
        .executableTarget(name: "fuzz-yaml", dependencies: ["ReportExport", "FuzzSupport"]),
        .executableTarget(name: "fuzz-csv", dependencies: ["ReportExport", "ReportBatch", "FuzzSupport"]),
        // Readers and the shared/ paths the tests check output with (schemas, grids, PDF text).
        .target(name: "TestSupport", dependencies: ["OOXMLWriter", "CLibXML2"], path: "Tests/TestSupport"),
        .testTarget(name: "OOXMLWriterTests", dependencies: ["OOXMLWriter", "TestSupport"]),
        .testTarget(name: "ReportExportTests", dependencies: ["ReportExport", "Templates", "ReportBatch", "ReportGolden", "ReportImport", "ReportReview", "SampleReports", "OOXMLWriter", "YAMLEventBounds", "TestSupport"]),
        // Depends on the executable so `swift test` builds the binary it runs.
        .testTarget(name: "GKExportTests", dependencies: ["gkexport", "ReportExport", "ReportBatch", "ReportGolden", "ReportImport", "ReportReview", "SampleReports", "OOXMLWriter", "TestSupport"]),
    ]
)
