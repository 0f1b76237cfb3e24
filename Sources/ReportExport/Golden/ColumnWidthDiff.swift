import OOXMLWriter

/// Column widths of each table, said in the report's terms (表三 第 2 列宽: 10.4 mm → 12.0 mm)
/// instead of an XML line diff: DOCX grids in twips, ODT columns through their automatic styles.
extension SemanticDiff {
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

    /// Millimetres per grid column of every `w:tbl` in the body, in order.
    static func wordColumnWidths(_ root: XMLNode) -> [[Double]] {
        root.descendants("tbl", namespace: w).map { tbl in
            tbl.child("tblGrid", namespace: w)?.children("gridCol", namespace: w).map { col in
                (col.attribute("w", namespace: w).flatMap(Double.init) ?? 0) * 25.4 / 1440
            } ?? []
        }
    }

    /// Millimetres per column of every `table:table`, from its columns' automatic styles.
    static func odfColumnWidths(_ root: XMLNode) -> [[Double]] {
        var widths: [String: Double] = [:]
        for style in root.child("automatic-styles", namespace: office)?.children("style", namespace: Self.style) ?? [] {
            guard let name = style.attribute("name", namespace: Self.style),
                  let value = style.child("table-column-properties", namespace: Self.style)?.attribute("column-width", namespace: Self.style)
            else { continue }
            widths[name] = millimetres(value)
        }
        return root.descendants("table", namespace: table).map { t in
            t.children("table-column", namespace: table).flatMap { col -> [Double] in
                let n = CountAttribute.xml(col.attribute("number-columns-repeated", namespace: table)) ?? 1
                let width = col.attribute("style-name", namespace: table).flatMap { widths[$0] } ?? 0
                return Array(repeating: width, count: min(n, 1_000))
            }
        }
    }

    /// "10.4mm", "1.2cm", "0.5in", "30pt" in millimetres (0 when unreadable).
    static func millimetres(_ value: String) -> Double {
        let units: [(String, Double)] = [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return (Double(value.dropLast(unit.count)) ?? 0) * factor
        }
        return 0
    }

    /// One difference per column whose width changed by 0.05 mm or more; nil when the tables
    /// or their column counts differ (then the grid difference says it).
    func columnWidths(_ old: [[Double]], _ new: [[Double]], part: String) -> [GoldenDifference]? {
        guard old.count == new.count else { return nil }
        var out: [GoldenDifference] = []
        for (k, (a, b)) in zip(old, new).enumerated() {
            guard a.count == b.count else {
                out.append(GoldenDifference(file: file, kind: .cell, part: part, message: "\(terms.name(k)) 列数: \(a.count) → \(b.count)"))
                continue
            }
            for (i, (x, y)) in zip(a, b).enumerated() where abs(x - y) >= 0.05 {
                out.append(GoldenDifference(file: file, kind: .cell, part: part,
                    message: "\(terms.name(k)) 第 \(i + 1) 列宽: \(Length.trim(x, decimals: 1)) mm → \(Length.trim(y, decimals: 1)) mm"))
            }
        }
        return out
    }
}
