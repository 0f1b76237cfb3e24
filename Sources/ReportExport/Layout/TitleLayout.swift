import OOXMLWriter

/// The title, broken where a reader expects it when it needs two lines: after the agency and
/// year, before 政府信息公开工作年度报告 — not wherever the line happens to fill up.
struct TitleLayout {
    let styles: DocumentStyles
    static let reportName = "政府信息公开工作年度报告"

    func paragraph(_ title: String) -> Paragraph {
        let style = StyleID.title.documentID
        let spec = styles.spec(.title)
        let textWidth = styles.set.page.width - styles.set.page.left - styles.set.page.right
        let capacity = Length.mm(textWidth).points / (spec.size + (spec.letterSpacing ?? 0))
        guard SignatureLayout.width(title) > capacity, title.hasSuffix(Self.reportName) else {
            return Paragraph(style: style, text: title)
        }
        let head = String(title.dropLast(Self.reportName.count))
        guard !head.isEmpty, SignatureLayout.width(head) <= capacity else { return Paragraph(style: style, text: title) }
        return Paragraph(style: style, runs: [Run(head), Run(content: .lineBreak), Run(Self.reportName)])
    }
}
