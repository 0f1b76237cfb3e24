/// One change a variant format makes to its base edition: rows inserted into a table, or a
/// row relabelled. Rowspans that run across an insertion point grow to cover the new rows.
public struct FormatChange: Codable, Sendable, Equatable {
    public struct Relabel: Codable, Sendable, Equatable {
        public var row: String
        public var text: String
    }

    public var table: String
    public var insertAfter: String?
    public var insertBefore: String?
    public var rows: [TableSpec.RowSpec]?
    public var relabel: Relabel?
    /// Labels of any new column ids the inserted rows use.
    public var labels: [String: String]?

    enum CodingKeys: String, CodingKey {
        case table, rows, relabel, labels
        case insertAfter = "insert_after"
        case insertBefore = "insert_before"
    }

    /// Applies this change to `spec`, or says why it cannot.
    func apply(to spec: inout FormatSpec) throws(TemplateError) {
        guard let t = spec.tables.firstIndex(where: { $0.id == table }) else {
            throw TemplateError(path: "", key: "table", message: "变体格式修改的表格“\(table)”在基础格式中不存在")
        }
        var target = spec.tables[t]
        if let labels { target.labels.merge(labels) { $1 } }
        if let relabel {
            guard let r = target.rows.firstIndex(where: { $0.id == relabel.row }),
                  let c = target.rows[r].cells?.lastIndex(where: { $0.text != nil }) else {
                throw TemplateError(path: "", key: "relabel.row", message: "变体格式要改名的行“\(relabel.row)”在\(target.name)中不存在")
            }
            target.rows[r].cells![c].text = relabel.text
        }
        if let rows, !rows.isEmpty {
            let anchor = insertAfter ?? insertBefore
            guard let anchor, let r = target.rows.firstIndex(where: { $0.id == anchor }) else {
                throw TemplateError(path: "", key: insertAfter != nil ? "insert_after" : "insert_before", message: "变体格式插入行的位置“\(insertAfter ?? insertBefore ?? "（未指定）")”在\(target.name)中不存在")
            }
            let at = insertAfter != nil ? r + 1 : r
            // Rowspans that cover the insertion point grow by the rows inserted.
            for above in 0..<at {
                guard var cells = target.rows[above].cells else { continue }
                for i in cells.indices {
                    let span = cells[i].rowspan ?? 1
                    if span > 1, above < at, at <= above + span - 1 { cells[i].rowspan = span + rows.count }
                }
                target.rows[above].cells = cells
            }
            target.rows.insert(contentsOf: rows, at: at)
        }
        spec.tables[t] = target
    }
}
