import OOXMLWriter

/// Narrative paragraphs: the level follows the opening marker; a heading that runs on into
/// text (（一）存在的主要问题：一是……) keeps the heading face only up to its 。 or ：.
struct NarrativeLayout {
    let styles: DocumentStyles

    func paragraphs(_ narrative: Narrative) -> [Block] {
        narrative.paragraphs.map { .paragraph(paragraph($0.text)) }
    }

    func paragraph(_ text: String) -> Paragraph {
        guard let (level, markerEnd) = HeadingLevel.of(text) else {
            return Paragraph(style: StyleID.body.documentID, text: text)
        }
        let style = [StyleID.heading1, .heading2, .heading3, .heading4][level - 1]
        guard let split = HeadingLevel.runInEnd(text, after: markerEnd) else {
            return Paragraph(style: style.documentID, text: text)
        }
        // The rest of the paragraph is body text: body face, no outline level, not kept with next.
        let body = styles.spec(.body)
        let rest = RunProperties(latinFont: body.latinFont ?? styles.set.latinFont, eastAsianFont: body.font,
                                 size: .pt(body.size), bold: body.bold ?? false)
        return Paragraph(style: style.documentID, ParagraphProperties(keepWithNext: false, outlineLevel: nil),
                         runs: [Run(String(text[..<split])), Run(String(text[split...]), rest)])
    }
}
