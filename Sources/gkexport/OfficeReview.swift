import ArgumentParser
import Foundation
import ReportBatch
import ReportExport
import ReportReview

/// Composes the review (ReportReview) with the batch inputs and last year's reports
/// (ReportBatch), and prints: each report's problems as `validate` prints them, then the
/// review's findings, the roster, and the 问题清单 files.
enum OfficeReview {
    struct Outcome {
        let items: [ReviewRun.Item]
        let missing: [Finding]
    }

    static func run(_ input: BatchInput, options: ReviewOptions, library: TemplateLibrary, previousPath: String?,
                    jobs: Int) throws -> Outcome {
        let rules = try options.ruleSet(library)
        var last: PreviousReports?
        var narratives: PreviousNarratives?
        if let previousPath {
            do {
                last = try PreviousReports.open(previousPath, templates: library, jobs: jobs)
                let source = try BatchInput.open(previousPath, templates: library)
                var kept = PreviousNarratives(rules: rules)
                for i in 0..<source.count {
                    if case .success(let loaded) = source.load(i, templates: library), loaded.errors.isEmpty, let format = loaded.format {
                        kept.add(loaded.report, format: format, label: source.label(i))
                    }
                }
                narratives = kept
            } catch {
                Terminal.error(error.description)
                throw ExitCode.badReport
            }
        }
        let roster = try options.loadRoster()
        let items = ReviewRun(reviewer: Reviewer(rules: rules), previous: narratives).run(
            count: input.count, label: { input.label($0) }, load: { input.load($0, templates: library) },
            extra: { [last] report, format in last?.check(report, format: format) ?? [] })
        let reported = Set(items.compactMap(\.agency))
        return Outcome(items: items, missing: roster?.missing(reported: reported) ?? [])
    }

    /// Prints each report's problems (with `printDiagnostics`, as `validate` always has) and
    /// its review findings, then the roster, and writes the 问题清单; returns the inputs with
    /// an error of either kind.
    static func report(_ outcome: Outcome, options: ReviewOptions, printDiagnostics: Bool) throws -> [String] {
        var failed: [String] = []
        for item in outcome.items {
            if printDiagnostics, !item.diagnostics.isEmpty { Terminal.error(item.diagnostics.map(\.description).joined(separator: "\n")) }
            let own = item.findings.dropFirst(item.diagnostics.count)
            for finding in own { Terminal.error(finding.diagnostic.description) }
            if item.findings.contains(where: { $0.severity == .error }) { failed.append(item.input) }
        }
        for finding in outcome.missing { Terminal.error(finding.diagnostic.description) }
        let all = outcome.items.flatMap(\.findings) + outcome.missing
        let list = IssueList(all)
        for path in options.issues {
            do {
                try AtomicFile.write(list.bytes(forPath: path) ?? [], to: URL(fileURLWithPath: path))
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.outputFailed
            }
            Terminal.error("问题清单：\(path)（\(list.lines.count) 条）")
        }
        let counts = Dictionary(grouping: all, by: \.rule).mapValues(\.count)
        if !counts.isEmpty {
            Terminal.error("审核发现：" + counts.keys.sorted().map { "\($0) \(counts[$0]!) 条" }.joined(separator: "，"))
        }
        return failed
    }
}
