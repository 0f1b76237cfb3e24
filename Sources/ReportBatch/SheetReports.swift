import Foundation
import OOXMLWriter
import ReportExport

/// The reports of a CSV sheet: one row per agency, one column per stable cell id
/// (`applications.received.natural_person`), plus `agency`, `year` (and optionally `edition`,
/// `attachment`, `title`, `date`), with narratives read from the files a row names.
public struct SheetReports: Sendable {
    enum Column: Sendable, Equatable {
        case field(String)
        case narrative(String)
        case value(table: String, row: String, column: String)
        case ignored
    }

    public let path: String
    public let sheet: CSVSheet
    let columns: [Column]
    /// Where each of `fields` stands, looked up once.
    let fieldIndex: [String: Int]
    let templates: TemplateLibrary
    /// Reads the narrative files rows name, inside the sheet's folder only.
    let narrativeFiles: SheetNarrative

    static let fields = ["agency", "year", "edition", "attachment", "title", "date"]
    /// The most header problems said one by one.
    static let maxHeaderProblems = 10
    /// The most problems said for one row; the rest are counted in one line. A sheet holds up
    /// to 100,000 rows, so the per-file cap of a report file would still flood a run.
    public static let maxRowProblems = 20

    /// Reads the sheet and checks its header; an unusable sheet fails as a whole.
    public init(path: String, templates: TemplateLibrary) throws(ReportErrors) {
        self.path = path
        self.templates = templates
        narrativeFiles = SheetNarrative(sheetPath: path)
        let here = SourceLocation(file: path)
        var data: [UInt8]
        do {
            data = try BoundedRead.bytes(path, cap: BoundedRead.Cap.sheet)
        } catch .tooLarge(let cap, let size) {
            throw ReportErrors([Diagnostic(at: here, "表格文件过大（\(size.map { "\($0 >> 20) MB" } ?? "超过上限")，上限 \(cap >> 20) MB）",
                                           hint: "确认选择的是各单位的 CSV 表格；过大的表格可分成几个文件")])
        } catch {
            throw ReportErrors([Diagnostic(at: here, "无法读取表格文件：\(error.reason)", hint: error.hint)])
        }
        do {
            sheet = try CSVSheet(bytes: consume data)
        } catch {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: path, line: error.line), error.message,
                                           hint: "用 Excel 或 WPS 另存为“CSV（逗号分隔）”")])
        }
        // Every id any edition knows is a valid column; each row uses those of its edition.
        var narratives = Set<String>()
        var values = Set<String>()
        for edition in templates.editions() {
            guard let format = try? templates.format(edition) else { continue }
            narratives.formUnion(format.parts.compactMap(\.narrative))
            for table in format.tables {
                for row in table.valueRows { for column in row.valueColumns { values.insert("\(table.id).\(row.id!).\(column)") } }
            }
        }
        var columns: [Column] = []
        var problems: [Diagnostic] = []
        var firstColumn: [String: Int] = [:]
        var unsaid = 0
        let known = Self.fields + narratives.sorted() + values.sorted()
        for (i, name) in sheet.header.enumerated() {
            if !name.isEmpty {
                if let earlier = firstColumn[name] {
                    problems.append(Diagnostic(at: SourceLocation(file: path, line: 1, column: i + 1),
                        "\(CSVSheet.columnName(earlier))和\(CSVSheet.columnName(i))的列名都是“\(name)”，不知道用哪一列",
                        hint: "每个编号只写一列：删去或改正其中一列"))
                    columns.append(.ignored)
                    continue
                }
                firstColumn[name] = i
            }
            if Self.fields.contains(name) {
                columns.append(.field(name))
            } else if narratives.contains(name) {
                columns.append(.narrative(name))
            } else if values.contains(name) {
                let parts = name.split(separator: ".").map(String.init)
                columns.append(.value(table: parts[0], row: parts[1], column: parts[2]))
            } else if name.isEmpty {
                // An unnamed column may stand empty (Excel writes trailing commas); holding a
                // value, it is a column that lost its name.
                if let record = sheet.records.first(where: { i < $0.fields.count && !$0.fields[i].trimmedSpaces.isEmpty }) {
                    problems.append(Diagnostic(at: SourceLocation(file: path, line: record.line, column: i + 1),
                        "\(CSVSheet.columnName(i))没有列名，但第 \(record.line) 行在这一列填了\(ValueParser.quote(record.fields[i].trimmedSpaces))",
                        hint: "在第一行给这一列写上列名（docs/fields.md 里的编号），或删去这一列的内容"))
                }
                columns.append(.ignored)
            } else if problems.count >= Self.maxHeaderProblems {
                // A header this wrong is not a report sheet: count the rest, suggest nothing
                // (each suggestion is an edit distance against every cell id).
                unsaid += 1
                columns.append(.ignored)
            } else {
                let guess = Suggestion.closest(to: name, in: known)
                problems.append(Diagnostic(at: SourceLocation(file: path, line: 1, column: i + 1),
                    "第 \(i + 1) 列的列名“\(name)”不认识" + (guess.map { "，是不是“\($0)”？" } ?? ""),
                    hint: "列名用 docs/fields.md 里的编号，如 applications.received.natural_person"))
                columns.append(.ignored)
            }
        }
        if unsaid > 0 {
            problems.append(Diagnostic(at: SourceLocation(file: path, line: 1), "另有 \(unsaid) 个列名不认识，未逐一列出",
                                       hint: "确认这是各单位的表格；列名见 docs/fields.md"))
        }
        for required in ["agency", "year"] where !columns.contains(.field(required)) {
            problems.append(Diagnostic(at: SourceLocation(file: path, line: 1), "表格缺少“\(required)”列",
                                       hint: "第一行加上列名 \(required)"))
        }
        guard problems.isEmpty else { throw ReportErrors(problems) }
        self.columns = columns
        var index: [String: Int] = [:]
        for (i, column) in columns.enumerated() { if case .field(let name) = column, index[name] == nil { index[name] = i } }
        fieldIndex = index
    }

    public var count: Int { sheet.records.count }

    func field(_ name: String, in record: CSVSheet.Record) -> String? {
        guard let i = fieldIndex[name], i < record.fields.count else { return nil }
        let value = record.fields[i].trimmedSpaces
        return value.isEmpty ? nil : value
    }

    /// Agency and year of row `index`, read without decoding the rest.
    public func identity(_ index: Int) -> (agency: String, year: Int?, edition: String?) {
        let record = sheet.records[index]
        let year = field("year", in: record).flatMap { Int($0) }
        // As `load` resolves it: named in the row, else the year's.
        let edition = field("edition", in: record) ?? year.flatMap { (try? templates.edition(forYear: $0)) ?? nil }
        return (field("agency", in: record) ?? "", year, edition)
    }

    /// Where row `index` stands, for messages: `sheet.csv:7`.
    public func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: path, line: sheet.records[index].line)
    }

    /// Row `index` as a checked report.
    public func load(_ index: Int) -> ReportFileReader.Loaded {
        let record = sheet.records[index]
        let line = record.line
        func at(_ column: Int? = nil) -> SourceLocation { SourceLocation(file: path, line: line, column: column.map { $0 + 1 }) }
        var problems: [Diagnostic] = []

        // Cells beyond the header belong to no column: a comma not in quotes, or a lost name.
        let extra = record.fields.indices.dropFirst(columns.count).filter { !record.fields[$0].trimmedSpaces.isEmpty }
        if let first = extra.first {
            let named = extra.prefix(5).map { "\(CSVSheet.columnName($0))\(ValueParser.quote(record.fields[$0].trimmedSpaces))" }
            problems.append(Diagnostic(at: at(first),
                "这一行有 \(extra.last! + 1) 格，列名只有 \(columns.count) 个：多出\(named.joined(separator: "、"))" + (extra.count > 5 ? "等 \(extra.count) 格" : ""),
                hint: "含逗号的内容要用英文双引号括起来；或在第一行给多出的列写上列名"))
        }
        if let odd = sheet.oddEncoding, (record.line...max(record.line, record.lastLine)).contains(where: sheet.oddLines.contains) {
            problems.append(Diagnostic(.warning, at: at(), "这一行按 \(odd) 编码读入（\(sheet.encodingNote ?? "")）",
                                       hint: "核对这一行的单位名称和文字；把表格整个另存为一种编码（UTF-8）"))
        }

        let agency = field("agency", in: record)
        if agency == nil { problems.append(Diagnostic(at: at(), "这一行没有填写 agency（单位名称）")) }
        let yearText = field("year", in: record)
        let year = yearText.flatMap(Int.init)
        if year == nil || !(2008...2100).contains(year!) {
            problems.append(Diagnostic(at: at(fieldIndex["year"]),
                                       "year（报告年度）应是四位数的年份，填写的是“\(yearText ?? "")”"))
        }
        var report = Report(agency: agency ?? "", year: year ?? 0)
        report.source = path
        report.attachment = field("attachment", in: record)
        report.title = field("title", in: record)
        report.date = field("date", in: record)

        var format: FormatSpec?
        if let year {
            let named = field("edition", in: record)
            do {
                if let edition = try named ?? templates.edition(forYear: year), templates.editions().contains(edition) {
                    format = try templates.format(edition)
                    report.edition = edition
                } else {
                    problems.append(Diagnostic(at: at(fieldIndex["edition"]),
                                               "没有“\(named ?? String(year))”的报告格式",
                                               hint: "可用的版本：\(templates.editions().joined(separator: "、"))"))
                }
            } catch {
                problems.append(Diagnostic(at: at(), "\(error)"))
            }
        }

        // What the validator says of the tables, kept apart: past the cap, the row's own
        // problems (a refused file, a stray cell) are said before its hundred missing numbers.
        var checks: [Diagnostic] = []
        if let format {
            let narrativeKeys = format.parts.compactMap(\.narrative)
            // Narratives whose file was named but refused: said once, not again as missing.
            var unreadable = Set<String>()
            for (i, column) in columns.enumerated() {
                let text = i < record.fields.count ? record.fields[i].trimmedSpaces : ""
                switch column {
                case .narrative(let key):
                    guard !text.isEmpty else { continue }
                    guard narrativeKeys.contains(key) else {
                        problems.append(Diagnostic(at: at(i), "\(key) 不属于\(format.name)"))
                        continue
                    }
                    let content: String
                    let file: String
                    do {
                        let read = try narrativeFiles.read(text, column: "第 \(line) 行 \(key) 列（\(CSVSheet.columnLetters(i)) 列）")
                        (content, file) = (read.text, read.path)
                        if let note = read.note {
                            problems.append(Diagnostic(.warning, at: SourceLocation(file: file), "\(note)", hint: "另存为一种编码（UTF-8）"))
                        }
                    } catch {
                        problems.append(Diagnostic(at: at(i), error.message, hint: error.hint))
                        unreadable.insert(key)
                        continue
                    }
                    if content.count > YAMLReportDecoder.maxNarrative {
                        problems.append(Diagnostic(at: at(i), "\(key) 列所指的文件“\(text)”长达 \(content.count) 字，超过上限 \(YAMLReportDecoder.maxNarrative) 字",
                                                   hint: "年度报告的一部分通常不过几千字；确认文件选对了"))
                        unreadable.insert(key)
                        continue
                    }
                    if let bad = XMLCharacters.firstForbidden(in: content) {
                        problems.append(Diagnostic(at: SourceLocation(file: file), "含有不可打印的控制字符 U+\(String(format: "%04X", bad.scalar.value))",
                                                   hint: "删去这个字符"))
                        unreadable.insert(key)
                        continue
                    }
                    report.narratives[key] = Narrative(text: content, firstLine: 1)
                case .value(let tableID, let rowID, let columnID):
                    guard let table = format.table(tableID), let row = table.row(rowID), row.valueColumns.contains(columnID) else {
                        if !text.isEmpty {
                            problems.append(Diagnostic(at: at(i), "“\(sheet.header[i])”列不属于\(format.name)，这一行不应填写",
                                                       hint: "删去这个数，或用 edition 列指定格式版本"))
                        }
                        continue
                    }
                    let key = "\(tableID).\(rowID).\(columnID)"
                    report.locations[key] = at(i)
                    report.locations["\(tableID).\(rowID)"] = report.locations["\(tableID).\(rowID)"] ?? at(i)
                    report.locations[tableID] = report.locations[tableID] ?? at(i)
                    guard !text.isEmpty else { continue }
                    do {
                        let value = try ValueParser.parse(text, quoted: false, kind: table.kind(of: columnID))
                        report.values[tableID, default: [:]][rowID, default: [:]][columnID] = value
                    } catch {
                        report.unusable.insert(key)
                        if case .message(let message, let hint) = error {
                            problems.append(Diagnostic(at: at(i), "\(table.name)「\(row.displayLabel)」×「\(table.labels[columnID] ?? columnID)」：\(message)", hint: hint))
                        }
                    }
                case .field(let name):
                    if let bad = XMLCharacters.firstForbidden(in: text) {
                        problems.append(Diagnostic(at: at(i), "\(name) 含有不可打印的控制字符 U+\(String(format: "%04X", bad.scalar.value))"))
                    }
                case .ignored:
                    continue
                }
            }
            for part in format.parts {
                if let key = part.narrative, report.narratives[key] == nil, !unreadable.contains(key) {
                    problems.append(Diagnostic(at: at(), "缺少「\(part.heading)」：\(key) 列应写明叙述文字所在的文件"))
                }
                // An empty table still exists: its numbers are reported missing one by one.
                if let id = part.table, report.values[id] == nil { report.values[id] = [:] }
            }
            checks = ReportValidator(format: format).validate(&report)
        }
        return ReportFileReader.Loaded(report: report, format: format, diagnostics: Self.capped(problems, then: checks, at: at()))
    }

    /// At most `maxRowProblems` (the row's own problems first, then the checks), in the order
    /// of place, then one line counting the rest — an error if any of the rest is, so a row
    /// never passes because its errors went unsaid.
    static func capped(_ own: [Diagnostic], then checks: [Diagnostic], at place: SourceLocation) -> [Diagnostic] {
        let all = own + checks
        guard all.count > maxRowProblems else { return all.sortedByPlace() }
        let rest = all[maxRowProblems...]
        let severity: Diagnostic.Severity = rest.contains { $0.severity == .error } ? .error : .warning
        return Array(all.prefix(maxRowProblems)).sortedByPlace() + [Diagnostic(severity, at: place,
            "这一行另有 \(rest.count) 处问题未逐一列出（每行最多列出 \(maxRowProblems) 处）",
            hint: "先改正上面列出的问题，再运行一次")]
    }
}
