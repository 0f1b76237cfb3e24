/// One agency's annual report: who, which year, the narrative parts and the table values.
/// Knows nothing of how it is printed.
public struct Report: Sendable, Hashable {
    /// The agency (填报单位), as it signs the report.
    public var agency: String
    public var year: Int
    /// The format edition; nil means "follow from the year".
    public var edition: String?
    /// The attachment label printed top-left of the first page (附件2), if any.
    public var attachment: String?
    /// The title; nil means "<agency><year>年政府信息公开工作年度报告".
    public var title: String?
    /// The date under the signature, as written (2021年1月20日), if any.
    public var date: String?
    /// Narrative part key → text.
    public var narratives: [String: Narrative]
    /// Table id → row id → column id → value.
    public var values: [String: [String: [String: CellValue]]]
    /// Where each key path (`applications.results_total.total`) stands in the source file.
    public var locations: [String: SourceLocation]
    /// The file the report was read from, for messages about it as a whole.
    public var source: String = ""
    /// Key paths of values the program computed (totals left out of the file).
    public var computed: Set<String> = []
    /// Key paths (`table.row` or `table.row.column`) the file gives but not usably; already
    /// reported, so not reported again as missing.
    public var unusable: Set<String> = []

    public init(agency: String, year: Int, edition: String? = nil, attachment: String? = nil,
                title: String? = nil, date: String? = nil, narratives: [String: Narrative] = [:],
                values: [String: [String: [String: CellValue]]] = [:], locations: [String: SourceLocation] = [:]) {
        self.agency = agency
        self.year = year
        self.edition = edition
        self.attachment = attachment
        self.title = title
        self.date = date
        self.narratives = narratives
        self.values = values
        self.locations = locations
    }

    public var displayTitle: String { title ?? "\(agency)\(year)年政府信息公开工作年度报告" }

    public func value(table: String, row: String, column: String) -> CellValue? {
        values[table]?[row]?[column]
    }

    public func value(_ key: CellKey) -> CellValue? { values[key.table]?[key.row]?[key.column] }

    /// Where a cell stands in the source, or the file as a whole.
    public func location(_ key: CellKey) -> SourceLocation { locations[key.path] ?? SourceLocation(file: source) }
}
