/// One edition of the report format, decoded from `templates/formats/<edition>.yaml`.
public struct FormatSpec: Codable, Sendable, Equatable {
    public struct Years: Codable, Sendable, Equatable {
        public var from: Int
        public var to: Int
    }

    /// A numbered part of the report: a narrative or a table.
    public struct Part: Codable, Sendable, Equatable {
        public var marker: String
        public var title: String
        /// The report-file key of a narrative part.
        public var narrative: String?
        /// The id of a table part.
        public var table: String?

        /// The heading as printed: 一、总体情况.
        public var heading: String { marker + title }
    }

    public var edition: String
    public var name: String
    /// The report years this edition is for; nil for a variant, chosen only by name.
    public var years: Years?
    public var parts: [Part]
    public var tables: [TableSpec]
    public var rules: [RuleSpec]
    /// Rules against last year's report of the same agency (`cross_year:`).
    public var crossYear: [CrossYearRule]
    /// What an office checks beyond the 勾稽关系 (`review:`; engine in ReportReview).
    public var review: [ReviewRule]

    public init(edition: String, name: String, years: Years?, parts: [Part], tables: [TableSpec], rules: [RuleSpec],
                crossYear: [CrossYearRule] = [], review: [ReviewRule] = []) {
        self.edition = edition
        self.name = name
        self.years = years
        self.parts = parts
        self.tables = tables
        self.rules = rules
        self.crossYear = crossYear
        self.review = review
    }

    public func table(_ id: String) -> TableSpec? { tables.first { $0.id == id } }
}

/// A format file as written: an official edition (everything given), or a variant that names
/// its `base` edition and lists `changes` (and any extra `rules` and `cross_year` rules).
struct FormatFile: Codable {
    var edition: String
    var name: String
    var base: String?
    var years: FormatSpec.Years?
    var parts: [FormatSpec.Part]?
    var tables: [TableSpec]?
    var rules: [RuleSpec]?
    var changes: [FormatChange]?
    var crossYear: [CrossYearRule]?
    var review: [ReviewRule]?

    enum CodingKeys: String, CodingKey {
        case edition, name, base, years, parts, tables, rules, changes, review
        case crossYear = "cross_year"
    }
}
