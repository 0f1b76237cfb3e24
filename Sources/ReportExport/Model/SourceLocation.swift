/// Where something stands in an input, for diagnostics: a file and, inside it, a place said the
/// way that kind of input is navigated — a line and column of a text, a row and column of a CSV
/// sheet, a cell of a table of an imported document, a cell of a workbook. Numbers are 1-based.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public enum Place: Sendable, Hashable {
        /// The file as a whole.
        case file
        /// A line (and column) of a text file: YAML, JSON, a narrative file.
        case text(line: Int, column: Int?)
        /// A record's physical line (and field) of a CSV sheet; printed as a text line is, so
        /// editors jump to it.
        case sheet(line: Int, column: Int?)
        /// A cell of the k-th table of an imported document (DOCX, ODT, HTML, text).
        case documentTable(table: Int, row: Int, column: Int?)
        /// A cell of a workbook, as Excel names it: `表格!F23`.
        case workbookCell(sheet: String, cell: String)
    }

    public var file: String
    public var place: Place

    public init(file: String, place: Place) {
        self.file = file
        self.place = place
    }

    /// A text position (or the whole file, without a line).
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.init(file: file, place: line.map { .text(line: $0, column: column) } ?? .file)
    }

    /// A CSV sheet's record line and field.
    public static func sheet(_ file: String, line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, place: .sheet(line: line, column: column))
    }

    /// The line, for kinds that have one (ordering, "is it placed at all").
    public var line: Int? {
        switch place {
        case .text(let line, _), .sheet(let line, _): return line
        case .documentTable(_, let row, _): return row
        case .file, .workbookCell: return nil
        }
    }

    public var column: Int? {
        switch place {
        case .text(_, let column), .sheet(_, let column): return column
        case .documentTable(_, _, let column): return column
        case .file, .workbookCell: return nil
        }
    }

    public var description: String {
        switch place {
        case .file: return file
        case .text(let line, let column), .sheet(let line, let column):
            return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        case .documentTable(let table, let row, let column):
            return "\(file)（第 \(table) 个表格第 \(row) 行" + (column.map { "第 \($0) 列" } ?? "") + "）"
        case .workbookCell(let sheet, let cell):
            return "\(file) \(sheet)!\(cell)"
        }
    }
}
