import Foundation
import OOXMLWriter
import ReportExport

/// Finds a report in an imported document from all the evidence it carries: the six parts by
/// their headings (order and likeness), title, agency and year from the title in any shape,
/// the page's `<title>`, the signature and the statistics period; each table's numbers by
/// their row labels; and the edition whose tables fit best. Says what it corrected, what it
/// dropped, and — cell by cell — what it could not read.
public struct ReportRecognizer: Sendable {
    public let templates: TemplateLibrary

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Result: Sendable {
        /// Empty when no evidence named the agency (the file then leaves it to be filled in).
        public var agency: String
        /// 0 when no evidence gave the year.
        public var year: Int
        public var edition: String
        public var format: FormatSpec
        public var attachment: String?
        public var title: String?
        public var date: String?
        public var narratives: [String: [String]]
        public var values: ReportValues
        /// "「printed」→「official」" for each label or heading read through a correction.
        public var corrected: [String]
        /// Text the recognizer could not place, with where it was.
        public var unplaced: [String]
        /// Page text left out on purpose (navigation, page numbers, footers), said once each.
        public var dropped: [String] = []
        /// How the file was read (an encoding, a conversion), said once each.
        public var readerNotes: [String] = []
        /// Table cells that could not be read, row by row, with the reason.
        public var missingCells: [TableFill.Missing] = []
        /// Narrative parts not found (report-file keys).
        public var missingParts: [String] = []
        /// Table id → blank or placeholder cells read as 0.
        public var blanks: [String: Int] = [:]
        /// Totals printed blank, left for the program to compute.
        public var computed: [CellKey] = []
        /// Where the agency and year came from.
        public var evidence: [String] = []

        /// Every table cell, the agency, the year and every part were read.
        public var isComplete: Bool { missingCells.isEmpty && missingParts.isEmpty && !agency.isEmpty && year != 0 }

        /// What could not be read, one line each, in the report's terms.
        public var missing: [String] {
            var out: [String] = []
            if agency.isEmpty { out.append("单位名称（标题、网页标题和落款里都没有找到）") }
            if year == 0 { out.append("报告年度（标题、网页标题和统计期限里都没有找到）") }
            for key in missingParts {
                let heading = format.parts.first { $0.narrative == key }?.heading ?? key
                out.append("「\(heading)」（原文中没有找到这一部分）")
            }
            for m in missingCells { out.append(describe(m)) }
            return out
        }

        func describe(_ m: TableFill.Missing) -> String {
            guard let table = format.table(m.row.table), let row = table.row(m.row.row) else { return m.reason }
            let columns = m.columns.count == row.valueColumns.count && row.valueColumns.count > 1
                ? "（全部 \(m.columns.count) 个数）"
                : "×" + m.columns.map { "「\(table.labels[$0] ?? $0)」" }.joined(separator: "")
            return "\(table.name)「\(row.displayLabel)」\(columns)：\(m.reason)"
        }

        /// Per table, the blanks read as 0: "表三：12 个空白单元格按 0 读入".
        public var blankNotes: [String] {
            format.tables.compactMap { table in
                blanks[table.id].map { "\(table.name)：\($0) 个空白或“/”“—”“无”单元格按 0 读入" }
            } + computed.map { key in
                guard let table = format.table(key.table), let row = table.row(key.row) else { return key.path }
                return "\(table.name)「\(row.displayLabel)」×「\(table.labels[key.column] ?? key.column)」：原文空白，由程序按勾稽关系算出"
            }
        }

        /// The report file (YAML) of what was found; what was not is marked 待填.
        public var yaml: String { ImportedReportYAML(result: self).text }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Characters a report file may not hold (a PDF's form feeds, stray controls from a page)
    /// never reach it: an importer must not write a file its own reader refuses.
    static func removeForbiddenCharacters(_ result: inout Result) {
        var removed = 0
        func clean(_ s: String) -> String {
            guard XMLCharacters.firstForbidden(in: s) != nil else { return s }
            var out = String.UnicodeScalarView()
            for scalar in s.unicodeScalars {
                if XMLCharacters.isAllowed(scalar) { out.append(scalar) } else { removed += 1 }
            }
            return String(out)
        }
        result.agency = clean(result.agency)
        result.title = result.title.map(clean)
        result.date = result.date.map(clean)
        result.attachment = result.attachment.map(clean)
        result.narratives = result.narratives.mapValues { $0.map(clean).filter { !$0.trimmedSpaces.isEmpty } }
        if removed > 0 { result.dropped.append("\(removed) 个不可打印的控制字符") }
    }

    /// A line made only of the form's own table words (a header a PDF or a page set outside
    /// the table: 信息内容 本年制发件数 …, 第二十条第（一）项, 申请人情况).
    func isTableFurniture(_ line: String, _ formTexts: [String]) -> Bool {
        let tokens = line.split(whereSeparator: { CellText.isSpace($0) }).map { LabelMatching.normalize(String($0)) }
        return !tokens.isEmpty && tokens.allSatisfy { token in formTexts.contains { $0.contains(token) } }
    }

    /// `source` names the document in the locations its table values carry.
    public func recognize(_ document: ImportedDocument, source: String = "导入的文件") throws(Failure) -> Result {
        var corrected: [String] = []
        var unplaced: [String] = []
        var dropped: [String] = []
        var evidence: [String] = []

        let anyFormat: FormatSpec
        do {
            anyFormat = try templates.format(templates.editions().first { (try? templates.format($0))?.years != nil } ?? "2021")
        } catch {
            throw Failure(description: "\(error)")
        }
        let paragraphs: [(block: Int, text: String)] = document.blocks.enumerated().compactMap { i, block in
            if case .paragraph(let p) = block { return (i, p) } else { return nil }
        }
        let headings = PartHeadings.find(paragraphs, parts: anyFormat.parts)
        guard headings.parts.count >= 3 else {
            throw Failure(description: "找不到报告的各部分标题（如“一、总体情况”“二、主动公开政府信息情况”）：这不像一份政府信息公开工作年度报告")
        }
        corrected += headings.corrected
        var partOf: [Int?] = []
        var current: Int?
        for i in document.blocks.indices {
            if let part = headings.parts[i] { current = part }
            partOf.append(current)
        }

        // Front matter: the attachment label and the title; the rest is the page around them.
        var attachment: String?
        var bodyTitle: TitleEvidence.Title?
        let front = paragraphs.filter { partOf[$0.block] == nil }.map { $0.text.trimmedSpaces }.filter { !$0.isEmpty }
        var frontDropped = 0
        var k = 0
        while k < front.count {
            let t = front[k]
            if attachment == nil, bodyTitle == nil, t.wholeMatch(of: /附件[0-9一二三四五六七八九十]{0,2}[：:]?/) != nil {
                attachment = t.trimmingCharacters(in: ["：", ":"])
            } else if bodyTitle == nil, let title = TitleEvidence.title(t) {
                bodyTitle = title
            } else if bodyTitle == nil, k + 1 < front.count, let title = TitleEvidence.title(t + front[k + 1]), title.agency != nil {
                // A title set over two lines: the agency, then the rest.
                bodyTitle = title
                k += 1
            } else {
                frontDropped += 1
            }
            k += 1
        }
        if frontDropped > 0 { dropped.append("标题前的页面文字 \(frontDropped) 段（导航、发布日期、来源等）") }

        // Narratives; table parts' paragraphs are said to be unplaced.
        var narratives: [String: [String]] = [:]
        var furniture = 0, headerLines = 0
        let formTexts = templates.editions().compactMap { try? templates.format($0) }
            .flatMap { $0.tables.flatMap { $0.rows.flatMap { ($0.cells ?? []).compactMap(\.text) } } }.map(LabelMatching.normalize)
        for (block, text) in paragraphs {
            guard let part = partOf[block], headings.parts[block] == nil else { continue }
            let t = text.trimmedSpaces
            if t.isEmpty { continue }
            if TitleEvidence.isPageFurniture(t) { furniture += 1; continue }
            if let key = anyFormat.parts[part].narrative {
                narratives[key, default: []].append(t)
            } else if isTableFurniture(t, formTexts) {
                headerLines += 1
            } else {
                unplaced.append("「\(anyFormat.parts[part].heading)」中的文字「\(t.excerpt)」")
            }
        }
        if furniture > 0 { dropped.append("页码等版面文字 \(furniture) 处") }
        if headerLines > 0 { dropped.append("表格外的表头文字 \(headerLines) 段（PDF 或网页把表头排在了表格外）") }

        // The signature: the last part's agency line and date; page text after the date goes.
        var date: String?
        var signature: String?
        if let lastKey = anyFormat.parts.last?.narrative, var last = narratives[lastKey] {
            // The page after the report (share, print, close, the site's footer) when no
            // signature date marks where the report ends.
            var pageFooter = 0
            while let t = last.last, last.count > 1, TitleEvidence.isPageFooter(t) { last.removeLast(); pageFooter += 1 }
            if pageFooter > 0 { dropped.append("报告之后的网页文字 \(pageFooter) 段（分享、打印、网站信息等）") }
            if let d = last.indices.suffix(8).last(where: { TitleEvidence.isDate(last[$0]) }), d > 0 || last.count == 1 {
                let after = last.count - d - 1
                if after > 0 { dropped.append("落款日期之后的页面文字 \(after) 段（\(last[d + 1].excerpt)…）") }
                date = LabelMatching.normalize(last[d])
                last.removeSubrange(d...)
            }
            if let a = last.last, last.count > 1, TitleEvidence.looksLikeAgency(a) {
                signature = LabelMatching.normalize(a)
                last.removeLast()
            }
            narratives[lastKey] = last
        }

        // Agency and year from every piece of evidence, in order of trust.
        let pageTitles = document.pageTitles.compactMap { TitleEvidence.title($0, maxLength: 120) }
        var agency = ""
        if let a = bodyTitle?.agency {
            agency = a
            evidence.append("单位：标题")
        } else if let s = signature {
            agency = s
            evidence.append("单位：落款")
        } else if let a = pageTitles.compactMap(\.agency).first {
            agency = a
            evidence.append("单位：网页标题")
        }
        if let s = signature, !agency.isEmpty, s != agency {
            corrected.append("落款「\(s)」与标题中的单位「\(agency)」不同，采用标题中的")
        }
        var year = 0
        let statistics = paragraphs.lazy.compactMap { TitleEvidence.statisticsYear($0.text) }.first
        if let y = bodyTitle?.year {
            year = y
            evidence.append("年度：标题")
        } else if let y = pageTitles.first?.year {
            year = y
            evidence.append("年度：网页标题")
        } else if let y = statistics {
            year = y
            evidence.append("年度：统计期限")
        }
        if let s = statistics, year != 0, s != year {
            corrected.append("统计期限说的是 \(s) 年，标题说的是 \(year) 年：采用标题")
        }

        // The edition whose tables fit the document's best.
        let tables: [ReadTable] = document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        var best: (score: Int, format: FormatSpec, fill: TableFill)?
        for edition in templates.editions() {
            guard let format = try? templates.format(edition) else { continue }
            let fill = TableFiller(format: format, source: source, templates: templates).fill(tables)
            var score = fill.score
            if let years = format.years, (years.from...years.to).contains(year) { score += 1 }
            if best == nil || score > best!.score { best = (score, format, fill) }
        }
        guard let best else { throw Failure(description: "没有可用的报告格式") }
        guard best.fill.matched > 0 || !narratives.isEmpty else {
            throw Failure(description: "找到了部分标题，但没有读到任何表格和文字：这不像一份政府信息公开工作年度报告")
        }
        corrected += best.fill.corrected
        unplaced += best.fill.unplaced

        let missingParts = best.format.parts.compactMap(\.narrative).filter { narratives[$0]?.isEmpty ?? true }
        let titleText = bodyTitle?.text
        let defaultTitle = "\(agency)\(year)年政府信息公开工作年度报告"
        var result = Result(agency: agency, year: year, edition: best.format.edition, format: best.format, attachment: attachment,
                            title: titleText == nil || titleText == defaultTitle ? nil : titleText, date: date,
                            narratives: narratives, values: best.fill.values, corrected: corrected, unplaced: unplaced)
        result.dropped = dropped
        result.readerNotes = document.notes
        result.missingCells = best.fill.missing
        result.missingParts = missingParts
        result.blanks = best.fill.blanks
        result.computed = best.fill.computed
        result.evidence = evidence
        Self.removeForbiddenCharacters(&result)
        return result
    }
}
