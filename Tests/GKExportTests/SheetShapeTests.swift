import Foundation
import Testing
import TestSupport

/// A sheet's columns must each mean one thing: a column id twice, a value under no name, or a
/// row longer than the header is refused by row and column, never silently dropped.
@Suite struct SheetShapeTests {
    static func batch(_ fixture: SheetFixture, in dir: URL) throws -> CLI.Result {
        try fixture.write(to: dir.appendingPathComponent("sheet.csv"))
        return try CLI.run(["batch", "sheet.csv", "-o", "out"], in: dir)
    }

    @Test func aColumnIDTwiceNamesBothColumns() throws {
        try withScratch("gkexport-shape") { dir in
            var fixture = try SheetFixture(count: 3, in: dir)
            let first = fixture.column("applications.received.natural_person")
            let second = fixture.column("applications.received.commercial_enterprise")
            fixture.rows[0][second] = "applications.received.natural_person"
            let result = try Self.batch(fixture, in: dir)
            #expect(result.status == 1)
            let letters = { (i: Int) in "第 \(i + 1) 列（\(CSVLetters.of(i))）" }
            #expect(result.stderr.contains("sheet.csv:1:\(second + 1): 错误：\(letters(first))和\(letters(second))的列名都是“applications.received.natural_person”"),
                    "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/summary.json").path))
        }
    }

    @Test func anUnnamedColumnHoldingAValueIsNamed() throws {
        try withScratch("gkexport-shape") { dir in
            var fixture = try SheetFixture(count: 3, in: dir)
            let width = fixture.header.count
            for i in fixture.rows.indices { fixture.rows[i].append(i == 3 ? "12" : "") }
            fixture.rows[0][width] = ""
            let result = try Self.batch(fixture, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("sheet.csv:4:\(width + 1): 错误：第 \(width + 1) 列（\(CSVLetters.of(width))）没有列名，但第 4 行在这一列填了“12”"),
                    "\(result.stderr)")
        }
    }

    @Test func anEmptyUnnamedColumnIsHarmless() throws {
        try withScratch("gkexport-shape") { dir in
            var fixture = try SheetFixture(count: 2, in: dir)
            // Excel writes a trailing comma for a column someone cleared.
            for i in fixture.rows.indices { fixture.rows[i].append("") }
            let result = try Self.batch(fixture, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func aRowLongerThanTheHeaderNamesItsExtraCells() throws {
        try withScratch("gkexport-shape") { dir in
            var fixture = try SheetFixture(count: 3, in: dir)
            let width = fixture.header.count
            fixture.rows[2] += ["5", "", "7"]
            let result = try Self.batch(fixture, in: dir)
            #expect(result.status == 1)
            let summary = try String(contentsOf: dir.appendingPathComponent("out/summary.json"), encoding: .utf8)
            let said = "sheet.csv:3:\(width + 1): 错误：这一行有 \(width + 3) 格，列名只有 \(width) 个：多出第 \(width + 1) 列（\(CSVLetters.of(width))）“5”、第 \(width + 3) 列（\(CSVLetters.of(width + 2))）“7”"
            #expect(summary.contains(said), "\(summary)")
            #expect(result.stdout.contains("成功           2"))
        }
    }
}

extension SheetShapeTests {
    @Test func aHeaderOfUnknownNamesIsAnsweredQuickly() throws {
        try withScratch("gkexport-shape") { dir in
            let header = ["agency", "year"] + (1...997).map { "applications.received.natural_persxn\($0)" }
            try Data((header.joined(separator: ",") + "\n").utf8).write(to: dir.appendingPathComponent("sheet.csv"))
            let run = try MeasuredRun.run(["batch", "sheet.csv", "-o", "out"], in: dir)
            run.expectRefused("997 unknown columns", saying: "sheet.csv:1: 错误：另有 987 个列名不认识，未逐一列出")
            #expect(run.result.stderr.components(separatedBy: "不认识，是不是").count - 1 == 10)
        }
    }
}

/// Excel's column letters, written here independently of the program's.
enum CSVLetters {
    static func of(_ index: Int) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(a[index]) : String(a[index / 26 - 1]) + String(a[index % 26])
    }
}
