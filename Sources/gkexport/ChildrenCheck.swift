import ArgumentParser
import Foundation
import ReportBatch
import ReportExport
import ReportReview

/// `validate PARENT --children DIR|SHEET`: the subordinates summed by ReportBatch's
/// aggregation (the one summing), the 汇总 report compared with the sum by ReportReview.
enum ChildrenCheck {
    /// The findings on the parent; prints which children were read. Nothing when the parent
    /// cannot be read (its own problems are printed by the validation) or the rule is off; a
    /// parent whose 勾稽关系 fail is still compared, cell by cell.
    static func run(parent: String, children: String, rules: ReviewRuleSet, library: TemplateLibrary) throws -> [Finding] {
        guard let loaded = try? ReportFileReader(templates: library).load(path: parent), let format = loaded.format else { return [] }
        guard let rule = rules.rules(for: format).first(where: { $0.kind == .children }) else {
            Terminal.error("\(parent)：审核规则中没有 children 规则（或已停用），未核对下级合计")
            return []
        }
        let opened = AggregateInputs([children], output: parent, templates: library)
        guard opened.usage.isEmpty else {
            for line in opened.usage { Terminal.error(line) }
            throw ExitCode.validationFailure
        }
        for warning in opened.warnings { Terminal.error("警告：" + warning) }
        let run = AggregationRun(opened, templates: library)
        for warning in run.warnings { Terminal.error(warning.description) }
        let nothing = run.aggregation == nil && run.problems == ["没有可汇总的报告"]
        let sum = ChildrenSum(values: run.aggregation?.values, year: run.aggregation?.year, edition: run.aggregation?.format.edition,
                              read: run.read, unread: nothing ? [] : run.problems, source: children)
        let findings = sum.check(loaded.report, format: format, input: parent, rule: rule)
        let differing = findings.count - sum.unread.count
        print("核对下级合计：\(children) 中读了 \(sum.read.count) 份下级报告" + (sum.read.isEmpty ? "" : "（\(sum.read.joined(separator: "、"))）")
              + (sum.unread.isEmpty ? "" : "，\(sum.unread.count) 份未能读取") + "；" + (differing == 0 ? "汇总报告与下级合计一致" : "\(differing) 处不一致"))
        return findings
    }
}
