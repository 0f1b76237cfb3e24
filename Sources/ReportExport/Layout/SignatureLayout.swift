import OOXMLWriter

/// The signature block: agency and date on the right, the shorter centred over the longer,
/// the date four characters in from the right margin (GB/T 9704 成文日期右空四字).
struct SignatureLayout {
    let styles: DocumentStyles

    func paragraphs(agency: String, date: String?) -> [Block] {
        let char = styles.characterWidth(.signature)
        let base = styles.spec(.signature).rightChars ?? 4
        let gap = Length.pt(2 * styles.set.linePitch)  // 空二行 before the signature
        let style = StyleID.signature.documentID
        guard let date else {
            return [.paragraph(Paragraph(style: style, ParagraphProperties(spaceBefore: gap), text: agency))]
        }
        let a = Self.width(agency), d = Self.width(date)
        let agencyIndent = d >= a ? base + (d - a) / 2 : max(2, base - (a - d) / 2)
        let dateIndent = d >= a ? base : agencyIndent + (a - d) / 2
        return [
            .paragraph(Paragraph(style: style, ParagraphProperties(rightIndent: char * agencyIndent, spaceBefore: gap), text: agency)),
            .paragraph(Paragraph(style: style, ParagraphProperties(rightIndent: char * dateIndent), text: date)),
        ]
    }

    /// Width in full-width characters: ASCII counts half.
    static func width(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
