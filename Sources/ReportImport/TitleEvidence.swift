import ReportExport
/// The agency and year, from wherever a published page says them: a title in any shape
/// (year first, without 工作, with the site's name after it), the signature, the sentence
/// giving the statistics period.
enum TitleEvidence {
    struct Title: Equatable {
        var agency: String?
        var year: Int
        /// The title as printed (without a site name after it).
        var text: String
    }

    /// A title: "<agency><year>年政府信息公开工作年度报告", "<year>年<agency>政府信息公开年度报告",
    /// "…年度报告_<site>" (a page's `<title>`).
    static func title(_ raw: String, maxLength: Int = 80) -> Title? {
        let s = LabelMatching.normalize(raw).replacingOccurrences(of: "#", with: "")
        guard s.count <= maxLength * 2, s.contains("政府信息公开"),
              let m = s.firstMatch(of: /^(.*?)((?:19|20)[0-9]{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?(?:工作)?报告(.*)$/),
              let year = Int(m.2) else { return nil }
        let post = String(m.4)
        // Allowed after the title: a note in brackets or a site name after a separator.
        if !post.isEmpty, post.firstMatch(of: /^(（[^）]*）|[_\-—|｜–].*)$/) == nil { return nil }
        var agency = String(m.1) + String(m.3)
        for prefix in ["关于", "【", "《"] where agency.hasPrefix(prefix) { agency.removeFirst(prefix.count) }
        while agency.hasSuffix("的") || agency.hasSuffix("】") { agency.removeLast() }
        let text = String(s.prefix(s.count - post.count))
        // Words before the title that are no agency's name (a breadcrumb: 当前位置：首页>…)
        // make it a line that mentions the title, not the title.
        guard text.count <= maxLength, agency.isEmpty || looksLikeAgency(agency) else { return nil }
        return Title(agency: agency.isEmpty ? nil : agency, year: year, text: text)
    }

    /// Endings of agency names: every issuer of these reports is one of these.
    static let agencyEndings = ["局", "委员会", "委", "办公室", "办", "政府", "厅", "院", "部", "署", "会", "中心", "所", "处",
                                "站", "队", "馆", "校", "学", "镇", "乡", "街道", "公司", "集团", "管委会", "社", "台", "行", "园区", "区", "县", "市", "室", "监狱", "场", "盟", "旗"]

    /// A line that can be an agency's name: a short run of CJK text with no sentence
    /// punctuation, no page furniture (— 7 —), ending as agency names end.
    static func looksLikeAgency(_ s: String) -> Bool {
        let t = LabelMatching.normalize(s)
        guard (2...40).contains(t.count), let first = t.unicodeScalars.first, first.value >= 0x3400 else { return false }
        guard t.allSatisfy({ c in
            c.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value < 0xA000 } || "（）()·".contains(c)
        }) else { return false }
        return agencyEndings.contains { t.hasSuffix($0) }
    }

    /// "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止": the year it covers.
    static func statisticsYear(_ paragraph: String) -> Int? {
        guard paragraph.contains("1月1日") || paragraph.contains("1 月 1 日") else { return nil }
        let s = LabelMatching.normalize(paragraph)
        guard let m = s.firstMatch(of: /((?:19|20)[0-9]{2})年1月1日起?(?:至|到|—|-|－)((?:19|20)[0-9]{2})年12月31日/),
              m.1 == m.2 else { return nil }
        return Int(m.1)
    }

    /// A date as a signature gives it: 2021年1月20日, or in Chinese numerals 二〇二一年一月二十日.
    static func isDate(_ s: String) -> Bool {
        let t = LabelMatching.normalize(s)
        guard t.count <= 12, t.hasSuffix("日") else { return false }
        return t.wholeMatch(of: /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/) != nil
            || t.wholeMatch(of: /[〇零一二三四五六七八九○О]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/) != nil
    }

    /// Words only a web page's furniture uses, never a report's text.
    static let footerWords = ["打印本页", "关闭窗口", "分享到", "ICP备", "网站标识码", "主办：", "主办单位", "版权所有", "扫一扫", "【打印】", "【关闭】",
                              "上一篇", "下一篇", "责任编辑", "相关链接", "相关文章", "技术支持", "公网安备", "网站地图", "联系我们", "【字体"]

    static func isPageFooter(_ s: String) -> Bool {
        s.count <= 120 && footerWords.contains { s.contains($0) }
    }

    /// Page furniture a converter leaves in the text: "— 7 —", "第 3 页 共 9 页", "- 2 -".
    static func isPageFurniture(_ s: String) -> Bool {
        let t = LabelMatching.normalize(s)
        guard t.count <= 12 else { return false }
        return t.wholeMatch(of: /[—–\-－]+[0-9]+[—–\-－]+/) != nil
            || t.wholeMatch(of: /第[0-9]+页(共[0-9]+页)?/) != nil
            || t.wholeMatch(of: /[0-9]+\/[0-9]+/) != nil
    }
}
