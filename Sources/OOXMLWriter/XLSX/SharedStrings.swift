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

    /// `xl/sharedStrings.xml`; leading or trailing spaces and line breaks are kept as typed.
    func xml(references: Int) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 8192)
        xml.declaration()
        xml.start("sst", attributes: [("xmlns", SpreadsheetNamespace.main), ("count", String(references)),
                                      ("uniqueCount", String(strings.count))])
        for text in strings {
            xml.start("si")
            let keep = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml.element("t", keep ? ["xml:space": "preserve"] : [:], text: text)
            xml.end()
        }
        return try xml.finish()
    }
}
