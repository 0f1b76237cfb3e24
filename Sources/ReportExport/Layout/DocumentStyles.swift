import OOXMLWriter

/// A style set turned into the neutral document's styles, fonts and page section.
struct DocumentStyles {
    let set: StyleSet
    let styles: [ParagraphStyle]
    let fonts: [FontFace]

    init(_ set: StyleSet) throws(LayoutError) {
        self.set = set
        var styles: [ParagraphStyle] = []
        for id in StyleID.allCases {
            guard let spec = set.paragraphs[id.rawValue] else {
                throw LayoutError("样式集「\(set.name)」缺少段落样式“\(id.rawValue)”")
            }
            styles.append(Self.style(id, spec, set))
        }
        self.styles = styles
        fonts = set.fonts.map {
            FontFace(name: $0.name, fallbacks: $0.fallbacks ?? [], look: $0.look.face,
                     eastAsian: $0.eastAsian, fixedPitch: $0.eastAsian, panose: $0.panose)
        }
    }

    var pitch: Length { .pt(set.linePitch) }

    func spec(_ id: StyleID) -> StyleSet.Paragraph { set.paragraphs[id.rawValue]! }

    /// The width of one character of a style, letter spacing included.
    func characterWidth(_ id: StyleID) -> Length {
        let s = spec(id)
        return .pt(s.size + (s.letterSpacing ?? 0))
    }

    static func style(_ id: StyleID, _ s: StyleSet.Paragraph, _ set: StyleSet) -> ParagraphStyle {
        let char = s.size + (s.letterSpacing ?? 0)
        let onGrid = s.grid ?? true
        let alignment = s.align?.alignment
        let paragraph = ParagraphProperties(
            alignment: alignment,
            firstLineIndent: s.firstLineChars.map { .pt($0 * char) },
            leftIndent: s.leftChars.map { .pt($0 * char) },
            rightIndent: s.rightChars.map { .pt($0 * char) },
            spaceBefore: .pt((s.spaceBeforeLines ?? 0) * set.linePitch),
            spaceAfter: .pt((s.spaceAfterLines ?? 0) * set.linePitch),
            lineHeight: .pt(s.lineHeight ?? set.linePitch),
            keepWithNext: s.keepWithNext,
            snapToGrid: onGrid ? nil : false,
            outlineLevel: id == .heading1 ? 1 : id == .heading2 ? 2 : nil
        )
        let run = RunProperties(latinFont: s.latinFont ?? set.latinFont, eastAsianFont: s.font, size: .pt(s.size),
                                bold: s.bold, letterSpacing: s.letterSpacing.map { .pt($0) })
        return ParagraphStyle(id: id.documentID, name: s.name, next: id == .body || id.rawValue.hasPrefix("heading") ? StyleID.body.documentID : nil,
                              paragraph: paragraph, run: run, role: role(id))
    }

    /// The title and the four heading levels of the narrative (一、 （一） 1. （1）).
    static func role(_ id: StyleID) -> ParagraphRole? {
        switch id {
        case .title: return .title
        case .heading1: return .heading(level: 1)
        case .heading2: return .heading(level: 2)
        case .heading3: return .heading(level: 3)
        case .heading4: return .heading(level: 4)
        default: return nil
        }
    }

    /// Page, margins, grid and the page-number footers: — N — right on odd pages, left on even.
    func section() -> Section {
        let p = set.page
        let number = StyleID.pageNumber.documentID
        let indent = characterWidth(.pageNumber)
        func footer(_ alignment: ParagraphProperties.Alignment) -> [Paragraph] {
            let props = alignment == .right
                ? ParagraphProperties(alignment: .right, rightIndent: indent)
                : ParagraphProperties(alignment: .left, leftIndent: indent)
            return [Paragraph(style: number, props, runs: [
                Run(set.pageNumberPrefix), Run(content: .pageNumber), Run(set.pageNumberSuffix),
            ])]
        }
        return Section(pageWidth: .mm(p.width), pageHeight: .mm(p.height), marginTop: .mm(p.top),
                       marginBottom: .mm(p.bottom), marginLeft: .mm(p.left), marginRight: .mm(p.right),
                       footerDistance: .mm(p.footer), linePitch: pitch,
                       oddFooter: footer(.right), evenFooter: footer(.left))
    }
}

extension StyleSet.Look {
    /// The neutral document's word for this look.
    var face: FontFace.Look {
        switch self {
        case .serif: return .serif
        case .sans: return .sans
        case .script: return .script
        case .monospace: return .monospace
        case .decorative: return .decorative
        }
    }
}

extension StyleSet.Align {
    var alignment: ParagraphProperties.Alignment {
        switch self {
        case .left: return .left
        case .center: return .center
        case .right: return .right
        case .justify: return .justify
        }
    }
}
