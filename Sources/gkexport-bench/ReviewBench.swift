import Foundation
import ReportExport
import ReportReview
import SampleReports

/// `gkexport-bench review N [COPIES MISMATCHES BROKEN] [--batch]`: the office's real run timed.
/// N synthetic agencies (edition 2021, varied narratives) with planted faults — near copies of
/// another agency's 总体情况 (light edits), narrative figures that disagree with table 三, broken
/// 勾稽关系 — are written as report files first (not timed); then `gkexport validate --from DIR
/// --review --issues 问题清单.json` (every rule on) runs as a child process, timed by wall clock
/// with its CPU time and peak RSS from wait4, and its 问题清单 is scored: precision and recall of
/// each planted kind. With `--batch`, `gkexport batch DIR --review` (rendering DOCX and ODT too)
/// is timed the same way. Last, untimed and in this process, the same files are read and
/// reviewed again to say where the CPU goes and how many pairs the copy check compared.
/// Needs the `gkexport` binary built beside this one (`swift build -c release`).
enum ReviewBench {
    static func run(count n: Int, copies: Int, mismatches: Int, broken: Int, batch: Bool) throws {
        let gkexport = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("gkexport").path
        guard FileManager.default.isExecutableFile(atPath: gkexport) else {
            print("no \(gkexport): build it beside this binary (swift build -c release --product gkexport)")
            exit(1)
        }
        let library = TemplateLibrary()
        let samples = SampleReports(format: try library.format("2021"), year: 2021)
        // Planted sets, on distinct agencies: copier ← source, a wrong figure, a wrong total.
        var plantedCopies: [Int: Int] = [:], plantedFigures = Set<Int>(), plantedTotals = Set<Int>()
        var used = Set<Int>()
        var rng = SplitMix64(seed: 7)
        func fresh() -> Int {
            while true { let i = Int(rng.next(upTo: UInt64(n))); if used.insert(i).inserted { return i } }
        }
        for _ in 0..<copies { let a = fresh(); plantedCopies[a] = fresh() }
        for _ in 0..<mismatches { plantedFigures.insert(fresh()) }
        for _ in 0..<broken { plantedTotals.insert(fresh()) }

        let (copyOf, wrongFigure, wrongTotal) = (plantedCopies, plantedFigures, plantedTotals)
        let text: @Sendable (Int) -> String = { i in
            var override: [String: String] = [:]
            if let source = copyOf[i] {
                // A light edit: the source's text with this agency's name and figures put in and
                // every 37th character changed.
                let original = samples.variedNarrative("overview", source, values: samples.values(i))
                    .replacingOccurrences(of: samples.agency(source), with: samples.agency(i))
                override["overview"] = original.split(separator: "\n").map { line in
                    line.hasPrefix("（") ? String(line) : String(line.enumerated().map { $0.offset % 37 == 36 ? "某" : $0.element })
                }.joined(separator: "\n")
            }
            var file = samples.variedReportFile(i, narratives: override)
            if wrongFigure.contains(i) {
                let v = samples.values(i)
                let said = "收到政府信息公开申请\(v[CellKey(table: "applications", row: "received", column: "total")]!)件"
                let received = Int(v[CellKey(table: "applications", row: "received", column: "total")]!)!
                file = file.replacingOccurrences(of: said, with: "收到政府信息公开申请\(received + 3)件")
            }
            if wrongTotal.contains(i) {
                // 表四 行政复议总计 off by one: a 勾稽关系 error.
                let v = samples.values(i)
                let total = v[CellKey(table: "appeals", row: "cases", column: "review_total")]!
                file = file.replacingOccurrences(of: "review_total: \(total)", with: "review_total: \(Int(total)! + 1)")
            }
            return file
        }

        // The office's folder, on disk before the run (not timed).
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-review-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paths = (0..<n).map { folder.appendingPathComponent(String(format: "agency-%05d.yaml", $0)).path }
        let bytes = ParallelMap.map(Array(0..<n)) { i -> Int in
            let data = Data(text(i).utf8)
            return FileManager.default.createFile(atPath: paths[i], contents: data) ? data.count : -1
        }
        guard !bytes.contains(-1) else { throw CocoaError(.fileWriteUnknown) }
        print(String(format: "wrote %d report files (%.1f MB) to %@ (not timed)", n, Double(bytes.reduce(0, +)) / 1e6, folder.path))

        // The real run: every rule on, the 问题清单 written.
        let issues = work.appendingPathComponent("问题清单.json")
        let loadBefore = CPUClock.loadAverage()
        let run = ProcessRun(gkexport, ["validate", "--from", folder.path, "--review", "--issues", issues.path])
        print(String(format: "gkexport validate --from DIR (%d files) --review --issues 问题清单.json: %.2f s wall, %.2f s CPU, peak RSS %.0f MB, exit %d",
                     n, run.wallMs / 1000, run.cpuMs / 1000, run.peakRSSMB, run.status))
        print("  load average \(loadBefore) before, \(CPUClock.loadAverage()) after; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        let lines = try JSONDecoder().decode([IssueList.Line].self, from: Data(contentsOf: issues))

        func index(_ input: String) -> Int? { Int(URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent.dropFirst(7)) }
        func score(_ name: String, flagged: Set<Int>, planted: Set<Int>) {
            let tp = flagged.intersection(planted).count
            let precision = flagged.isEmpty ? 1 : Double(tp) / Double(flagged.count)
            let recall = planted.isEmpty ? 1 : Double(tp) / Double(planted.count)
            print(String(format: "%@: planted %d, flagged %d, true %d → precision %.3f, recall %.3f", name, planted.count, flagged.count, tp, precision, recall))
        }
        var copyFlagged = Set<Int>(), figureFlagged = Set<Int>(), totalFlagged = Set<Int>(), other: [String: Int] = [:]
        for line in lines {
            guard let i = index(line.input) else { other[line.rule, default: 0] += 1; continue }
            switch line.rule {
            case "sameness_batch": copyFlagged.insert(i)
            case "narrative_numbers": figureFlagged.insert(i)
            case "勾稽关系": totalFlagged.insert(i)
            default: other[line.rule, default: 0] += 1
            }
        }
        print("问题清单: \(lines.count) lines")
        // A copy is flagged on both reports of the pair: both count as found.
        score("  near copies (sameness_batch, reports in a planted pair)", flagged: copyFlagged,
              planted: Set(copyOf.keys).union(copyOf.values))
        score("  narrative vs table (narrative_numbers)", flagged: figureFlagged, planted: wrongFigure)
        score("  勾稽关系 (table rules)", flagged: totalFlagged, planted: wrongTotal)
        print("  other findings: \(other.isEmpty ? "none" : other.map { "\($0.key) \($0.value)" }.sorted().joined(separator: ", "))")

        if batch {
            let out = work.appendingPathComponent("out")
            let load = CPUClock.loadAverage()
            let rendered = ProcessRun(gkexport, ["batch", folder.path, "-o", out.path, "--review"])
            print(String(format: "gkexport batch DIR --review (DOCX + ODT and the review): %.2f s wall, %.2f s CPU, peak RSS %.0f MB, exit %d; load average %@ before",
                         rendered.wallMs / 1000, rendered.cpuMs / 1000, rendered.peakRSSMB, rendered.status, load))
            try? FileManager.default.removeItem(at: out)
        }
        try breakdown(paths, library: library)
    }

    /// The same files read and reviewed in this process (not the figure above): CPU by phase,
    /// and how many pairs of passages the copy check compared exactly.
    static func breakdown(_ paths: [String], library: TemplateLibrary) throws {
        let n = paths.count
        let reader = ReportFileReader(templates: library)
        let run = ReviewRun(reviewer: Reviewer(rules: try ReviewRuleSet(templates: library)))
        let tally = CPUTally()
        let cpuStart = CPUClock.process()
        let checked = run.check(count: n, label: { paths[$0] }, load: { i in
            tally.measure("read") { Result { () throws(ReportErrors) in try reader.load(path: paths[i]) } }
        })
        let cpuChecked = CPUClock.process(), wallChecked = CPUClock.wall()
        let comparison = run.compareCopies(checked)?.1
        let wallEnd = CPUClock.wall(), cpuEnd = CPUClock.process()
        let read = tally["read"]
        let review = (cpuChecked.user - cpuStart.user) + (cpuChecked.sys - cpuStart.sys) - read
        print("in this process, not timed above:")
        print(String(format: "  reading (file, YAML parse, building, 勾稽关系): %.2f s CPU, %.0f µs a report", read, read / Double(n) * 1e6))
        print(String(format: "  review of each report (every single-report rule, copy prints): %.2f s CPU, %.0f µs a report", review, review / Double(n) * 1e6))
        print(String(format: "  copies across the batch (MinHash LSH, exact Jaccard of candidates): %.2f s wall, %.2f s CPU",
                     wallEnd - wallChecked, (cpuEnd.user - cpuChecked.user) + (cpuEnd.sys - cpuChecked.sys)))
        if let comparison {
            print(String(format: "  pairs compared exactly: %d of %d (n(n−1)/2 per part, %.4f %%); %d flagged",
                         comparison.compared, comparison.allPairs,
                         100 * Double(comparison.compared) / Double(max(1, comparison.allPairs)), comparison.pairs.count))
        }
    }
}
