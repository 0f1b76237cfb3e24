import ArgumentParser
import Foundation
import ReportExport
import ReportReview

/// The office's checks (`validate`, `batch`): review rules, an office's rules file, the
/// 问题清单 and the roster.
struct ReviewOptions: ParsableArguments {
    @Flag(help: "Also run the office's review rules (placeholders, lengths, sub-headings, edition, narrative vs tables, near copies; docs/rules.md).")
    var review = false

    @Option(help: "An office's own rules file (restates rules by id, adds or disables rules; implies --review).")
    var rules: String?

    @Option(help: "Write the 问题清单 to FILE (.csv, .json or .xlsx; may be given more than once; implies --review).")
    var issues: [String] = []

    @Option(help: "The agencies that must report, one a line: list who has not (implies --review).")
    var roster: String?

    var active: Bool { review || rules != nil || !issues.isEmpty || roster != nil }

    func check() throws {
        for path in issues where !IssueList.extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            throw ValidationError("--issues takes a .csv, .json or .xlsx file name: \(path)")
        }
    }

    /// The rules in force, with the office's file applied.
    func ruleSet(_ library: TemplateLibrary) throws -> ReviewRuleSet {
        do {
            return try ReviewRuleSet(templates: library, office: try rules.map { try library.reviewRules(path: $0) })
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.badReport
        }
    }

    func loadRoster() throws -> Roster? {
        guard let roster else { return nil }
        let data: Data
        do {
            data = try BoundedRead.file(roster, cap: BoundedRead.Cap.manifest)
        } catch {
            Terminal.error("\(roster): 无法读取名单：\(error.reason)\n    → \(error.hint)")
            throw ExitCode.badReport
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.error("\(roster): 无法读取名单：须为 UTF-8 文本，每行一个单位名称")
            throw ExitCode.badReport
        }
        return Roster(path: roster, text: text)
    }
}
