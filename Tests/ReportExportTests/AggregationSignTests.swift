import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// The aggregate adds only what a report may hold: a negative amount or count (however it got
/// into a `Report`) is refused, never netted against the others, and a total too large for a
/// report file is refused rather than written.
@Suite struct AggregationSignTests {
    static func setup() throws -> (Aggregation, Report) {
        let library = TemplateLibrary()
        let format = try library.format("2019")
        let report = try ReportFileReader(templates: library).read(path: Paths.example.path)
        return (Aggregation(format: format, year: 2020), report)
    }

    @Test func negativeAmountIsNotNetted() throws {
        var (aggregation, report) = try Self.setup()
        try aggregation.add(report, from: "a.yaml")
        report.values[CellKey(table: "proactive", row: "procurement", column: "amount")] = .amount("-3775.461335万")
        #expect(throws: Aggregation.Mismatch.self) { try aggregation.add(report, from: "b.yaml") }
        #expect(aggregation.values[CellKey(table: "proactive", row: "procurement", column: "amount")] == .amount("3775.461335万"))
    }

    @Test func negativeCountIsNotNettedButAChangeIs() throws {
        var (aggregation, report) = try Self.setup()
        try aggregation.add(report, from: "a.yaml")
        var shrinking = report
        shrinking.values[CellKey(table: "proactive", row: "licensing", column: "change")] = .count(-6)
        try aggregation.add(shrinking, from: "b.yaml")
        #expect(aggregation.values[CellKey(table: "proactive", row: "licensing", column: "change")] == .count(30))
        report.values[CellKey(table: "proactive", row: "licensing", column: "decisions")] = .count(-35422)
        #expect(throws: Aggregation.Mismatch.self) { try aggregation.add(report, from: "c.yaml") }
        #expect(aggregation.values[CellKey(table: "proactive", row: "licensing", column: "decisions")] == .count(2 * 35422))
    }

    @Test func totalBeyondWhatAReportHoldsIsRefused() throws {
        var (aggregation, report) = try Self.setup()
        report.values[CellKey(table: "proactive", row: "licensing", column: "decisions")] = .count(600_000_000)
        try aggregation.add(report, from: "a.yaml")
        #expect(throws: Aggregation.Mismatch.self) { try aggregation.add(report, from: "b.yaml") }
        report.values[CellKey(table: "proactive", row: "procurement", column: "amount")] = .amount("900000000.123456万")
        var amounts = Aggregation(format: aggregation.format, year: 2020)
        report.values[CellKey(table: "proactive", row: "licensing", column: "decisions")] = .count(1)
        try amounts.add(report, from: "a.yaml")
        #expect(throws: Aggregation.Mismatch.self) { try amounts.add(report, from: "b.yaml") }
    }
}
