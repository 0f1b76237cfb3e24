import OOXMLWriter

/// Lays a report out once into the neutral `Document`: attachment label, title, the six parts
/// in the format's order (narratives and tables), and the signature block.
public struct ReportLayout: Sendable {
    public let format: FormatSpec
    public let styleSet: StyleSet

    public init(format: FormatSpec, styleSet: StyleSet) {
        self.format = format
        self.styleSet = styleSet
    }

    public func document(for report: Report) throws(LayoutError) -> Document {
        let styles = try DocumentStyles(styleSet)
        let narrative = NarrativeLayout(styles: styles)
        let tables = TableLayout(styles: styles)
        var body: [Block] = []

        if let label = report.attachment {
            body.append(.paragraph(Paragraph(style: StyleID.attachment.documentID, text: label)))
        }
        body.append(.paragraph(TitleLayout(styles: styles).paragraph(report.displayTitle)))
        for part in format.parts {
            body.append(.paragraph(Paragraph(style: StyleID.heading1.documentID, text: part.heading)))
            if let key = part.narrative {
                body += narrative.paragraphs(report.narratives[key] ?? Narrative([]))
            }
            if let id = part.table {
                guard let spec = format.table(id) else {
                    throw LayoutError("报告格式「\(format.edition)」的第\(part.marker)部分引用了不存在的表格“\(id)”")
                }
                body.append(.table(try tables.table(spec, of: report, caption: part.title)))
            }
        }
        body += SignatureLayout(styles: styles).paragraphs(agency: report.agency, date: report.date)

        return Document(
            properties: DocumentProperties(title: report.displayTitle, creator: report.agency,
                                           subject: "政府信息公开工作年度报告"),
            fonts: styles.fonts, styles: styles.styles, defaultStyle: StyleID.body.documentID,
            section: styles.section(), body: body)
    }
}
