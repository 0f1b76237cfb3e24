import Foundation
import ReportExport
import ReportReview
import SampleReports

/// `gkexport-bench review N [COPIES MISMATCHES BROKEN]`: N synthetic agencies (edition 2021,
/// varied narratives) with planted faults — near copies of another agency's 总体情况 (light
/// edits), narrative figures that disagree with table 三, broken 勾稽关系 — read and checked by
/// every rule; prints precision and recall of each planted kind, wall time and peak RSS.
enum ReviewBench {
    static func run(count n: Int, copies: Int, mismatches: Int, broken: Int) throws {
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
        let start = DispatchTime.now().uptimeNanoseconds
        let reader = ReportFileReader(templates: library)
        let run = ReviewRun(reviewer: Reviewer(rules: try ReviewRuleSet(templates: library)))
        let items = run.run(count: n, label: { "agency-\($0).yaml" }, load: { i in
            Result { () throws(ReportErrors) in try reader.load(bytes: Data(text(i).utf8), name: "agency-\(i).yaml") }
        })
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

        func index(_ item: ReviewRun.Item) -> Int { Int(item.input.dropFirst(7).dropLast(5))! }
        func score(_ name: String, flagged: Set<Int>, planted: Set<Int>) {
            let tp = flagged.intersection(planted).count
            let precision = flagged.isEmpty ? 1 : Double(tp) / Double(flagged.count)
            let recall = planted.isEmpty ? 1 : Double(tp) / Double(planted.count)
            print(String(format: "%@: planted %d, flagged %d, true %d → precision %.3f, recall %.3f", name, planted.count, flagged.count, tp, precision, recall))
        }
        var copyFlagged = Set<Int>(), figureFlagged = Set<Int>(), totalFlagged = Set<Int>(), other: [String: Int] = [:]
        for item in items {
            for f in item.findings {
                switch f.rule {
                case "sameness_batch": copyFlagged.insert(index(item))
                case "narrative_numbers": figureFlagged.insert(index(item))
                case "勾稽关系": totalFlagged.insert(index(item))
                default: other[f.rule, default: 0] += 1
                }
            }
        }
        // A copy is flagged on both reports of the pair: both count as found.
        score("near copies (sameness_batch, reports in a planted pair)", flagged: copyFlagged,
              planted: Set(copyOf.keys).union(copyOf.values))
        score("narrative vs table (narrative_numbers)", flagged: figureFlagged, planted: wrongFigure)
        score("勾稽关系 (table rules)", flagged: totalFlagged, planted: wrongTotal)
        print("other findings: \(other.isEmpty ? "none" : other.map { "\($0.key) \($0.value)" }.sorted().joined(separator: ", "))")
        print(String(format: "checked %d reports with every rule in %.2f s (%.0f reports/s)", n, seconds, Double(n) / seconds))
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM") }) {
            print("peak RSS: \(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))")
        }
    }
}
