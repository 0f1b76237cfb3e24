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
        /// Findings of no report of the run: the roster's, and a 汇总's against its children.
        var missing: [Finding]
    }

    /// What a review needs before any report is read: the rules, last year's reports (their
    /// cells for the cross-year rules, their narratives for `sameness_previous`) and the roster.
    struct Prepared: Sendable {
        let run: ReviewRun
        let last: PreviousReports?
        let roster: Roster?

        /// One report as read, checked by every rule that needs no other report.
        func review(_ label: String, _ read: Result<ReportFileReader.Loaded, ReportErrors>) -> ReviewRun.Reviewed {
            run.review(input: label, read, extra: { [last] report, format in last?.check(report, format: format) ?? [] })
        }

        /// The reviewed reports with copies across the run flagged, and who did not report.
        func outcome(_ checked: ReviewRun.Checked) -> Outcome {
            let items = run.flagCopies(checked)
            let reported = Set(items.compactMap(\.agency))
            return Outcome(items: items, missing: roster?.missing(reported: reported) ?? [])
        }
    }

    static func prepare(options: ReviewOptions, library: TemplateLibrary, previousPath: String?, jobs: Int) throws -> Prepared {
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
        return Prepared(run: ReviewRun(reviewer: Reviewer(rules: rules), previous: narratives), last: last,
                        roster: try options.loadRoster())
    }

    /// Reads and reviews every report of `input` on all cores.
    static func run(_ input: BatchInput, options: ReviewOptions, library: TemplateLibrary, previousPath: String?,
                    jobs: Int) throws -> Outcome {
        let prepared = try prepare(options: options, library: library, previousPath: previousPath, jobs: jobs)
        let checked = ParallelMap.map(Array(0..<input.count), jobs: jobs) { i in
            prepared.review(input.label(i), input.load(i, templates: library))
        }
        return prepared.outcome(ReviewRun.Checked(checked))
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
            let bytes: [UInt8]
            do {
                bytes = try list.bytes(forPath: path) ?? []
            } catch {
                Terminal.error("\(path): 无法写出问题清单：\(error)")
                throw ExitCode.outputFailed
            }
            do {
                try AtomicFile.write(bytes, to: URL(fileURLWithPath: path))
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
