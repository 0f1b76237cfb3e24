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
    /// The table values, by cell.
    public var values: ReportValues
    /// Where each field, part, table, row and cell stands in the source file.
    public var locations: [ReportPlace: SourceLocation]
    /// The file the report was read from, for messages about it as a whole.
    public var source: String = ""
    /// Values the program computed (totals left out of the file).
    public var computed: Set<CellKey> = []
    /// What the file gives but not usably (a part, a table, a row or a cell); already
    /// reported, so not reported again as missing.
    public var unusable: Set<ReportPlace> = []

    public init(agency: String, year: Int, edition: String? = nil, attachment: String? = nil,
                title: String? = nil, date: String? = nil, narratives: [String: Narrative] = [:],
                values: ReportValues = ReportValues(), locations: [ReportPlace: SourceLocation] = [:]) {
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

    public func value(_ key: CellKey) -> CellValue? { values[key] }

    /// Where a cell stands in the source, or the file as a whole.
    public func location(_ key: CellKey) -> SourceLocation { locations[.cell(key)] ?? SourceLocation(file: source) }

    /// Where the first of `places` that is placed inside the file stands (a line, a cell), or the
    /// file as a whole.
    public func location(nearest places: [ReportPlace]) -> SourceLocation {
        for place in places { if let location = locations[place], location.place != .file { return location } }
        return SourceLocation(file: source)
    }
}
