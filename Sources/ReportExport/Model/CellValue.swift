/// One number of a table, as the report states it. Counts are whole numbers; an amount keeps
/// the digits exactly as written (never through floating point).
public enum CellValue: Sendable, Hashable {
    case count(Int)
    case amount(String)

    /// The text printed in the cell.
    public var printed: String {
        switch self {
        case .count(let n): return String(n)
        case .amount(let s): return s
        }
    }

    public var intValue: Int? {
        if case .count(let n) = self { return n }
        return nil
    }
}
