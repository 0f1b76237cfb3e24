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
    public var years: Years
    public var parts: [Part]
    public var tables: [TableSpec]

    public func table(_ id: String) -> TableSpec? { tables.first { $0.id == id } }
}
