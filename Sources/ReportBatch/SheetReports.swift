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
        case value(CellKey)
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
        let data = try BoundedRead.namedInput(path, cap: BoundedRead.Cap.sheet, noun: "表格文件",
                                              tooLargeHint: "确认选择的是各单位的 CSV 表格；过大的表格可分成几个文件")
        do {
            sheet = try CSVSheet(bytes: consume data)
        } catch {
            throw ReportErrors([Diagnostic(at: error.line.map { .sheet(path, line: $0) } ?? SourceLocation(file: path), error.message,
                                           hint: "用 Excel 或 WPS 另存为“CSV（逗号分隔）”")])
        }
        // Every id any edition knows is a valid column; each row uses those of its edition.
        var narratives = Set<String>()
        var values = Set<CellKey>()
        for edition in templates.editions() {
            guard let format = try? templates.format(edition) else { continue }
            narratives.formUnion(format.parts.compactMap(\.narrative))
            for table in format.tables {
                for row in table.valueRows { for column in row.valueColumns { values.insert(row.key(in: table.id).cell(column)) } }
            }
        }
        var columns: [Column] = []
        var problems: [Diagnostic] = []
        var firstColumn: [String: Int] = [:]
        var unsaid = 0
        let known = Self.fields + narratives.sorted() + values.sorted().map(\.path)
        for (i, name) in sheet.header.enumerated() {
            if !name.isEmpty {
                if let earlier = firstColumn[name] {
                    problems.append(Diagnostic(at: SourceLocation.sheet(path, line: 1, column: i + 1),
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
            } else if let key = CellKey(path: name), values.contains(key) {
                columns.append(.value(key))
            } else if name.isEmpty {
                // An unnamed column may stand empty (Excel writes trailing commas); holding a
                // value, it is a column that lost its name.
                if let record = sheet.records.first(where: { i < $0.fields.count && !$0.fields[i].trimmedSpaces.isEmpty }) {
                    problems.append(Diagnostic(at: SourceLocation.sheet(path, line: record.line, column: i + 1),
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
                problems.append(Diagnostic(at: SourceLocation.sheet(path, line: 1, column: i + 1),
                    "第 \(i + 1) 列的列名“\(name)”不认识" + (guess.map { "，是不是“\($0)”？" } ?? ""),
                    hint: "列名用 docs/fields.md 里的编号，如 applications.received.natural_person"))
                columns.append(.ignored)
            }
        }
        if unsaid > 0 {
            problems.append(Diagnostic(at: SourceLocation.sheet(path, line: 1), "另有 \(unsaid) 个列名不认识，未逐一列出",
                                       hint: "确认这是各单位的表格；列名见 docs/fields.md"))
        }
        for required in ["agency", "year"] where !columns.contains(.field(required)) {
            problems.append(Diagnostic(at: SourceLocation.sheet(path, line: 1), "表格缺少“\(required)”列",
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
        .sheet(path, line: sheet.records[index].line)
    }

    /// Row `index` as a checked report: each cell handed to the `ReportBuilder`, which owns
    /// every rule; this type knows only the sheet's columns and narrative files.
    public func load(_ index: Int) -> ReportFileReader.Loaded {
        let record = sheet.records[index]
        let line = record.line
        func at(_ column: Int? = nil) -> SourceLocation { SourceLocation.sheet(path, line: line, column: column.map { $0 + 1 }) }
        var builder = ReportBuilder(source: path, whole: at(), words: .sheetRow, cap: .perRow(max: Self.maxRowProblems), templates: templates)

        // Cells beyond the header belong to no column: a comma not in quotes, or a lost name.
        let extra = record.fields.indices.dropFirst(columns.count).filter { !record.fields[$0].trimmedSpaces.isEmpty }
        if let first = extra.first {
            let named = extra.prefix(5).map { "\(CSVSheet.columnName($0))\(ValueParser.quote(record.fields[$0].trimmedSpaces))" }
            builder.problem(at: at(first),
                "这一行有 \(extra.last! + 1) 格，列名只有 \(columns.count) 个：多出\(named.joined(separator: "、"))" + (extra.count > 5 ? "等 \(extra.count) 格" : ""),
                hint: "含逗号的内容要用英文双引号括起来；或在第一行给多出的列写上列名")
        }
        if let odd = sheet.oddEncoding, (record.line...max(record.line, record.lastLine)).contains(where: sheet.oddLines.contains) {
            builder.problem(.warning, at: at(), "这一行按 \(odd) 编码读入（\(sheet.encodingNote ?? "")）",
                            hint: "核对这一行的单位名称和文字；把表格整个另存为一种编码（UTF-8）")
        }

        builder.report.agency = builder.required("agency", field("agency", in: record).map { .text($0, at: at(fieldIndex["agency"])) } ?? .absent) ?? ""
        let year = builder.year(.text(field("year", in: record) ?? "", at: at(fieldIndex["year"])))
        builder.report.year = year ?? 0
        builder.report.attachment = field("attachment", in: record)
        builder.report.title = field("title", in: record)
        builder.report.date = field("date", in: record)
        let edition = at(fieldIndex["edition"])
        builder.chooseFormat(year: year, named: field("edition", in: record), namedAt: edition, noEditionAt: edition)

        if let format = builder.format {
            let narrativeKeys = format.parts.compactMap(\.narrative)
            for (i, column) in columns.enumerated() {
                let text = i < record.fields.count ? record.fields[i].trimmedSpaces : ""
                switch column {
                case .narrative(let key):
                    guard !text.isEmpty else { continue }
                    guard narrativeKeys.contains(key) else {
                        builder.problem(at: at(i), "\(key) 不属于\(format.name)")
                        continue
                    }
                    do {
                        let read = try narrativeFiles.read(text, column: "第 \(line) 行 \(key) 列（\(CSVSheet.columnLetters(i)) 列）")
                        if let note = read.note {
                            builder.problem(.warning, at: SourceLocation(file: read.path), "\(note)", hint: "另存为一种编码（UTF-8）")
                        }
                        builder.narrativeFile(key, read.text, noun: "\(key) 列所指的文件“\(text)”", at: at(i),
                                              file: SourceLocation(file: read.path))
                    } catch {
                        builder.problem(at: at(i), error.message, hint: error.hint)
                        builder.report.unusable.insert(.narrative(key))
                    }
                case .value(let key):
                    guard let table = format.table(key.table), let row = table.row(key.row), row.valueColumns.contains(key.column) else {
                        if !text.isEmpty {
                            builder.problem(at: at(i), "“\(sheet.header[i])”列不属于\(format.name)，这一行不应填写",
                                            hint: "删去这个数，或用 edition 列指定格式版本")
                        }
                        continue
                    }
                    builder.report.locations[.cell(key)] = at(i)
                    builder.report.locations[.row(key.rowKey)] = builder.report.locations[.row(key.rowKey)] ?? at(i)
                    builder.report.locations[.table(key.table)] = builder.report.locations[.table(key.table)] ?? at(i)
                    guard !text.isEmpty else { continue }
                    builder.value(text, quoted: false, table: table, row: row, column: key.column, at: at(i))
                case .field(let name):
                    builder.checkCharacters(field: name, text, at: at(i))
                case .ignored:
                    continue
                }
            }
            builder.checkNarratives { _ in at() }
            // An empty table still exists: its numbers are reported missing one by one.
            for id in format.parts.compactMap(\.table) { builder.report.values.give(table: id) }
        }
        return builder.finish()
    }
}
