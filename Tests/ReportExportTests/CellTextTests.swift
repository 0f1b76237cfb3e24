import Testing
import ReportExport
@testable import ReportImport

/// What a published table cell holds: a number (with a note when something was dropped), a
/// placeholder for none, several numbers run together, or text.
@Suite struct CellTextTests {
    @Test(arguments: [
        ("35422", "35422"),
        (" 12 ", "12"),
        ("１２", "12"),
        ("＋3", "+3"),
        ("-3", "-3"),
        ("3775.461335万", "3775.461335万"),
        ("0.5万元", "0.5万元"),
        ("1２．5", "12.5"),
        ("\u{200B}7\u{FEFF}", "7"),
    ])
    func plainNumbersAreReadWithoutANote(_ raw: String, _ value: String) {
        #expect(CellText.classify(raw) == .number(value, note: nil))
    }

    @Test(arguments: [
        ("35,422", "35422", "「35,422」读作 35422（去掉千位分隔符）"),
        ("1,234,567", "1234567", "「1,234,567」读作 1234567（去掉千位分隔符）"),
        ("1,234.5", "1234.5", "「1,234.5」读作 1234.5（去掉千位分隔符）"),
        ("22件", "22", "「22件」读作 22"),
        ("12 件", "12", "「12 件」读作 12"),
        ("22（其中修订 16 件）", "22", "「22（其中修订 16 件）」读作 22"),
        ("3(含2件转办)", "3", "「3(含2件转办)」读作 3"),
        ("12.5万元（全年）", "12.5万元", "「12.5万元（全年）」读作 12.5万元"),
    ])
    func annotatedNumbersSayWhatWasDropped(_ raw: String, _ value: String, _ note: String) {
        #expect(CellText.classify(raw) == .number(value, note: note))
    }

    @Test(arguments: ["", " ", "\u{A0}", "\u{3000}", "/", "／", "—", "——", "-", "－", "无", "不适用", "暂无", "×", " / "])
    func placeholdersAreBlank(_ raw: String) {
        #expect(CellText.classify(raw) == .blank)
    }

    @Test func numbersApartBySpacesAreSeveral() {
        #expect(CellText.classify("0 0 0") == .numbers(["0", "0", "0"]))
        #expect(CellText.classify("12\u{3000}3\u{A0}4") == .numbers(["12", "3", "4"]))
    }

    @Test(arguments: ["行政许可", "3.5亿", "1,23", "12,3456", "1,,234", "第2项", "2020年", "一"])
    func everythingElseIsText(_ raw: String) {
        #expect(CellText.classify(raw) == .text, "\(raw)")
    }

    @Test func digitsRunTogetherAreSplitOnlyWhenForced() {
        #expect(CellText.uniqueSplit("100", into: 2) == ["10", "0"])
        #expect(CellText.uniqueSplit("123", into: 3) == ["1", "2", "3"])
        #expect(CellText.uniqueSplit("000", into: 3) == ["0", "0", "0"])
        #expect(CellText.uniqueSplit("1020", into: 2) == nil)   // 10|20 or 102|0
        #expect(CellText.uniqueSplit("12", into: 3) == nil)
        #expect(CellText.uniqueSplit("00", into: 1) == nil)     // no leading zero
        #expect(CellText.uniqueSplit("1a", into: 2) == nil)
        #expect(CellText.uniqueSplit("1", into: 0) == nil)
        #expect(CellText.uniqueSplit(String(repeating: "1", count: 65), into: 65) == nil)  // past the cap
        #expect(CellText.uniqueSplit("1000000000", into: 2) == ["100000000", "0"])  // at most 9 digits a number
    }

    @Test func squeezingFoldsFullWidthAndDropsEverySpace() {
        #expect(CellText.squeezed(" １ ２\u{3000}．５\u{A0}＋\u{200B}") == "12.5+")
        #expect(CellText.squeezed("（一）") == "（一）")
    }

    @Test func plainNumbersMayCarryASignAndAUnit() {
        for s in ["0", "+1", "-1", "1.5", "2万", "2万元", "2元"] { #expect(CellText.isPlainNumber(s), "\(s)") }
        for s in ["", "+", "-", "1.", "1e3", "万元", "１"] { #expect(!CellText.isPlainNumber(s), "\(s)") }
    }
}
