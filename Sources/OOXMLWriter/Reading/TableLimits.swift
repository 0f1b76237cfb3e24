extension TableReading {
    /// How big a table a reader accepts. The defaults suit our own output (golden files, tests);
    /// imports pass tighter ones. Every count is checked before the work it stands for is done,
    /// so a span or repeat of a billion fails at once instead of looping.
    public struct Limits: Sendable {
        public var rows = 100_000
        public var columns = 16_384
        public var cells = 1_000_000
        /// Grid slots HTML cells may claim in all (a rowspan × colspan is that many slots).
        public var spannedSlots = 10_000_000
        /// Characters (Unicode scalars) in one cell, and in all cells of one table.
        public var cellText = Int.max
        public var tableText = Int.max
        public init() {}
    }

    /// What one table has used of its limits so far.
    struct Tally {
        let limits: Limits
        var cells = 0
        var text = 0

        mutating func addCell(row: Int, copies: Int = 1) throws(ReadLimitError) {
            guard copies <= limits.cells - cells else { throw ReadLimitError(.tableCells, limit: limits.cells, line: row + 1) }
            cells += copies
        }

        func checkRow(_ row: Int) throws(ReadLimitError) {
            guard row < limits.rows else { throw ReadLimitError(.tableRows, limit: limits.rows, line: row + 1) }
        }

        /// `column + span` stays within the columns cap; both are non-negative and capped, so
        /// the sum cannot overflow.
        func checkColumns(_ column: Int, _ span: Int, row: Int) throws(ReadLimitError) {
            guard span <= limits.columns, column <= limits.columns - span else {
                throw ReadLimitError(.tableColumns, limit: limits.columns, line: row + 1)
            }
        }

        /// A cell's text gathered with `gather`, counted against both text caps.
        mutating func text(row: Int, copies: Int = 1, _ gather: (inout TextGatherer) throws(ReadLimitError) -> Void) throws(ReadLimitError) -> String {
            var gatherer = TextGatherer(limit: limits.cellText, kind: .cellText, line: row + 1)
            try gather(&gatherer)
            let used = gatherer.count
            guard used == 0 || copies <= (limits.tableText - text) / used else {
                throw ReadLimitError(.tableText, limit: limits.tableText, line: row + 1)
            }
            text += used * copies
            return gatherer.text
        }
    }
}
