/// A cell of a sheet by 0-based row and column, named as a spreadsheet names it (`F23`).
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `F23` → (22, 5); nil for anything that is not a plain A1 reference within the sheet's
    /// bounds (Excel's 1,048,576 rows and 16,384 columns).
    public init?(_ name: String) {
        var letters = 0, digits = 0, column = 0, row = 0
        for byte in name.utf8 {
            switch byte {
            case 0x41...0x5A where digits == 0:
                letters += 1
                column = column * 26 + Int(byte - 0x40)
            case 0x30...0x39 where letters > 0:
                digits += 1
                row = row * 10 + Int(byte - 0x30)
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// `A`, `Z`, `AA` for columns 0, 25, 26.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1, out: [Character] = []
        while n > 0 {
            let rest = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + rest))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    public var description: String { Self.columnName(column) + String(row + 1) }

    /// `$F$23`, for formulas that must not move (defined names, validation lists).
    public var absolute: String { "$" + Self.columnName(column) + "$" + String(row + 1) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangle of cells, corners included: a merged cell, a validation's range.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    public init(_ first: CellAddress, _ last: CellAddress) {
        self.first = first
        self.last = last
    }

    public init(_ cell: CellAddress) { self.init(cell, cell) }

    public var description: String { first == last ? first.description : "\(first):\(last)" }

    public func contains(_ cell: CellAddress) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }
}
