import OOXMLWriter

/// Narrative paragraphs: the level follows the opening marker. A heading that runs on into
/// text (（一）存在的主要问题：一是……) is a body paragraph whose lead, up to its 。 or ：, is set
/// in the heading's face — so the long paragraph stays out of the outline.
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
        let heading = styles.spec(style)
        let lead = RunProperties(latinFont: heading.latinFont ?? styles.set.latinFont, eastAsianFont: heading.font,
                                 size: .pt(heading.size), bold: heading.bold)
        return Paragraph(style: StyleID.body.documentID, runs: [Run(String(text[..<split]), lead), Run(String(text[split...]))])
    }
}
