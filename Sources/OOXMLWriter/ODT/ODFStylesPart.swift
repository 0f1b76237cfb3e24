/// `styles.xml`: fonts, the default and named paragraph styles, the page layout with its line
/// grid, and the master page whose footers carry `— N —` (right on odd pages, left on even).
enum ODFStylesPart {
    static let masterPage = "Standard"
    static let pageLayout = "PageLayout1"
    /// The paragraph style LibreOffice gives covered cells.
    static let coveredCellStyle = "Standard"

    static func xml(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        let section = document.section
        var footers = ODFBlockWriter(document: document, prefix: "M", capacity: 2048)
        let odd = footerFragment(section.oddFooter, &footers)
        let even = section.evenFooter.map { footerFragment($0, &footers) }

        var xml = XMLWriter(capacity: 16 * 1024)
        xml.declaration(standalone: false)
        xml.start("office:document-styles", attributes: ODFNamespace.rootDeclarations + [("office:version", ODFNamespace.version)])
        FontFaceDecls.write(document.fonts, into: &xml)

        xml.start("office:styles")
        xml.start("style:default-style", ["style:family": "paragraph"])
        xml.empty("style:text-properties", attributes: [
            ("fo:language", "en"), ("fo:country", "US"),
            ("style:language-asian", language(document.properties.language)),
            ("style:country-asian", country(document.properties.language)),
        ])
        xml.end()
        // LibreOffice gives a covered cell (whatever it holds) an empty paragraph in its
        // "Standard" style, and decides whether a row keeps with the next from the row's first
        // paragraph: where a vertical merge covers the first column, that is the covered cell's.
        // No paragraph of ours uses "Standard"; its keep only lets such a row stay with the next.
        xml.start("style:style", attributes: [("style:name", coveredCellStyle), ("style:family", "paragraph")])
        xml.empty("style:paragraph-properties", attributes: [("fo:keep-with-next", "always")])
        xml.end()
        for style in document.styles {
            var attributes = [("style:name", style.id), ("style:display-name", style.name), ("style:family", "paragraph")]
            if let base = style.basedOn { attributes.append(("style:parent-style-name", base)) }
            if let next = style.next { attributes.append(("style:next-style-name", next)) }
            if let level = style.paragraph.outlineLevel { attributes.append(("style:default-outline-level", String(level))) }
            xml.start("style:style", attributes: attributes)
            let p = ODFProperties.paragraph(style.paragraph)
            if !p.isEmpty { xml.empty("style:paragraph-properties", attributes: p) }
            let t = ODFProperties.text(style.run)
            if !t.isEmpty { xml.empty("style:text-properties", attributes: t) }
            xml.end()
        }
        xml.end()

        xml.start("office:automatic-styles")
        xml.start("style:page-layout", ["style:name": pageLayout])
        // ODF puts the footer inside the bottom margin's area: the page margin ends at the
        // footer's bottom, and the footer's height plus its spacing reach up to the text block.
        let footerHeight = footerLineHeight(document)
        let spacing = section.marginBottom - section.footerDistance - footerHeight
        var page: [(String, String)] = [
            ("fo:page-width", section.pageWidth.odfMillimetres), ("fo:page-height", section.pageHeight.odfMillimetres),
            ("style:print-orientation", "portrait"),
            ("fo:margin-top", section.marginTop.odfMillimetres), ("fo:margin-bottom", section.footerDistance.odfMillimetres),
            ("fo:margin-left", section.marginLeft.odfMillimetres), ("fo:margin-right", section.marginRight.odfMillimetres),
            ("style:writing-mode", "lr-tb"),
        ]
        if let pitch = section.linePitch {
            let textHeight = section.pageHeight - section.marginTop - section.marginBottom
            page += [
                ("style:layout-grid-mode", "line"),
                ("style:layout-grid-lines", String(Int((textHeight.points / pitch.points).rounded()))),
                ("style:layout-grid-base-height", pitch.odfPoints), ("style:layout-grid-ruby-height", "0pt"),
                ("style:layout-grid-print", "false"), ("style:layout-grid-display", "false"),
            ]
        }
        xml.empty("style:page-layout-properties", attributes: page)
        xml.start("style:footer-style")
        xml.empty("style:header-footer-properties", attributes: [
            ("fo:min-height", "0mm"), ("fo:margin-top", spacing.odfMillimetres), ("style:dynamic-spacing", "false"),
        ])
        xml.end()
        xml.end()
        footers.styles.write(into: &xml)
        xml.end()

        xml.start("office:master-styles")
        xml.start("style:master-page", ["style:name": masterPage, "style:page-layout-name": pageLayout])
        xml.start("style:footer")
        xml.embed(odd)
        xml.end()
        if let even {
            xml.start("style:footer-left")
            xml.embed(even)
            xml.end()
        }
        return try xml.finish()
    }

    private static func footerFragment(_ paragraphs: [Paragraph], _ writer: inout ODFBlockWriter) -> [UInt8] {
        var fragment = ODFBlockWriter(document: writer.document, prefix: writer.prefix, capacity: 512)
        fragment.styles = writer.styles
        for p in paragraphs.isEmpty ? [Paragraph()] : paragraphs { fragment.paragraph(p) }
        writer.styles = fragment.styles
        // A footer fragment holds only text we wrote from the document; errors surface when
        // the whole part finishes (the same characters pass through the main writer's checks).
        return fragment.xml.bytes
    }

    /// The height of the footer's line: its style's exact line height, else 1.2 × its size.
    static func footerLineHeight(_ document: Document) -> Length {
        let p = document.section.oddFooter.first
        let style = document.styles.first { $0.id == (p?.style ?? document.defaultStyle) }
        if let h = p?.properties.lineHeight ?? style?.paragraph.lineHeight { return h }
        return (p?.runs.first?.properties.size ?? style?.run.size ?? .pt(12)) * 1.2
    }

    static func language(_ tag: String) -> String { String(tag.split(separator: "-").first ?? "zh") }
    static func country(_ tag: String) -> String { tag.split(separator: "-").dropFirst().first.map(String.init) ?? "CN" }
}
