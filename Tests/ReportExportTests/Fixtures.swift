import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import TestSupport

/// Renders reports the way the command line does, in memory.
enum Fixtures {
    static let renderer = ReportRenderer()

    static func docx(_ path: String = Paths.example.path) throws -> [UInt8] {
        try render(path, .docx)
    }

    static func odt(_ path: String = Paths.example.path) throws -> [UInt8] {
        try render(path, .odt)
    }

    static func render(_ path: String, _ format: OutputFormat) throws -> [UInt8] {
        let report = try renderer.read(path: path)
        return try renderer.bytes(try renderer.document(for: report), format: format)
    }

    /// Writes `text` as a report file in a fresh folder and returns its path.
    static func reportFile(_ text: String, name: String = "report.yaml") -> String {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    static var exampleText: String { try! String(contentsOf: Paths.example, encoding: .utf8) }

    /// The seed's numbers, in reading order of each table's number cells (seed file, tables 二–四).
    static let seedNumbers: [String: [String]] = [
        "二": ["0", "0", "0", "0", "0", "0", "176", "36", "35422", "132", "2", "21413", "4", "0", "0", "0", "0", "0",
               "0", "0", "35", "3775.461335万"],
        "三": Array(repeating: "0", count: 23 * 7),
        "四": Array(repeating: "0", count: 15),
    ]
}
