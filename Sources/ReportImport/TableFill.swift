import ReportExport
/// What reading a document's tables against one format gave: the values read, the cells that
/// could not be read (and why), the blanks read as 0, the totals left for the program to
/// compute, and every mapping that took a correction.
public struct TableFill: Sendable {
    /// A row of a format table whose numbers (all, or the columns named) were not read.
    public struct Missing: Sendable, Equatable {
        public var row: RowKey
        public var columns: [String]
        public var reason: String
    }

    /// The builder every value read is handed to, with the document cell it came from: its
    /// parsing and checks are the ones every other input gets.
    var builder: ReportBuilder
    var values: ReportValues { builder.report.values }
    /// Rows read (some with no number in them: every cell unreadable).
    var read: Set<RowKey> = []
    var missing: [Missing] = []
    /// Table id → how many blank or placeholder cells were read as 0.
    var blanks: [String: Int] = [:]
    /// Totals printed blank, left for the program to compute.
    var computed: [CellKey] = []
    /// "「printed」→「official」" and "「22（其中…）」读作 22" notes.
    var corrected: [String] = []
    /// Rows with numbers that fit no row of the format.
    var unplaced: [String] = []
    /// Rows the format has that were found and read.
    var matched = 0

    /// How well the format fits the document: rows read, less rows missing or left over.
    var score: Int { matched - 2 * Set(missing.map(\.row)).count - 2 * unplaced.count }

    func isRead(_ row: RowKey) -> Bool { read.contains(row) }

    init(builder: ReportBuilder) { self.builder = builder }

    /// Row `row` read (its values already handed to the builder).
    mutating func markRead(_ row: RowKey) {
        read.insert(row)
    }

    mutating func note(_ text: String) {
        if !corrected.contains(text) { corrected.append(text) }
    }
}
