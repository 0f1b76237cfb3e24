import Testing
import TestSupport
import ReportExport
@testable import ReportImport

/// Printed row labels matched to the official ones, on the wordings real reports use
/// (formats.md, "Where the seed departs from the official wording").
@Suite struct LabelMatchingTests {
    /// Every text cell of an edition's tables: what an imported table is matched against.
    static func labels(_ edition: String) -> [String] {
        let format = try! TemplateLibrary().format(edition)
        var labels: [String] = []
        for table in format.tables {
            for row in table.rows {
                for cell in row.cells ?? [] { if let text = cell.text, !labels.contains(text) { labels.append(text) } }
            }
        }
        return labels
    }

    /// The seed is a 2020 report, edition 2019.
    static let official = labels("2019")
    static let official2021 = labels("2021")

    @Test(arguments: [
        ("1、信访举报类申请", "1.信访举报投诉类申请"),
        ("5、属于第三类内部事务信息", "5.属于三类内部事务信息"),
        ("（三）不予以公开", "（三）不予公开"),
        ("（二）部分公开（区分处理的），只计这一情形，不计其他情形", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        ("第二十六条第（六）项", "第二十条第（六）项"),
        ("3.危及三安全一稳定", "3.危及“三安全一稳定”"),
    ])
    func theSeedsOwnWordingsMapOntoTheOfficialRow(_ printed: String, _ label: String) throws {
        try #require(Self.official.contains(label))
        let match = LabelMatching.match(printed, in: Self.official)
        #expect(match?.label == label)
        #expect(match?.corrected == true)
    }

    /// 2019's 规范性文件 is 2021's 行政规范性文件.
    @Test func theOlderRowNameMapsOntoTheNewerOne() {
        let match = LabelMatching.match("规范性文件", in: Self.official2021)
        #expect(match?.label == "行政规范性文件")
        #expect(match?.corrected == true)
        #expect(LabelMatching.match("规范性文件", in: Self.official)?.corrected == false)
    }

    @Test(arguments: [
        ("行政许可", "行政许可"),
        (" 行 政\u{3000}许\u{A0}可\n", "行政许可"),
        ("**行政许可**", "行政许可"),
        ("（1）属于国家秘密", "1.属于国家秘密"),
        ("(1)属于国家秘密", "1.属于国家秘密"),
        ("1、属于国家秘密", "1.属于国家秘密"),
        ("１．属于国家秘密", "1.属于国家秘密"),
        ("(三)不予公开", "（三）不予公开"),
    ])
    func spacingBracketsAndNumberingAreNoCorrection(_ printed: String, _ label: String) {
        let match = LabelMatching.match(printed, in: Self.official)
        #expect(match?.label == label)
        #expect(match?.corrected == false)
    }

    @Test func aNearMissOnALongLabelIsCorrected() {
        let match = LabelMatching.match("行政规范性文伴", in: Self.official2021)
        #expect(match?.label == "行政规范性文件")
        #expect(match?.corrected == true)
    }

    @Test func aNearMissTiedBetweenTwoLabelsIsNoMatch() {
        #expect(LabelMatching.match("甲乙丙己", in: ["甲乙丙丁", "甲乙丙戊"]) == nil)
        #expect(LabelMatching.match("甲乙丙己", in: ["甲乙丙丁", "子丑寅卯"])?.label == "甲乙丙丁")
    }

    @Test func shortLabelsMustMatchExactly() {
        #expect(LabelMatching.match("规草", in: Self.official) == nil)
        #expect(LabelMatching.match("规章", in: Self.official)?.corrected == false)
    }

    @Test func aUnitOrNoteInBracketsAfterTheLabelIsDropped() {
        for printed in ["行政许可（件）", "行政许可(件)", "行政许可（单位：件）"] {
            let match = LabelMatching.match(printed, in: Self.official)
            #expect(match?.label == "行政许可", "\(printed)")
            #expect(match?.corrected == true)
        }
    }

    @Test func blankAndUnknownTextMatchNothing() {
        for printed in ["", " \u{3000}\u{200B}", "本机关", "合计合计合计合计合计合计合计"] {
            #expect(LabelMatching.match(printed, in: Self.official) == nil, "\(printed)")
        }
    }

    @Test func normalizingKeepsWhatIsNotNumbering() {
        #expect(LabelMatching.normalize("（0）零") == "（0）零")
        #expect(LabelMatching.normalize("（12）两位") == "（12）两位")
        #expect(LabelMatching.normalize("共2，3件") == "共2.3件")
        #expect(LabelMatching.normalize("甲、乙") == "甲、乙")
        #expect(LabelMatching.normalize("`代码`") == "代码")
    }

    @Test func valuesAreToldFromLabels() {
        #expect(LabelMatching.isValue("35,422"))
        #expect(LabelMatching.isValue("12"))
        #expect(LabelMatching.isValue("3775.461335万"))
        #expect(!LabelMatching.isValue("无"))
        #expect(!LabelMatching.isValue("行政许可"))
    }
}
