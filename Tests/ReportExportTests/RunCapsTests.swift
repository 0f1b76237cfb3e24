import Foundation
import Testing
@testable import ReportBatch
@testable import ReportGolden
@testable import ReportImport
@testable import ReportExport

/// Problems are capped per sheet row and per run, not only per file.
@Suite struct RunCapsTests {
    static func diagnostics(_ n: Int, severity: Diagnostic.Severity = .error) -> [Diagnostic] {
        (0..<n).map { Diagnostic(severity, at: SourceLocation(file: "s.csv", line: 2, column: $0 + 1), "问题 \($0)") }
    }

    @Test func aRowSaysTwentyProblemsThenCountsTheRest() {
        let out = ReportBuilder.capped(Self.diagnostics(3, severity: .warning), then: Self.diagnostics(50), max: SheetReports.maxRowProblems, at: SourceLocation(file: "s.csv", line: 2))
        #expect(out.count == SheetReports.maxRowProblems + 1)
        #expect(out.last!.message.contains("另有 33 处"))
        #expect(out.last!.severity == .error)
        // The row's own problems come first, whatever their place.
        #expect(out.filter { $0.severity == .warning }.count == 3)
    }

    @Test func aRowUnderTheCapIsUnchanged() {
        let own = Self.diagnostics(2), checks = Self.diagnostics(3)
        #expect(ReportBuilder.capped(own, then: checks, max: SheetReports.maxRowProblems, at: SourceLocation(file: "s.csv")).map(\.message)
            == (own + checks).sortedByPlace().map(\.message))
    }

    @Test func summaryKeepsTwentyPerAgencyAndTenThousandPerRun() {
        let budget = DiagnosticBudget()
        let lines = (0..<30).map { "问题 \($0)" }
        let first = BatchResult.capped(lines, input: "a.yaml", budget: budget)
        #expect(first.count == BatchResult.maxDiagnostics + 1)
        #expect(first.last!.contains("另有 10 处") && first.last!.contains("gkexport validate a.yaml"))
        var kept = first.count - 1
        for _ in 0..<(DiagnosticBudget.maxLines / BatchResult.maxDiagnostics + 5) {
            kept += BatchResult.capped(lines, input: "b.yaml", budget: budget).count - 1
        }
        #expect(kept == DiagnosticBudget.maxLines)
        let late = BatchResult.capped(lines, input: "c.yaml", budget: budget)
        #expect(late.count == 1 && late[0].contains("另有 30 处") && late[0].contains("上限"))
        #expect(BatchResult.capped(["一处"], input: "d.yaml", budget: DiagnosticBudget()) == ["一处"])
    }
}
