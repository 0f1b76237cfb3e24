import OOXMLWriter
import ReportExport

/// Every cap `gkexport import` puts on a file from outside, in one place (docs/LIMITS.md). Each
/// is far above any real report — the official tables have at most 30 rows and 15 value
/// columns, and a whole report is some 20,000 characters — and low enough that the worst file
/// within all of them is read in well under a second and 200 MB. At a cap the import stops
/// with a message naming the file and the cap; only white-space runs are clamped instead.
public struct ImportLimits: Sendable {
    /// The file itself (README: 20 MB), checked on the bytes really read.
    public var fileBytes = 20 << 20
    /// `word/document.xml` or `content.xml` once inflated (ours: 70 KB).
    public var partBytes = 8 << 20
    public var zipEntries = ForeignPackage.maxEntries
    public var zipRatio = ForeignPackage.maxRatio
    /// Elements in the main part or page (ours: 3,300; a verbose Word file some 15,000) and
    /// their nesting. Each becomes an `XMLNode`: this bounds parse time and memory.
    public var xmlElements = 50_000
    public var xmlDepth = 256
    public var tables = 100
    public var tableRows = 2_000
    public var tableColumns = 200
    /// Cells with content (not covered or merged-on slots; 表三 has some 230). Recognition
    /// matches every cell against every label of every edition, so this, more than rows,
    /// bounds its time.
    public var tableCells = 1_000
    /// Grid slots an HTML table's spans claim in all: rows × columns, each slot once.
    public var spannedSlots = 400_000
    /// Characters (Unicode scalars) in one cell, one table, one paragraph, the whole document.
    public var cellText = 10_000
    public var tableText = 100_000
    public var paragraphText = 100_000
    public var documentText = 1_000_000
    /// Paragraphs (a report has some 200; a long web page 1,000).
    public var paragraphs = 10_000
    /// Spaces one ODF `<text:s text:c="…"/>` stands for: more is clamped, not refused — it is
    /// only white space, and an odd count must not cost a report its import.
    public var spaceRun = 1_000

    public init() {}

    var zip: ZipReader.Limits {
        var limits = ZipReader.Limits()
        limits.maxEntries = zipEntries
        // Entries other than the main part (images) are never inflated; only the file cap binds them.
        limits.maxEntrySize = 1 << 30
        limits.maxTotalSize = 1 << 31
        limits.maxRatio = zipRatio
        return limits
    }

    var xml: SafeXMLParser.Limits { SafeXMLParser.Limits(maxElements: xmlElements, maxDepth: xmlDepth) }

    var body: BodyLimits {
        var limits = BodyLimits()
        limits.tables = tables
        limits.paragraphs = paragraphs
        limits.paragraphText = paragraphText
        limits.table = table
        return limits
    }

    var table: TableReading.Limits {
        var limits = TableReading.Limits()
        limits.rows = tableRows
        limits.columns = tableColumns
        limits.cells = tableCells
        limits.spannedSlots = spannedSlots
        limits.cellText = cellText
        limits.tableText = tableText
        return limits
    }
}
