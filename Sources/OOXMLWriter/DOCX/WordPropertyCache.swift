/// Property blocks (`w:pPr`, `w:rPr`, `w:tcPr`) already written once in this part: a report
/// repeats a handful of them hundreds of times, so each is built, sorted and escaped once.
final class WordPropertyCache {
    struct ParagraphKey: Hashable {
        let style: String?
        let properties: ParagraphProperties
    }

    struct CellKey: Hashable {
        let width: Int
        let colSpan: Int
        let vMerge: VerticalMerge?
        let alignment: Cell.VerticalAlignment
    }

    struct RowKey: Hashable {
        let layout: Row.Layout
        let isHeader: Bool
    }

    var paragraphs: [ParagraphKey: [UInt8]] = [:]
    /// Each row shape's `w:trPr` (empty when the row has none).
    var rows: [RowKey: [UInt8]] = [:]
    /// The last style-only paragraph's style and `w:pPr`.
    var lastStyle: String?
    var lastStyleBytes: [UInt8] = []

    func remember(_ p: Paragraph, _ bytes: [UInt8]) {
        guard p.properties.isEmpty, let style = p.style else { return }
        lastStyle = style
        lastStyleBytes = bytes
    }
    /// The last few paragraph keys looked up and their `w:pPr`: a table row alternates
    /// between a label's and a number's paragraph, and comparing costs less than hashing.
    private var recent: [(key: ParagraphKey, bytes: [UInt8])] = []
    private var recentNext = 0
    static let recentCount = 4

    func recentParagraph(_ key: ParagraphKey) -> [UInt8]? {
        for entry in recent where entry.key == key { return entry.bytes }
        return nil
    }

    func rememberRecent(_ key: ParagraphKey, _ bytes: [UInt8]) {
        if recent.count < Self.recentCount {
            recent.append((key, bytes))
        } else {
            recent[recentNext] = (key, bytes)
            recentNext = (recentNext + 1) % Self.recentCount
        }
    }
    var runs: [RunProperties: [UInt8]] = [:]
    /// The last formatted run's properties and `w:rPr`.
    var lastRun: RunProperties?
    var lastRunBytes: [UInt8] = []
    var cells: [CellKey: [UInt8]] = [:]
    /// The last cell's key and `w:tcPr` (neighbouring cells usually match).
    var lastCell: CellKey?
    var lastCellBytes: [UInt8] = []
    /// The last table's column widths and their twips (every cell of it asks).
    var columnTwips: (widths: [Length], twips: [Int])?

    /// The bytes of `name` with `children` in schema order, or nil when a value cannot be
    /// written (the caller then writes it directly, so its writer reports the error).
    static func bytes(_ name: String, _ children: [XMLElement], _ order: SchemaOrder) -> [UInt8]? {
        var xml = XMLWriter(capacity: 256)
        xml.write(name, ordered: children, by: order)
        return try? xml.finish()
    }
}
