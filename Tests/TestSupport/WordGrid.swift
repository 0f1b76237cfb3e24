import OOXMLWriter

/// The tables a test reads back: the library's `ReadTable` (merged cells resolved on the grid),
/// read from the file's XML — independent of the writer that produced it.
public typealias WordGrid = ReadTable

extension ReadTable: CustomStringConvertible {
    public var description: String { cells.map(\.description).joined(separator: "\n") }

    /// Every top-level table of a `word/document.xml`, from `w:gridSpan` and `w:vMerge`.
    public static func tables(inDocumentXML bytes: [UInt8]) throws -> [ReadTable] {
        try TableReading.word(try SafeXMLParser.parse(bytes))
    }
}

extension ReadTable.Cell: CustomStringConvertible {
    public var description: String { "(\(row),\(column)) \(rowSpan)×\(colSpan) “\(text)”" }
}
