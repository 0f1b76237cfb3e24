/// `office:font-face-decls`: each font with its fallbacks, as a CSS font-family list
/// (svg:font-family follows CSS2), and the generic family as the last resort.
enum FontFaceDecls {
    static func write(_ fonts: [FontFace], into xml: inout XMLWriter) {
        xml.start("office:font-face-decls")
        for font in fonts {
            var attributes = [
                ("style:name", font.name),
                ("svg:font-family", ([font.name] + font.fallbacks).map(cssName).joined(separator: ", ")),
            ]
            // ODF's generic families are CSS's: "modern" means monospace, so a CJK face must
            // not be called that (LibreOffice would substitute a typewriter font). No pitch
            // either, for the same reason.
            attributes.append(("style:font-family-generic", generic(font.look)))
            xml.empty("style:font-face", attributes: attributes)
        }
        xml.end()
    }

    static func generic(_ look: FontFace.Look) -> String {
        switch look {
        case .serif: return "roman"
        case .sans: return "swiss"
        case .script: return "script"
        case .monospace: return "modern"
        case .decorative: return "decorative"
        }
    }

    /// A family name quoted as CSS wants it when it is not a plain identifier.
    static func cssName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { !$0.isASCII || $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        return plain ? name : "'" + name.filter { $0 != "'" } + "'"
    }
}
