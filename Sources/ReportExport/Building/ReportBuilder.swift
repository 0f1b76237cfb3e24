import OOXMLWriter

/// Builds one report from what an input gives, key by key, each with its raw value and its
/// place: every rule an input must get right lives here once — required fields, the year and
/// the edition, value parsing, characters XML cannot carry, narrative length, did-you-mean,
/// missing parts, the problem cap and, at the end, the format's checks. Inputs (a report file,
/// a sheet row) are adapters that walk their own syntax and hand over keys; they choose only
/// the words (`BuilderWords`) problems are said in.
public struct ReportBuilder: Sendable {
    public let templates: TemplateLibrary
    public let words: BuilderWords
    /// Where problems about the input as a whole are said: the file, or the sheet row.
    public let whole: SourceLocation
    public let cap: ProblemCap
    public var report: Report
    public private(set) var format: FormatSpec?
    /// The library's validator for `format` when the format is the library's own edition.
    private var validator: ReportValidator?
    private(set) var problems: [Diagnostic] = []
    private var unsaid = 0

    /// The longest narrative part accepted, in characters.
    public static let maxNarrative = 100_000
    /// The most problems said about one report file: past it a file is not a report gone
    /// wrong but something else, and thousands of lines would bury the first ones.
    public static let maxProblems = 200

    public init(source: String, whole: SourceLocation, words: BuilderWords, cap: ProblemCap, templates: TemplateLibrary) {
        self.templates = templates
        self.words = words
        self.whole = whole
        self.cap = cap
        report = Report(agency: "", year: 0)
        report.source = source
    }

    public mutating func problem(_ severity: Diagnostic.Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        problems.append(Diagnostic(severity, at: location, message, hint: hint))
    }

    /// Whether another problem would still be looked into; counts the ones that would not.
    public mutating func saying() -> Bool {
        guard case .stopLooking(let max) = cap, problems.count >= max else { return true }
        unsaid += 1
        return false
    }

    // MARK: - Fields

    /// A required text field (agency): the text, or nil with the problem said.
    public mutating func required(_ key: String, _ given: Given) -> String? {
        switch given {
        case .absent:
            let (message, hint) = words.missingRequired(key)
            problem(at: whole, message, hint: hint)
        case .notText(let at):
            let (message, hint) = words.emptyRequired(key)
            problem(at: at, message, hint: hint)
        case .text(let text, let at):
            guard !text.isEmpty else {
                let (message, hint) = words.emptyRequired(key)
                problem(at: at, message, hint: hint)
                return nil
            }
            return text
        }
        return nil
    }

    /// The report year, 2008…2100.
    public mutating func year(_ given: Given) -> Int? {
        let written: String, at: SourceLocation
        switch given {
        case .absent:
            let (message, hint) = words.missingRequired("year")
            problem(at: whole, message, hint: hint)
            return nil
        case .notText(let place): (written, at) = ("（非文字）", place)
        case .text(let text, let place): (written, at) = (text, place)
        }
        guard let year = Int(written), (2008...2100).contains(year) else {
            let (message, hint) = words.badYear(written)
            problem(at: at, message, hint: hint)
            return nil
        }
        return year
    }

    /// The format: the edition named, else the year's. `namedAt` is where a name stands,
    /// `noEditionAt` where to say that the year has none.
    /// The format an input chose itself: an import reads a document against every edition and
    /// keeps the one whose tables fit best.
    public mutating func use(_ chosen: FormatSpec) {
        format = chosen
        validator = nil
        report.edition = chosen.edition
    }

    public mutating func chooseFormat(year: Int?, named: String?, namedAt: SourceLocation, noEditionAt: SourceLocation) {
        guard let year else { return }
        let available = templates.editions().joined(separator: "、")
        do {
            guard let chosen = try templates.edition(named: named, year: year) else {
                let (message, hint) = words.noEditionForYear(year, available)
                problem(at: noEditionAt, message, hint: hint)
                return
            }
            guard templates.editions().contains(chosen) else {
                problem(at: namedAt, words.unknownEdition(chosen), hint: "可用的版本：\(available)")
                return
            }
            let chosenValidator = try templates.validator(chosen)
            let chosenFormat = chosenValidator.format
            format = chosenFormat
            validator = chosenValidator
            report.edition = chosen
            // Every value cell and its place, and each row's and table's: no rehash on the way.
            let cells = chosenFormat.tables.reduce(0) { sum, table in
                sum + table.rows.reduce(0) { $0 + ($1.id == nil ? 0 : $1.valueColumns.count) }
            }
            report.values.reserveCapacity(cells)
            report.locations.reserveCapacity(cells + chosenFormat.tables.reduce(0) { $0 + $1.rows.count + 1 } + chosenFormat.parts.count)
        } catch {
            problem(at: whole, "\(error)")
        }
    }

    /// Refuses in a fixed field what XML cannot carry.
    public mutating func checkCharacters(field key: String, _ text: String, at: SourceLocation) {
        guard let bad = XMLCharacters.firstForbidden(in: text) else { return }
        let (message, hint) = words.forbiddenInField(key, Self.code(bad.scalar), bad.offset)
        problem(at: at, message, hint: hint)
    }

    public static func code(_ scalar: Unicode.Scalar) -> String { "U+" + String(format: "%04X", scalar.value) }

    // MARK: - Narratives

    /// Narrative `key` from text given in the input; nil (the problem said) past the length
    /// cap. `noun` names it in the message: “overview”, or the file a sheet column names.
    public mutating func narrative(_ key: String, _ text: String, firstLine: Int?, noun: String, at: SourceLocation) -> Narrative? {
        // Characters are never more than UTF-8 bytes: counting them (grapheme breaking) only
        // when the bytes alone could pass the cap.
        guard text.utf8.count <= Self.maxNarrative || text.count <= Self.maxNarrative else {
            problem(at: at, "\(noun)长达 \(text.count) 字，超过上限 \(Self.maxNarrative) 字", hint: words.tooLongHint)
            report.unusable.insert(.narrative(key))
            return nil
        }
        return Narrative(text: text, firstLine: firstLine)
    }

    /// A narrative read from a file of its own, refused whole for a character XML cannot carry.
    public mutating func narrativeFile(_ key: String, _ text: String, noun: String, at: SourceLocation, file: SourceLocation) {
        guard let narrative = narrative(key, text, firstLine: 1, noun: noun, at: at) else { return }
        if let bad = XMLCharacters.firstForbidden(in: text) {
            problem(at: file, "含有不可打印的控制字符 \(Self.code(bad.scalar))", hint: "删去这个字符")
            report.unusable.insert(.narrative(key))
            return
        }
        report.narratives[key] = narrative
    }

    /// Refuses, paragraph by paragraph, what XML cannot carry in the narratives given inline.
    public mutating func checkParagraphs() {
        for (key, narrative) in report.narratives.sorted(by: { $0.key < $1.key }) {
            for (index, paragraph) in narrative.paragraphs.enumerated() {
                guard let bad = XMLCharacters.firstForbidden(in: paragraph.text) else { continue }
                problem(at: SourceLocation(file: whole.file, line: paragraph.line),
                        "“\(key)”第 \(index + 1) 段含有不可打印的控制字符 \(Self.code(bad.scalar))（第 \(bad.offset + 1) 个字符）",
                        hint: "删去这个字符（常见于从网页或 PDF 复制的文字）")
            }
        }
    }

    /// Every narrative part of the format given and not empty; `given` is where a part
    /// given empty stands.
    public mutating func checkNarratives(given: (String) -> SourceLocation) {
        guard let format else { return }
        for part in format.parts {
            guard let key = part.narrative else { continue }
            if let narrative = report.narratives[key] {
                if narrative.paragraphs.isEmpty, let empty = words.emptyNarrative {
                    let (message, hint) = empty(part.heading, key)
                    problem(at: given(key), message, hint: hint)
                }
            } else if !report.unusable.contains(.narrative(key)) {
                let (message, hint) = words.missingNarrative(part.heading, key)
                problem(at: whole, message, hint: hint)
            }
        }
    }

    // MARK: - Keys not in the format

    /// A top-level key the format does not have, with the closest it does.
    public mutating func unknownKey(_ name: String, at: SourceLocation, fixed: [String]) {
        guard let format else { return }
        let narratives = format.parts.compactMap(\.narrative), tables = format.parts.compactMap(\.table)
        let known = fixed + narratives + tables
        let guess = Suggestion.closest(to: name, in: known)
        if let guess {
            report.unusable.insert(narratives.contains(guess) ? .narrative(guess) : tables.contains(guess) ? .table(guess) : .field(guess))
        }
        problem(at: at, "不认识的键“\(name)”" + (guess.map { "，是不是“\($0)”？" } ?? ""),
                hint: "可用的键：\(known.joined(separator: "、"))")
    }

    /// A row id table `table` does not have.
    public mutating func unknownRow(_ rowID: String, in table: TableSpec, at: SourceLocation) {
        let rowIDs = table.valueRows.map(\.id)
        let guess = Suggestion.closest(to: rowID, in: rowIDs)
        if let guess { report.unusable.insert(.row(RowKey(table: table.id, row: guess))) }
        problem(at: at, "\(table.name)没有行“\(rowID)”" + (guess.map { "，是不是“\($0)”（\(table.row($0)?.displayLabel ?? $0)）？" } ?? ""),
                hint: "\(table.name)的行：\(rowIDs.joined(separator: "、"))")
    }

    /// A column id row `row` does not have.
    public mutating func unknownColumn(_ column: String, in table: TableSpec, row: ValueRow, at: SourceLocation) {
        let columns = row.valueColumns
        let guess = Suggestion.closest(to: column, in: columns)
        if let guess { report.unusable.insert(.cell(row.key(in: table.id).cell(guess))) }
        problem(at: at, "\(Self.name(table, row))没有列“\(column)”" + (guess.map { "，是不是“\($0)”（\(table.labels[$0] ?? $0)）？" } ?? ""),
                hint: "这一行的列：\(columns.joined(separator: "、"))")
    }

    // MARK: - Values

    /// How a row is named in messages: 表三「（一）予以公开」.
    public static func name(_ table: TableSpec, _ row: ValueRow) -> String { "\(table.name)「\(row.displayLabel)」" }

    /// How a cell is named in messages: 表三「（一）予以公开」×「自然人」.
    public static func name(_ table: TableSpec, _ row: ValueRow, _ column: String) -> String {
        "\(name(table, row))×「\(table.labels[column] ?? column)」"
    }

    /// One value as written; `quoted` when the input quoted it (a quoted count is refused).
    /// Returns the problem said when the value is refused (an importer keeps it as its reason).
    @discardableResult
    public mutating func value(_ raw: String, quoted: Bool, table: TableSpec, row: ValueRow, column: String, at: SourceLocation) -> Diagnostic? {
        let key = row.key(in: table.id).cell(column)
        do {
            report.values[key] = try ValueParser.parse(raw, quoted: quoted, kind: table.kind(of: column))
            report.locations[.cell(key)] = at
            return nil
        } catch {
            report.unusable.insert(.cell(key))
            guard case .message(let message, let hint) = error else { return nil }
            problem(at: at, words.badValue(Self.name(table, row, column), message), hint: hint)
            return problems.last
        }
    }

    /// A value given as something other than text (a YAML list or mapping).
    public mutating func notAValue(table: TableSpec, row: ValueRow, column: String, at: SourceLocation) {
        report.unusable.insert(.cell(row.key(in: table.id).cell(column)))
        problem(at: at, "\(Self.name(table, row, column))应是一个数")
    }

    // MARK: - The end

    /// The report with its totals filled in, its format (nil when none could be chosen) and
    /// every problem, the format's checks last, in order of place.
    public mutating func finish() -> ReportFileReader.Loaded {
        var checks: [Diagnostic] = []
        if let format { checks = (validator ?? ReportValidator(format: format)).validate(&report) }
        switch cap {
        case .stopLooking(let max):
            if unsaid > 0 {
                problem(at: whole, "另有 \(unsaid) 处未逐一检查和列出：问题超过 \(max) 个", hint: "先改正上面列出的问题，或确认这是报告文件")
            }
            return ReportFileReader.Loaded(report: report, format: format, diagnostics: (problems + checks).sortedByPlace())
        case .perRow(let max):
            return ReportFileReader.Loaded(report: report, format: format, diagnostics: Self.capped(problems, then: checks, max: max, at: whole))
        }
    }

    /// At most `max` (the input's own problems first, then the checks), in the order of
    /// place, then one line counting the rest — an error if any of the rest is, so a row
    /// never passes because its errors went unsaid.
    public static func capped(_ own: [Diagnostic], then checks: [Diagnostic], max: Int, at place: SourceLocation) -> [Diagnostic] {
        let all = own + checks
        guard all.count > max else { return all.sortedByPlace() }
        let rest = all[max...]
        let severity: Diagnostic.Severity = rest.contains { $0.severity == .error } ? .error : .warning
        return Array(all.prefix(max)).sortedByPlace() + [Diagnostic(severity, at: place,
            "这一行另有 \(rest.count) 处问题未逐一列出（每行最多列出 \(max) 处）",
            hint: "先改正上面列出的问题，再运行一次")]
    }
}
