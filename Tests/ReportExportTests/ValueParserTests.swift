import Testing
@testable import ReportExport

/// One scalar or CSV cell to a value: what each kind accepts, and how it says no.
@Suite struct ValueParserTests {
    static func parse(_ raw: String, quoted: Bool = false, _ kind: TableSpec.ValueKind) -> Result<CellValue, ValueParser.Failure> {
        Result { () throws(ValueParser.Failure) in try ValueParser.parse(raw, quoted: quoted, kind: kind) }
    }

    /// The message and hint of a refusal, or nil when the value was taken.
    static func refusal(_ raw: String, quoted: Bool = false, _ kind: TableSpec.ValueKind) -> String? {
        guard case .failure(.message(let message, let hint)) = parse(raw, quoted: quoted, kind) else { return nil }
        return "\(message) | \(hint)"
    }

    static func value(_ raw: String, quoted: Bool = false, _ kind: TableSpec.ValueKind) -> CellValue? {
        try? parse(raw, quoted: quoted, kind).get()
    }

    @Test func countsAreWholeNumbersWithinTheCap() {
        #expect(Self.value("35422", .count) == .count(35422))
        #expect(Self.value("0", .count) == .count(0))
        #expect(Self.value("007", .count) == .count(7))
        #expect(Self.value(" 12\t", .count) == .count(12))
        #expect(Self.value("\u{3000}12\u{3000}", .count) == .count(12))
        #expect(Self.value("999999999", .count) == .count(ValueParser.maxCount))
        #expect(Self.refusal("1000000000", .count) == "“1000000000”过大 | 核对数字，不超过 999999999")
    }

    @Test func signedChangesTakeASign() {
        #expect(Self.value("-3", .signed) == .count(-3))
        #expect(Self.value("+3", .signed) == .count(3))
        #expect(Self.value("3", .signed) == .count(3))
        #expect(Self.refusal("-0", .signed) == "“-0”带负号，零不带正负号 | 没有增减就填 0")
        #expect(Self.value("+0", .signed) == .count(0))
    }

    @Test func countsRefuseSigns() {
        #expect(Self.refusal("-3", .count) == "“-3”是负数，这里应为不小于 0 的整数 | 只有“本年增/减”可以为负数")
        #expect(Self.refusal("+3", .count) == "“+3”带正负号，这里应为不带符号的整数 | 去掉“+”号")
        #expect(Self.refusal("-0", .count) == "“-0”带负号，零不带正负号 | 没有就填 0")
    }

    @Test(arguments: [
        ("1.5", "“1.5”带小数，这里应为整数 | 填写整数"),
        ("-1.0", "“-1.0”带小数，这里应为整数 | 填写整数"),
        ("１２", "“１２”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("1,234", "“1,234”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("1 234", "“1 234”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("12件", "“12件”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("1e3", "“1e3”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("-", "“-”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("十二", "“十二”不是整数 | 填写阿拉伯数字，如 0、12"),
        ("", "没有填写数字 | 填写一个整数，没有就填 0"),
        ("  ", "没有填写数字 | 填写一个整数，没有就填 0"),
        ("待填", "还没有填写（导入时没能从原文读出这个数） | 对照原报告填上这个数，没有就填 0"),
    ])
    func countsRefuseWhatIsNotAWholeNumber(_ raw: String, _ said: String) {
        #expect(Self.refusal(raw, .count) == said)
        #expect(Self.refusal(raw, .signed) == said)
    }

    @Test func aQuotedCountIsText() {
        #expect(Self.refusal("12", quoted: true, .count) == "“12”加了引号，是文字而不是数字 | 去掉引号")
        #expect(Self.refusal("-1", quoted: true, .signed) == "“-1”加了引号，是文字而不是数字 | 去掉引号")
    }

    @Test func amountsKeepTheirDigitsAndUnitAsWritten() {
        #expect(Self.value("3775.461335万", .amount) == .amount("3775.461335万"))
        #expect(Self.value("12.5万元", .amount) == .amount("12.5万元"))
        #expect(Self.value("120元", .amount) == .amount("120元"))
        #expect(Self.value("0", .amount) == .amount("0"))
        #expect(Self.value(" 0.50 ", .amount) == .amount("0.50"))
        #expect(Self.value("12", quoted: true, .amount) == .amount("12"))
        #expect(Self.value("123456789.123456", .amount) == .amount("123456789.123456"))
    }

    @Test(arguments: [
        ("1,234.5", "“1,234.5”不是金额"),
        ("1.", "“1.”不是金额"),
        (".5", "“.5”不是金额"),
        ("1.2.3", "“1.2.3”不是金额"),
        ("1e3", "“1e3”不是金额"),
        ("１２", "“１２”不是金额"),
        ("万元", "“万元”不是金额"),
        ("12万元万", "“12万元万”不是金额"),
        ("", "“”不是金额"),
        ("-12", "“-12”是负数，金额应不小于 0"),
        ("-0.00", "“-0.00”带负号，金额不带正负号"),
        ("+12", "“+12”带正号，金额不带正负号"),
        ("1.1234567", "“1.1234567”有 8 位数字（小数 7 位），金额至多 15 位、小数至多 6 位"),
        ("1234567890123456", "“1234567890123456”有 16 位数字（小数 0 位），金额至多 15 位、小数至多 6 位"),
    ])
    func amountsRefuse(_ raw: String, _ message: String) {
        guard case .failure(.message(let said, _)) = Self.parse(raw, .amount) else {
            Issue.record("\(raw) was taken as an amount")
            return
        }
        #expect(said == message)
    }

    @Test func longValuesAreQuotedByTheirStartAndLength() {
        #expect(ValueParser.quote("12") == "“12”")
        #expect(ValueParser.quote(String(repeating: "1", count: 24)) == "“\(String(repeating: "1", count: 24))”")
        #expect(ValueParser.quote(String(repeating: "字", count: 30)) == "“\(String(repeating: "字", count: 20))…”（共 30 个字符）")
    }

    @Test func decimalAmountShapeForTheImporter() {
        for s in ["12", "-1.5万", "0.000001万元", "7元"] { #expect(ValueParser.isDecimalAmount(s), "\(s)") }
        for s in ["", "-", "1.", ".1", "1.2.3", "万", "+1", "1,000", "１"] { #expect(!ValueParser.isDecimalAmount(s), "\(s)") }
    }
}
