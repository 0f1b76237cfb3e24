/// A neutral workbook: sheets of cells with values, formulas and formats, merged ranges,
/// widths, frozen panes, validations, conditional formats, protection and print setup. It
/// knows no report; `XLSXSerializer` writes it as SpreadsheetML.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Worksheet]
    public var definedNames: [DefinedName]
    public var properties: DocumentProperties

    public init(sheets: [Worksheet], definedNames: [DefinedName] = [], properties: DocumentProperties) {
        self.sheets = sheets
        self.definedNames = definedNames
        self.properties = properties
    }
}

/// A workbook-wide name for a formula or a range (`_xlnm.Print_Area` for a sheet's print area).
public struct DefinedName: Sendable, Equatable {
    public var name: String
    /// The formula it stands for, as written after `=` (`表格!$A$1:$V$40`, `"2021"`).
    public var formula: String
    /// The 0-based sheet it belongs to, for names local to a sheet.
    public var sheet: Int?
    public var hidden: Bool

    public init(name: String, formula: String, sheet: Int? = nil, hidden: Bool = false) {
        self.name = name
        self.formula = formula
        self.sheet = sheet
        self.hidden = hidden
    }
}

public struct Worksheet: Sendable, Equatable {
    public enum Visibility: String, Sendable { case visible, hidden, veryHidden }

    public var name: String
    public var visibility: Visibility
    /// Column widths in points, from the first column; columns past the list keep the default.
    public var columnWidths: [Length]
    /// Row heights by 0-based row; rows not listed keep the default.
    public var rowHeights: [Int: Length]
    public var cells: [CellAddress: SheetCell]
    public var merges: [CellRange]
    /// Rows and columns that stay in view while scrolling (0: none).
    public var frozenRows: Int
    public var frozenColumns: Int
    public var validations: [DataValidation]
    public var conditionalFormats: [ConditionalFormat]
    /// Locked cells cannot be changed (no password: protection guards against slips, not people).
    public var isProtected: Bool
    public var page: PageSetup?
    public var showGridLines: Bool
    /// The range whose first row gets filter buttons (a table a reader sorts and narrows).
    public var autoFilter: CellRange?

    public init(name: String, visibility: Visibility = .visible, columnWidths: [Length] = [], rowHeights: [Int: Length] = [:],
                cells: [CellAddress: SheetCell] = [:], merges: [CellRange] = [], frozenRows: Int = 0, frozenColumns: Int = 0,
                validations: [DataValidation] = [], conditionalFormats: [ConditionalFormat] = [], isProtected: Bool = false,
                page: PageSetup? = nil, showGridLines: Bool = true, autoFilter: CellRange? = nil) {
        self.name = name
        self.visibility = visibility
        self.columnWidths = columnWidths
        self.rowHeights = rowHeights
        self.cells = cells
        self.merges = merges
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.validations = validations
        self.conditionalFormats = conditionalFormats
        self.isProtected = isProtected
        self.page = page
        self.showGridLines = showGridLines
        self.autoFilter = autoFilter
    }

    public subscript(_ address: CellAddress) -> SheetCell? {
        get { cells[address] }
        set { cells[address] = newValue }
    }
}

/// One cell: what it holds and how it looks.
public struct SheetCell: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case empty
        case text(String)
        /// A number as its decimal text (`12`, `3775.461335`), never through floating point.
        case number(String)
        /// A formula without `=`; the spreadsheet computes it on load.
        case formula(String)
    }

    public var content: Content
    public var format: CellFormat

    public init(_ content: Content, format: CellFormat = CellFormat()) {
        self.content = content
        self.format = format
    }
}

/// How a cell looks and whether protection locks it; equal formats share one style record.
public struct CellFormat: Sendable, Hashable {
    public enum Horizontal: String, Sendable { case general, left, center, right }
    public enum Vertical: String, Sendable { case top, center, bottom }

    public var fontName: String
    public var fontSize: Length
    public var bold: Bool
    public var horizontal: Horizontal
    public var vertical: Vertical
    public var wrap: Bool
    /// A thin border on all four sides.
    public var bordered: Bool
    public var locked: Bool
    /// A built-in number format id (0 general, 49 text).
    public var numberFormat: Int
    /// RGB of a solid fill (`F2F2F2`), if any.
    public var fill: String?

    public init(fontName: String = "宋体", fontSize: Length = .pt(11), bold: Bool = false, horizontal: Horizontal = .general,
                vertical: Vertical = .center, wrap: Bool = false, bordered: Bool = false, locked: Bool = true,
                numberFormat: Int = 0, fill: String? = nil) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.bordered = bordered
        self.locked = locked
        self.numberFormat = numberFormat
        self.fill = fill
    }
}

/// What a clerk may type into a range; anything else is refused with `error`.
public struct DataValidation: Sendable, Equatable {
    /// `list`: one of the values `formula1` names (`"错误,警告"`, quotes included).
    public enum Kind: String, Sendable { case whole, decimal, textLength, custom, list }
    public enum Operator: String, Sendable { case between, greaterThanOrEqual, lessThanOrEqual }

    public var ranges: [CellRange]
    public var kind: Kind
    public var op: Operator
    public var formula1: String
    public var formula2: String?
    public var errorTitle: String
    public var error: String
    public var prompt: String?

    public init(ranges: [CellRange], kind: Kind, op: Operator, formula1: String, formula2: String? = nil,
                errorTitle: String, error: String, prompt: String? = nil) {
        self.ranges = ranges
        self.kind = kind
        self.op = op
        self.formula1 = formula1
        self.formula2 = formula2
        self.errorTitle = errorTitle
        self.error = error
        self.prompt = prompt
    }
}

/// A formula rule over a range: where `formula` (written for the range's first cell) is true,
/// the cell is drawn in `color` (RGB) on `fill` (RGB).
public struct ConditionalFormat: Sendable, Equatable {
    public var range: CellRange
    public var formula: String
    public var color: String
    public var fill: String

    public init(range: CellRange, formula: String, color: String, fill: String) {
        self.range = range
        self.formula = formula
        self.color = color
        self.fill = fill
    }
}

/// Paper, orientation, margins and scaling of a printed sheet.
public struct PageSetup: Sendable, Equatable {
    public enum Orientation: String, Sendable { case portrait, landscape }

    /// SpreadsheetML's paper code: 9 is A4.
    public var paperSize: Int
    public var orientation: Orientation
    /// Pages across (0: as many as needed); `fitToHeight` likewise down.
    public var fitToWidth: Int
    public var fitToHeight: Int
    public var marginLeft: Length
    public var marginRight: Length
    public var marginTop: Length
    public var marginBottom: Length
    public var centeredHorizontally: Bool

    public init(paperSize: Int = 9, orientation: Orientation = .portrait, fitToWidth: Int = 1, fitToHeight: Int = 0,
                marginLeft: Length, marginRight: Length, marginTop: Length, marginBottom: Length, centeredHorizontally: Bool = true) {
        self.paperSize = paperSize
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.fitToHeight = fitToHeight
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.centeredHorizontally = centeredHorizontally
    }
}
