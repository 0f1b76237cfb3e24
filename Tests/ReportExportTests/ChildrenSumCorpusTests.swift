import Foundation
import ReportBatch
import ReportExport
import ReportReview
import Testing

/// The planted-fault corpus of `validate PARENT --children`: two subordinates (an example and a
/// renamed copy with another amount), their sum written by `aggregate`, and the 汇总 report
/// planted with one fault — exact findings of the `children_sum` rule, both editions.
@Suite struct ChildrenSumCorpusTests {
    static let library = ReviewCorpusTests.library

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let base: String
        /// The second child's edits (beyond its agency).
        let child: [(String, String)]
        /// Edits of the parent `aggregate` wrote from the children.
        let parent: [(String, String)]
        let expected: [String]
        var description: String { name }
    }

    static let f = ReviewCorpusTests.f, q = ReviewCorpusTests.q
    static let cases: [Case] = [
        Case(name: "F correct parent", base: f, child: [("3775.461335万", "1000万")], parent: [], expected: []),
        Case(name: "F parent off by one", base: f, child: [("3775.461335万", "1000万")],
             parent: [("decisions: 70844 ", "decisions: 70845 ")],
             expected: ["表二「行政许可」×「处理决定数量」：汇总 70845，下级合计 70844"]),
        Case(name: "F parent missing a child's amount", base: f, child: [("3775.461335万", "1000万")],
             parent: [("amount: \"4775.461335万\"", "amount: \"3775.461335万\"")],
             expected: ["表二「政府集中采购」×「采购总金额」：汇总 3775.461335万，下级合计 4775.461335万"]),
        Case(name: "F same amount in 元 is no difference", base: f, child: [("3775.461335万", "1000万")],
             parent: [("amount: \"4775.461335万\"", "amount: \"47754613.35元\"")], expected: []),
        Case(name: "Q correct parent", base: q, child: [("fee_amount: \"12.5\"", "fee_amount: \"0.75\"")], parent: [], expected: []),
        Case(name: "Q parent off by one", base: q, child: [("fee_amount: \"12.5\"", "fee_amount: \"0.75\"")],
             parent: [("decisions: 7124 ", "decisions: 7123 ")],
             expected: ["表二「行政许可」×「本年处理决定数量」：汇总 7123，下级合计 7124"]),
        Case(name: "Q parent missing a child's amount", base: q, child: [("fee_amount: \"12.5\"", "fee_amount: \"0.75\"")],
             parent: [("fee_amount: \"13.25\"", "fee_amount: \"12.5\"")],
             expected: ["表二「行政事业性收费」×「本年收费金额（单位：万元）」：汇总 12.5，下级合计 13.25"]),
    ]

    /// The children summed by `Aggregation` (the one summing), as the command line hands them over.
    static func sum(_ children: [String]) throws -> (ChildrenSum, Aggregation) {
        var aggregation: Aggregation?
        var read: [String] = []
        for (i, text) in children.enumerated() {
            let loaded = try ReviewCorpusTests.load(text, name: "child\(i).yaml")
            #expect(loaded.errors.isEmpty, "\(loaded.diagnostics)")
            if aggregation == nil { aggregation = Aggregation(format: loaded.format!, year: loaded.report.year) }
            try aggregation!.add(loaded.report, from: "child\(i).yaml")
            read.append("child\(i).yaml")
        }
        let a = try #require(aggregation)
        return (ChildrenSum(values: a.values, year: a.year, edition: a.format.edition, read: read, unread: [], source: "children"), a)
    }

    static func rule(_ format: FormatSpec) throws -> ReviewRule {
        try #require(try ReviewRuleSet(templates: library).rules(for: format).first { $0.kind == .children })
    }

    @Test(arguments: cases)
    func plantedFault(_ c: Case) throws {
        let other = ReviewCorpusTests.planted(ReviewCorpusTests.renamed(c.base, "别的局"), c.child)
        let (sum, aggregation) = try Self.sum([c.base, other])
        let parentText = ReviewCorpusTests.planted(aggregation.yaml(agency: "汇总"), c.parent)
        let parent = try ReviewCorpusTests.load(parentText, name: "parent.yaml")
        let format = try #require(parent.format)
        let findings = sum.check(parent.report, format: format, input: "parent.yaml", rule: try Self.rule(format))
        #expect(findings.map(\.message) == c.expected)
        #expect(findings.allSatisfy { $0.rule == "children_sum" && $0.severity == .error && $0.location.line != nil })
    }

    @Test func unreadChildIsNamedAndOtherYearIsRefused() throws {
        var (sum, aggregation) = try Self.sum([Self.q])
        sum.unread = ["broken.yaml:2:1: 错误：YAML 格式有误"]
        let parent = try ReviewCorpusTests.load(aggregation.yaml(agency: "汇总"), name: "parent.yaml")
        let format = try #require(parent.format)
        let findings = sum.check(parent.report, format: format, input: "parent.yaml", rule: try Self.rule(format))
        #expect(findings.map(\.message) == ["下级报告未能读取，未计入合计：broken.yaml:2:1: 错误：YAML 格式有误"])
        let lastYear = try ReviewCorpusTests.load(Self.f, name: "f.yaml")
        let refused = sum.check(lastYear.report, format: lastYear.format!, input: "f.yaml", rule: try Self.rule(lastYear.format!))
        #expect(refused.map(\.message).last == "汇总报告是 2020 年度「2019」版，下级报告是 2021 年度「2021」版，无法逐格核对")
    }
}
