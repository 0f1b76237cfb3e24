import Foundation
import OOXMLWriter

/// Finds a report in an imported document: title, agency and year; the six parts by their
/// headings; each table's numbers by its row labels; the signature and date; and the edition
/// whose tables fit best. Says what it corrected and what it could not place.
public struct ReportRecognizer: Sendable {
    public let templates: TemplateLibrary

    public init(templates: TemplateLibrary = TemplateLibrary()) { self.templates = templates }

    public struct Result: Sendable {
        public var agency: String
        public var year: Int
        public var edition: String
        public var format: FormatSpec
        public var attachment: String?
        public var title: String?
        public var date: String?
        public var narratives: [String: [String]]
        public var values: [String: [String: [String: CellValue]]]
        /// "「printed」→「official」" for each label read through a correction.
        public var corrected: [String]
        /// Text the recognizer could not place, with where it was.
        public var unplaced: [String]

        /// The report file (YAML) of what was found.
        public var yaml: String {
            ReportSkeleton(format: format).yaml(agency: agency, year: year, values: values, narratives: narratives,
                                                heading: ["由 gkexport import 导入；请核对后再使用。"],
                                                attachment: attachment, date: date, title: title)
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public func recognize(_ document: ImportedDocument) throws(Failure) -> Result {
        var corrected: [String] = []
        var unplaced: [String] = []

        // Parts by their headings; everything before the first is the attachment label and title.
        let anyFormat: FormatSpec
        do {
            anyFormat = try templates.format(templates.editions().first { (try? templates.format($0))?.years != nil } ?? "2021")
        } catch {
            throw Failure(description: "\(error)")
        }
        let headings = anyFormat.parts.map { LabelMatching.normalize($0.heading) }
        var partOf: [Int?] = []  // per block: the part index it belongs to (nil before part 一)
        var current: Int?
        var headingBlocks = Set<Int>()
        for (i, block) in document.blocks.enumerated() {
            if case .paragraph(let p) = block, let h = headings.firstIndex(of: LabelMatching.normalize(p)) {
                current = h
                headingBlocks.insert(i)
            }
            partOf.append(current)
        }
        guard headingBlocks.count >= 3 else {
            throw Failure(description: "找不到报告的各部分标题（如“一、总体情况”“二、主动公开政府信息情况”）：这不像一份政府信息公开工作年度报告")
        }

        // Front matter: attachment label, then the title (possibly over several paragraphs).
        var attachment: String?
        var titleParts: [String] = []
        for (i, block) in document.blocks.enumerated() where partOf[i] == nil {
            guard case .paragraph(let p) = block else { continue }
            let t = p.trimmedSpaces
            if t.isEmpty { continue }
            if attachment == nil, titleParts.isEmpty, t.hasPrefix("附件"), t.count <= 6 { attachment = t; continue }
            titleParts.append(t.replacingOccurrences(of: "\n", with: ""))
        }
        let title = titleParts.joined()
        var agency = "", year = 0
        if let match = title.firstMatch(of: /^(.+?)(\d{4})年度?政府信息公开工作年度报告$/) {
            agency = String(match.1)
            year = Int(match.2)!
        } else {
            unplaced.append("标题「\(title)」：看不出单位和年度")
        }

        // Narratives; the last part's trailing agency name and date are the signature.
        var narratives: [String: [String]] = [:]
        var tablesOfPart: [Int: [ReadTable]] = [:]
        for (i, block) in document.blocks.enumerated() {
            guard let part = partOf[i], !headingBlocks.contains(i) else { continue }
            switch block {
            case .paragraph(let p):
                let t = p.trimmedSpaces
                if t.isEmpty { continue }
                if let key = anyFormat.parts[part].narrative {
                    narratives[key, default: []].append(t)
                } else {
                    unplaced.append("「\(anyFormat.parts[part].heading)」中的文字「\(SemanticDiff.short(t))」")
                }
            case .table(let t):
                tablesOfPart[part, default: []].append(t)
            }
        }
        var date: String?
        if let lastKey = anyFormat.parts.last?.narrative, var last = narratives[lastKey] {
            if let d = last.last, d.wholeMatch(of: /\d{4}年\d{1,2}月\d{1,2}日/) != nil {
                date = d
                last.removeLast()
            }
            if let a = last.last, !agency.isEmpty, a == agency {
                last.removeLast()
            } else if let a = last.last, agency.isEmpty, last.count > 1 {
                agency = a
                last.removeLast()
            }
            narratives[lastKey] = last
        }

        // The edition whose tables fit the document's best.
        var best: (score: Int, format: FormatSpec, values: [String: [String: [String: CellValue]]], corrected: [String], unplaced: [String])?
        for edition in templates.editions() {
            guard let format = try? templates.format(edition) else { continue }
            var score = 0
            var values: [String: [String: [String: CellValue]]] = [:]
            var fixes: [String] = [], misses: [String] = []
            for (p, part) in format.parts.enumerated() {
                guard let id = part.table, let spec = format.table(id) else { continue }
                guard let table = tablesOfPart[p]?.first else {
                    misses.append("「\(part.heading)」下没有表格")
                    score -= 10
                    continue
                }
                let read = readTable(table, spec)
                values[id] = read.values
                score += read.matched - read.missing * 2 - read.unplaced.count * 2
                fixes += read.corrected
                misses += read.unplaced
            }
            if let years = format.years, (years.from...years.to).contains(year) { score += 1 }
            if best == nil || score > best!.score { best = (score, format, values, fixes, misses) }
        }
        guard let best else { throw Failure(description: "没有可用的报告格式") }
        corrected += best.corrected
        unplaced += best.unplaced
        let defaultTitle = "\(agency)\(year)年政府信息公开工作年度报告"
        return Result(agency: agency, year: year, edition: best.format.edition, format: best.format, attachment: attachment,
                      title: title == defaultTitle || title.isEmpty ? nil : title, date: date, narratives: narratives,
                      values: best.values, corrected: corrected, unplaced: unplaced)
    }

    /// One table read against one table spec: each grid row's label (its last text cell) picks
    /// the spec row; its trailing value cells fill that row's columns in order.
    func readTable(_ table: ReadTable, _ spec: TableSpec)
        -> (values: [String: [String: CellValue]], matched: Int, missing: Int, corrected: [String], unplaced: [String]) {
        var values: [String: [String: CellValue]] = [:]
        var corrected: [String] = []
        var unplaced: [String] = []
        var matched = 0
        let rowLabels = LabelMatching.Candidates(spec.valueRows.map(\.displayLabel))
        let allLabels = LabelMatching.Candidates(Array(Set(spec.rows.flatMap { ($0.cells ?? []).compactMap(\.text) })))
        var seen = Set<String>()
        // Rows without a label of their own (表四's one row of numbers) are taken in order.
        var unlabelled = spec.valueRows.filter { ($0.cells ?? []).allSatisfy { $0.text == nil } }
        let cellsOfRow = Dictionary(grouping: table.cells, by: \.row)  // once, not a scan per row
        for r in 0..<table.rows {
            let cells = (cellsOfRow[r] ?? []).sorted { $0.column < $1.column }
            let texts = cells.map { $0.text.trimmedSpaces }
            // Labels of group and section cells are checked for known local wordings too.
            for t in texts where !t.isEmpty && !LabelMatching.isValue(t) {
                if let hit = LabelMatching.match(t, in: allLabels), hit.corrected {
                    let note = "「\(t.replacingOccurrences(of: "\n", with: ""))」→「\(hit.label)」"
                    if seen.insert(note).inserted { corrected.append(note) }
                }
            }
            var valueTexts: [String] = []
            var i = texts.count - 1
            while i >= 0, texts[i].isEmpty || LabelMatching.isValue(texts[i]) {
                valueTexts.insert(texts[i], at: 0)
                i -= 1
            }
            let label = i >= 0 ? texts[i] : ""
            let row: TableSpec.RowSpec
            if i < 0 {
                guard valueTexts.contains(where: { !$0.isEmpty }), !unlabelled.isEmpty else { continue }
                row = unlabelled.removeFirst()
            } else if let hit = LabelMatching.match(label, in: rowLabels), let found = spec.valueRows.first(where: { $0.displayLabel == hit.label }) {
                row = found
            } else {
                if valueTexts.contains(where: { !$0.isEmpty }) {
                    unplaced.append("\(spec.name)「\(label)」这一行的数字（找不到对应的行）")
                }
                continue
            }
            // Empty trailing cells after the numbers (a blank column) are not values.
            while let last = valueTexts.last, last.isEmpty, valueTexts.count > row.valueColumns.count { valueTexts.removeLast() }
            let numbers = valueTexts.filter { !$0.isEmpty }
            guard numbers.count == row.valueColumns.count else {
                unplaced.append("\(spec.name)「\(row.displayLabel)」：应有 \(row.valueColumns.count) 个数，读到 \(numbers.count) 个")
                continue
            }
            var rowValues: [String: CellValue] = [:]
            for (column, text) in zip(row.valueColumns, numbers) {
                do {
                    rowValues[column] = try ValueParser.parse(text, quoted: false, kind: spec.kind(of: column))
                } catch {
                    unplaced.append("\(spec.name)「\(row.displayLabel)」×「\(spec.labels[column] ?? column)」：“\(text)”")
                }
            }
            values[row.id!] = rowValues
            matched += 1
        }
        let missing = spec.valueRows.filter { values[$0.id!] == nil }.count
        return (values, matched, missing, corrected, unplaced)
    }
}
