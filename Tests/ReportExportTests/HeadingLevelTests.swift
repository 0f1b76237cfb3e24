import Testing
@testable import ReportExport

/// Narrative heading markers (print.md, "Text hierarchy") and their look-alikes.
@Suite struct HeadingLevelTests {
    /// The level and the marker as cut off, or nil.
    static func level(_ text: String) -> (Int, String)? {
        HeadingLevel.of(text).map { ($0.level, String(text[..<$0.markerEnd])) }
    }

    @Test(arguments: [
        ("一、总体情况", 1, "一、"),
        ("十二、其他", 1, "十二、"),
        ("（一）主动公开情况", 2, "（一）"),
        ("(二)依申请公开", 2, "(二)"),
        ("（三)半角收尾", 2, "（三)"),
        ("1.政府信息管理", 3, "1."),
        ("12.第十二项", 3, "12."),
        ("1、顿号也算", 3, "1、"),
        ("2．全角点", 3, "2．"),
        ("（1）属于国家秘密", 4, "（1）"),
        ("(12)半角括号", 4, "(12)"),
    ])
    func markersGiveTheirLevel(_ text: String, _ level: Int, _ marker: String) {
        let found = Self.level(text)
        #expect(found?.0 == level)
        #expect(found?.1 == marker)
    }

    @Test(arguments: [
        "",
        "总体情况",
        "一是加强领导",           // a numeral without 、
        "一.总体情况",            // only 、 follows a Han numeral
        "（一主动公开",           // no closing bracket
        "（）空括号",
        "（1二）混合",
        "〔一〕六角括号",
        "１．全角数字",           // full-width digits are not the marker digits
        "１、全角数字",
        "（１）全角数字",
        "2020年，我局",           // a year, not a number
        "3.5亿元",               // a decimal
        "123.三位数",             // at most two digits
        "1",                     // nothing after the digits
        "一二三四五六七八九十一二、", // the marker must end within 12 characters
    ])
    func lookAlikesAreBodyText(_ text: String) {
        #expect(HeadingLevel.of(text) == nil, "\(text)")
    }

    @Test func aTrailingPointWithNothingAfterIsStillAMarker() {
        #expect(Self.level("1.")?.0 == 3)
    }

    @Test func aRunInHeadingEndsAfterItsFirstFullStopOrColon() {
        let text = "（一）主动公开情况。本年新制发文件12件：其中规章0件。"
        let marker = HeadingLevel.of(text)!.markerEnd
        #expect(HeadingLevel.runInEnd(text, after: marker).map { String(text[..<$0]) } == "（一）主动公开情况。")
        let colon = "1.收到申请：本年共收到"
        #expect(HeadingLevel.runInEnd(colon, after: HeadingLevel.of(colon)!.markerEnd).map { String(colon[..<$0]) } == "1.收到申请：")
    }

    @Test func aHeadingAloneHasNoRunInEnd() {
        for text in ["（一）主动公开情况。", "（一）主动公开情况", "一、总体情况：" ] {
            #expect(HeadingLevel.runInEnd(text, after: HeadingLevel.of(text)!.markerEnd) == nil, "\(text)")
        }
    }
    /// The scalar scan finds what a Character search finds, also where a mark carries a
    /// combining accent (then it is no 。 at all) or stands last.
    @Test func theScalarScanAgreesWithACharacterSearch() {
        func reference(_ text: String, _ markerEnd: String.Index) -> String.Index? {
            guard let stop = text[markerEnd...].firstIndex(where: { $0 == "。" || $0 == "：" }) else { return nil }
            let next = text.index(after: stop)
            return next < text.endIndex ? next : nil
        }
        let texts = ["（一）主动公开情况。本年", "一、总体情况。\u{301}其后。再后", "1.收到申请：\u{308}", "1.收到申请：\u{308}还有：后文",
                     "（1）é。\u{200D}后", "（二）👨‍👩‍👧。后", "2、情况\r\n。后", "（一）无句号的标题", "一、。", "一、。后"]
        for text in texts {
            let marker = HeadingLevel.of(text)!.markerEnd
            #expect(HeadingLevel.runInEnd(text, after: marker) == reference(text, marker), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
