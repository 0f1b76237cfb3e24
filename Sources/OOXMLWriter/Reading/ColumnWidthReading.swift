/// Column widths of every table of a document part, in millimetres, read back from the markup
/// each serializer writes: DOCX grids (`w:tblGrid/w:gridCol/@w:w`, twips) and ODT columns
/// (`table:table-column`, width in their automatic style). What a table's columns measure is
/// markup knowledge, so it is read here, beside the writers; callers compare numbers.
public enum ColumnWidthReading {
    /// Millimetres per grid column of every `w:tbl` in the body, in document order.
    public static func word(_ root: XMLNode) -> [[Double]] {
        root.descendants("tbl", namespace: WordNamespace.w).map { tbl in
            tbl.child("tblGrid", namespace: WordNamespace.w)?.children("gridCol", namespace: WordNamespace.w).map { col in
                (col.attribute("w", namespace: WordNamespace.w).flatMap(Double.init) ?? 0) * 25.4 / 1440
            } ?? []
        }
    }

    /// Millimetres per column of every `table:table` of `content.xml`, from its columns'
    /// automatic styles (repeats expanded, at most 1,000 per column element).
    public static func odf(_ root: XMLNode) -> [[Double]] {
        var widths: [String: Double] = [:]
        let styles = root.child("automatic-styles", namespace: ODFNamespace.office)?.children("style", namespace: ODFNamespace.style) ?? []
        for style in styles {
            guard let name = style.attribute("name", namespace: ODFNamespace.style),
                  let value = style.child("table-column-properties", namespace: ODFNamespace.style)?
                      .attribute("column-width", namespace: ODFNamespace.style)
            else { continue }
            widths[name] = millimetres(value)
        }
        return root.descendants("table", namespace: ODFNamespace.table).map { table in
            table.children("table-column", namespace: ODFNamespace.table).flatMap { column -> [Double] in
                let n = CountAttribute.xml(column.attribute("number-columns-repeated", namespace: ODFNamespace.table)) ?? 1
                let width = column.attribute("style-name", namespace: ODFNamespace.table).flatMap { widths[$0] } ?? 0
                return Array(repeating: width, count: min(n, 1_000))
            }
        }
    }

    /// An ODF length ("10.4mm", "1.2cm", "0.5in", "30pt") in millimetres; 0 when unreadable.
    static func millimetres(_ value: String) -> Double {
        let units: [(String, Double)] = [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return (Double(value.dropLast(unit.count)) ?? 0) * factor
        }
        return 0
    }
}
