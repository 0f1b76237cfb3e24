/// `word/settings.xml`.
enum SettingsPart {
    static func xml(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        var xml = XMLWriter(capacity: 1024)
        xml.declaration()
        var children = [
            XMLElement("w:zoom", [("w:percent", "100")]),
            XMLElement("w:defaultTabStop", [("w:val", "420")]),
            // Ideographs are never compressed: the layout's letter spacing decides line length.
            XMLElement("w:characterSpacingControl", [("w:val", "doNotCompress")]),
            XMLElement("w:compat", [], children: [
                XMLElement("w:compatSetting", [
                    ("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"),
                    ("w:val", "15"),
                ]),
            ]),
            XMLElement("w:themeFontLang", [("w:val", "en-US"), ("w:eastAsia", document.properties.language)]),
            XMLElement("w:decimalSymbol", [("w:val", ".")]),
            XMLElement("w:listSeparator", [("w:val", ",")]),
        ]
        if document.section.evenFooter != nil { children.append(XMLElement("w:evenAndOddHeaders")) }
        xml.write("w:settings", attributes: [("xmlns:w", WordNamespace.w)], ordered: children,
                  by: WordSchemaOrder.settings)
        return try xml.finish()
    }
}
