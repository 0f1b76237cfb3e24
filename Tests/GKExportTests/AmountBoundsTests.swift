import Foundation
import Testing
import TestSupport

/// Counts and amounts are never negative and never "-0", and an amount has bounded digits, in
/// a report file and in a sheet alike; only 本年增/减 takes a sign.
@Suite struct AmountBoundsTests {
    static let amount = "procurement:         {items: 35, amount: \"3775.461335万\"}"

    static func validate(_ replacements: [(String, String)]) throws -> CLI.Result {
        let file = try CLI.exampleVariant(replacements)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        return try CLI.run(["validate", file.path])
    }

    static func refused(_ amount: String, saying message: String) throws {
        let result = try validate([(Self.amount, "procurement:         {items: 35, amount: \"\(amount)\"}")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("表二「政府集中采购」×「采购总金额」：" + message), "\(result.stderr)")
    }

    @Test func negativeAmountIsRefused() throws {
        try Self.refused("-3775.46万", saying: "“-3775.46万”是负数，金额应不小于 0")
    }

    @Test func minusZeroAmountIsRefused() throws {
        try Self.refused("-0", saying: "“-0”带负号，金额不带正负号")
        try Self.refused("-0.00万元", saying: "“-0.00万元”带负号，金额不带正负号")
    }

    @Test func fiveThousandDigitAmountIsRefusedAndNotEchoed() throws {
        let digits = String(repeating: "9", count: 5000)
        let result = try Self.validate([(Self.amount, "procurement:         {items: 35, amount: \"\(digits)\"}")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("“99999999999999999999…”（共 5000 个字符）有 5000 位数字（小数 0 位），金额至多 15 位、小数至多 6 位"), "\(result.stderr)")
        #expect(!result.stderr.contains(String(repeating: "9", count: 100)))
    }

    @Test func tooManyDecimalsAreRefusedButTheSeedsSixAreFine() throws {
        try Self.refused("3775.4613351万", saying: "“3775.4613351万”有 11 位数字（小数 7 位），金额至多 15 位、小数至多 6 位")
        #expect(try Self.validate([]).status == 0)
        #expect(try Self.validate([(Self.amount, "procurement:         {items: 35, amount: \"123456789.123456万\"}")]).status == 0)
    }

    @Test func minusZeroCountIsRefused() throws {
        let result = try Self.validate([("{previous_items: 4, change: 0, decisions: 0}", "{previous_items: -0, change: 0, decisions: 0}")])
        #expect(result.stderr.contains("表二「行政处罚」×「上一年项目数量」：“-0”带负号，零不带正负号"), "\(result.stderr)")
    }

    @Test func signedChangeTakesNegativesButNotMinusZero() throws {
        let negative = try Self.validate([("{previous_items: 176, change: 36, decisions: 35422}", "{previous_items: 176, change: -36, decisions: 35422}")])
        #expect(negative.status == 0, "\(negative.stderr)")
        let zero = try Self.validate([("{previous_items: 4, change: 0, decisions: 0}", "{previous_items: 4, change: -0, decisions: 0}")])
        #expect(zero.status == 1)
        #expect(zero.stderr.contains("表二「行政处罚」×「本年增/减」：“-0”带负号，零不带正负号"), "\(zero.stderr)")
        #expect(zero.stderr.contains("→ 没有增减就填 0"))
    }

    @Test func sheetCellsKeepTheSameBounds() throws {
        try withScratch("gkexport-amounts") { dir in
            var fixture = try SheetFixture(count: 4, in: dir)
            let fee = fixture.column("proactive.fees.fee_amount")
            let licensing = fixture.column("proactive.licensing.decisions")
            fixture.rows[1][fee] = "-3775.46万"
            fixture.rows[2][fee] = "-0"
            fixture.rows[3][fee] = String(repeating: "1", count: 5000)
            fixture.rows[4][licensing] = "-0"
            try fixture.write(to: dir.appendingPathComponent("sheet.csv"))
            let result = try CLI.run(["batch", "sheet.csv", "-o", "out"], in: dir)
            #expect(result.status == 1)
            let summary = try String(contentsOf: dir.appendingPathComponent("out/summary.json"), encoding: .utf8)
            for said in ["sheet.csv:2:\(fee + 1): 错误：表二「行政事业性收费」×「本年收费金额（单位：万元）」：“-3775.46万”是负数",
                         "sheet.csv:3:\(fee + 1): 错误：表二「行政事业性收费」×「本年收费金额（单位：万元）」：“-0”带负号",
                         "sheet.csv:4:\(fee + 1): 错误：表二「行政事业性收费」×「本年收费金额（单位：万元）」：“11111111111111111111…”（共 5000 个字符）有 5000 位数字",
                         "sheet.csv:5:\(licensing + 1): 错误：表二「行政许可」×「本年处理决定数量」：“-0”带负号"] {
                #expect(summary.contains(said), "\(said)\n\(summary)")
            }
            #expect(CLI.files(in: dir.appendingPathComponent("out")) == ["summary.json"])
            // aggregate refuses the same rows rather than netting them.
            let total = try CLI.run(["aggregate", "sheet.csv", "-o", "total.yaml"], in: dir)
            #expect(total.status == 1)
            #expect(total.stderr.contains("“-3775.46万”是负数"))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("total.yaml").path))
        }
    }
}
