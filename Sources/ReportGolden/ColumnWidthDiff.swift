import OOXMLWriter
import ReportExport

/// Column widths of each table, said in the report's terms (表三 第 2 列宽: 10.4 mm → 12.0 mm)
/// instead of an XML line diff; the widths are read by OOXMLWriter's `ColumnWidthReading`.
extension SemanticDiff {
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
