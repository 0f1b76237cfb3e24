import ReportExport

/// The value columns of `汇总.xlsx`, derived from the format files alone: one per value cell,
/// named as every message names it (表三「（一）予以公开」×「自然人」). Agencies of different
/// editions share a column when the report's words for the cell are the same, so a column
/// never holds two different things under one name.
struct SummaryColumns {
    /// The column names in order: the first format's cells, then each later format's new ones.
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    /// Per edition, the column of each of its cells (in `keys` order).
    private var placed: [String: [Int]] = [:]

    /// Every value cell of a format, table by table, row by row, column by column.
    static func keys(_ format: FormatSpec) -> [CellKey] {
        format.tables.flatMap { table in
            table.valueRows.flatMap { row in row.valueColumns.map { row.key(in: table.id).cell($0) } }
        }
    }

    static func name(_ format: FormatSpec, _ key: CellKey) -> String {
        guard let table = format.table(key.table), let row = table.valueRows.first(where: { $0.id == key.row }) else { return key.column }
        return ReportBuilder.name(table, row, key.column)
    }

    /// The columns of each of `format`'s cells, adding those not seen yet.
    mutating func columns(_ format: FormatSpec) -> [Int] {
        if let known = placed[format.edition] { return known }
        var own = Set<String>()
        let columns = Self.keys(format).map { key -> Int in
            var name = Self.name(format, key)
            // Two cells of one format the same words would name: told apart by the cell's id.
            if own.contains(name) { name += "〔\(key.path)〕" }
            own.insert(name)
            if let i = index[name] { return i }
            names.append(name)
            index[name] = names.count - 1
            return names.count - 1
        }
        placed[format.edition] = columns
        return columns
    }
}
