/// Paragraph and run formatting as ODF property attributes (`style:paragraph-properties`,
/// `style:text-properties`).
enum ODFProperties {
    static func paragraph(_ p: ParagraphProperties) -> [(String, String)] {
        var a: [(String, String)] = []
        if let v = p.lineHeight { a.append(("fo:line-height", v.odfPoints)) }
        if let v = p.alignment { a.append(("fo:text-align", align(v))) }
        if let v = p.leftIndent { a.append(("fo:margin-left", v.odfPoints)) }
        if let v = p.rightIndent { a.append(("fo:margin-right", v.odfPoints)) }
        if let v = p.spaceBefore { a.append(("fo:margin-top", v.odfPoints)) }
        if let v = p.spaceAfter { a.append(("fo:margin-bottom", v.odfPoints)) }
        if let v = p.firstLineIndent { a.append(("fo:text-indent", v.odfPoints)) }
        if let v = p.keepWithNext { a.append(("fo:keep-with-next", v ? "always" : "auto")) }
        if let v = p.snapToGrid { a.append(("style:snap-to-layout-grid", v ? "true" : "false")) }
        return a
    }

    static func text(_ r: RunProperties) -> [(String, String)] {
        var a: [(String, String)] = []
        if let v = r.latinFont { a.append(("style:font-name", v)) }
        if let v = r.size { a.append(("fo:font-size", v.odfPoints)) }
        if let v = r.letterSpacing { a.append(("fo:letter-spacing", v.odfPoints)) }
        if let v = r.bold { a.append(("fo:font-weight", v ? "bold" : "normal")) }
        if let v = r.eastAsianFont { a.append(("style:font-name-asian", v)) }
        if let v = r.size { a.append(("style:font-size-asian", v.odfPoints)) }
        if let v = r.bold { a.append(("style:font-weight-asian", v ? "bold" : "normal")) }
        if let v = r.latinFont { a.append(("style:font-name-complex", v)) }
        if let v = r.size { a.append(("style:font-size-complex", v.odfPoints)) }
        return a
    }

    static func align(_ a: ParagraphProperties.Alignment) -> String {
        switch a {
        case .left: return "start"
        case .center: return "center"
        case .right: return "end"
        case .justify: return "justify"
        }
    }
}
