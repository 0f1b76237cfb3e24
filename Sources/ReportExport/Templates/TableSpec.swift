/// A table of the format as data: grid column widths, rows of anchor cells with spans, and
/// which cells hold which value.
public struct TableSpec: Codable, Sendable, Equatable {
    public enum ValueKind: String, TemplateEnum {
        /// A whole number ≥ 0.
        case count
        /// A whole number that may be negative (本年增/减).
        case signed
        /// A decimal amount kept exactly as written (采购总金额).
        case amount
    }

    public enum CellStyle: String, TemplateEnum {
        case head, section, group, label
    }

    public enum Align: String, TemplateEnum {
        case left, center
    }

    public struct CellSpec: Codable, Sendable, Equatable {
        public var text: String?
        /// The column id of the value printed here.
        public var value: String?
        public var colspan: Int?
        public var rowspan: Int?
        public var style: CellStyle?
        public var align: Align?
    }

    public struct RowSpec: Codable, Sendable, Equatable {
        /// Stable row id, for rows that hold values.
        public var id: String?
        /// The row's name in diagnostics; defaults to its last text cell.
        public var label: String?
        public var cells: [CellSpec]? { didSet { expand() } }
        /// Column ids of value cells appended after `cells`.
        public var values: [String]? { didSet { expand() } }

        /// The anchor cells in order, `values` expanded (kept, not recomputed: every report
        /// of a batch asks for them many times).
        public private(set) var allCells: [CellSpec] = []
        /// The column ids this row holds, in order.
        public private(set) var valueColumns: [String] = []

        enum CodingKeys: String, CodingKey {
            case id, label, cells, values
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeIfPresent(String.self, forKey: .id)
            label = try c.decodeIfPresent(String.self, forKey: .label)
            cells = try c.decodeIfPresent([CellSpec].self, forKey: .cells)
            values = try c.decodeIfPresent([String].self, forKey: .values)
            expand()
        }

        private mutating func expand() {
            allCells = (cells ?? []) + (values ?? []).map { CellSpec(value: $0) }
            valueColumns = allCells.compactMap(\.value)
        }

        public var displayLabel: String {
            label ?? (cells ?? []).last(where: { $0.text != nil })?.text ?? id ?? ""
        }
    }

    public var id: String
    /// How a person names it: 表二.
    public var name: String
    /// Grid column widths in millimetres.
    public var widths: [Double]
    /// How many leading rows repeat on every page the table continues onto.
    public var headerRows: Int?
    /// Column id → Chinese label.
    public var labels: [String: String]
    /// Column id → kind; a column not listed holds counts.
    public var kinds: [String: ValueKind]?
    public var rows: [RowSpec]

    enum CodingKeys: String, CodingKey {
        case id, name, widths, labels, kinds, rows
        case headerRows = "header_rows"
    }

    public func kind(of column: String) -> ValueKind { kinds?[column] ?? .count }

    /// The value row `id`, if the table has it.
    public func row(_ id: String) -> ValueRow? {
        rows.first { $0.id == id }.flatMap(ValueRow.init)
    }

    /// Rows that hold values, in order.
    public var valueRows: [ValueRow] { rows.compactMap(ValueRow.init) }
}

/// A row of a format table that holds values: its id is always there.
public struct ValueRow: Sendable, Equatable {
    public let id: String
    public let spec: TableSpec.RowSpec

    /// Nil for a row without an id (a header or label row).
    public init?(_ spec: TableSpec.RowSpec) {
        guard let id = spec.id else { return nil }
        self.id = id
        self.spec = spec
    }

    public var valueColumns: [String] { spec.valueColumns }
    public var displayLabel: String { spec.displayLabel }
    public var cells: [TableSpec.CellSpec]? { spec.cells }

    /// This row's key in table `table`.
    public func key(in table: String) -> RowKey { RowKey(table: table, row: id) }
}
