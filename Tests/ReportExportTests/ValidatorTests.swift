import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

@Suite struct ValidatorTests {
    static func report(_ replacements: [(String, String)]) throws -> ReportFileReader.Loaded {
        var text = Fixtures.exampleText
        for (old, new) in replacements {
            precondition(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try ReportFileReader().load(path: Fixtures.reportFile(text))
    }

    @Test func omittedTotalsAreComputed() throws {
        let loaded = try Self.report([
            ("received:                    {natural_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0, total: 0}",
             "received:                    {natural_person: 3, commercial_enterprise: 2, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0}"),
            ("granted:                     {natural_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0, total: 0}",
             "granted:                     {natural_person: 3, commercial_enterprise: 2, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0}"),
            ("results_total:               {natural_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0, total: 0}", ""),
        ])
        #expect(loaded.errors.isEmpty, "\(loaded.diagnostics)")
        let r = loaded.report
        #expect(r.value(CellKey(table: "applications", row: "received", column: "total")) == .count(5))
        #expect(r.value(CellKey(table: "applications", row: "results_total", column: "natural_person")) == .count(3))
        #expect(r.value(CellKey(table: "applications", row: "results_total", column: "total")) == .count(5))
        #expect(r.computed.contains(CellKey(table: "applications", row: "results_total", column: "total")))
        #expect(!r.computed.contains(CellKey(table: "applications", row: "granted", column: "natural_person")))
    }

    @Test func givenTotalsAreChecked() throws {
        let loaded = try Self.report([
            ("received:                    {natural_person: 0,", "received:                    {natural_person: 61,"),
            ("granted:                     {natural_person: 0,", "granted:                     {natural_person: 61,"),
            ("results_total:               {natural_person: 0,", "results_total:               {natural_person: 62,"),
        ])
        let messages = loaded.errors.map(\.message)
        #expect(messages.contains("表三「（七）总计」×「自然人」应为 61（（一）至（六）各项之和），填写的是 62"))
        #expect(messages.contains("表三「一、本年新收政府信息公开申请数量」×「总计」应为 61（各类申请人之和），填写的是 0"))
        #expect(loaded.errors.allSatisfy { $0.kind == .rule })
    }

    @Test func theSeedIsValidAsIs() throws {
        #expect(try ReportFileReader().load(path: Paths.example.path).diagnostics.isEmpty)
    }
}
