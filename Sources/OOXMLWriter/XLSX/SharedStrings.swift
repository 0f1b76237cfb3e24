/// The workbook's shared string table: each distinct text once, numbered in order of first use.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var index: [String: Int] = [:]

    mutating func number(_ text: String) -> Int {
        if let known = index[text] { return known }
        index[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`. No `xml:space`: sml.xsd does not allow it on `t`, and a parser
    /// keeps character data as written anyway.
    func xml(references: Int) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 8192)
        xml.declaration()
        xml.start("sst", attributes: [("xmlns", SpreadsheetNamespace.main), ("count", String(references)),
                                      ("uniqueCount", String(strings.count))])
        for text in strings {
            xml.start("si")
            xml.element("t", text: text)
            xml.end()
        }
        return try xml.finish()
    }
}
