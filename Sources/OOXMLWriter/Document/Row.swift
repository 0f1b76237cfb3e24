/// A table row: its anchor cells, left to right, each placed in the first free slot
/// (slots held by a rowspan from above are skipped, as in HTML).
public struct Row: Sendable, Hashable {
    public var cells: [Cell]
    /// Repeated at the top of every page the table continues onto.
    public var isHeader: Bool
    /// Never split across a page break.
    public var cantSplit: Bool
    public var minHeight: Length?
    /// Kept on the same page as the next row (rows joined by a vertical merge).
    public var keepWithNext: Bool

    /// What a row's formatting depends on (not its cells).
    struct Layout: Hashable {
        let cantSplit: Bool
        let minHeight: Length?
    }

    var layout: Layout { Layout(cantSplit: cantSplit, minHeight: minHeight) }

    public init(_ cells: [Cell], isHeader: Bool = false, cantSplit: Bool = true, minHeight: Length? = nil,
                keepWithNext: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
        self.cantSplit = cantSplit
        self.minHeight = minHeight
        self.keepWithNext = keepWithNext
    }
}
