/// The page a document's section sets: size, margins and line grid, read back from the markup
/// each serializer writes (DOCX `w:sectPr` in `word/document.xml`, ODT
/// `style:page-layout-properties` in `styles.xml`), so two renders can be compared by setting.
public enum PageReading {
    public enum Property: Sendable, Equatable {
        case marginTop
        /// To the body text (DOCX).
        case marginBottom
        /// To the footer (ODF: the footer stands inside the page's bottom margin).
        case marginBottomToFooter
        case marginLeft, marginRight
        /// From the page's bottom edge to the footer (DOCX).
        case footerDistance
        case pageWidth, pageHeight
        /// The line grid's pitch.
        case linePitch
        /// Lines per page of the grid (ODF).
        case linesPerPage
    }

    /// One setting: nil when the markup does not say it.
    public struct Setting: Sendable, Equatable {
        public let property: Property
        public let value: ReadValue?
    }

    /// The body section's settings of a `word/document.xml`, in a fixed order; lengths from twips.
    public static func word(_ root: XMLNode) -> [Setting] {
        let w = WordNamespace.w
        let section = root.child("body", namespace: w)?.child("sectPr", namespace: w)
        let fields: [(String, String, Property)] = [
            ("pgMar", "top", .marginTop), ("pgMar", "bottom", .marginBottom), ("pgMar", "left", .marginLeft),
            ("pgMar", "right", .marginRight), ("pgMar", "footer", .footerDistance), ("pgSz", "w", .pageWidth),
            ("pgSz", "h", .pageHeight), ("docGrid", "linePitch", .linePitch),
        ]
        return fields.map { element, attribute, property in
            let raw = section?.child(element, namespace: w)?.attribute(attribute, namespace: w)
            return Setting(property: property, value: raw.map(twips))
        }
    }

    /// The first page layout's settings of an ODF `styles.xml`, in a fixed order, as written.
    public static func odf(_ root: XMLNode) -> [Setting] {
        let fo = ODFNamespace.fo, style = ODFNamespace.style
        let layout = root.descendants("page-layout-properties", namespace: style).first
        let fields: [(String, String, Property)] = [
            ("margin-top", fo, .marginTop), ("margin-bottom", fo, .marginBottomToFooter), ("margin-left", fo, .marginLeft),
            ("margin-right", fo, .marginRight), ("page-width", fo, .pageWidth), ("page-height", fo, .pageHeight),
            ("layout-grid-base-height", style, .linePitch), ("layout-grid-lines", style, .linesPerPage),
        ]
        return fields.map { attribute, namespace, property in
            Setting(property: property, value: layout?.attribute(attribute, namespace: namespace).map(ReadValue.text))
        }
    }

    /// A WordprocessingML length in twips; what is not a finite number stays text.
    static func twips(_ raw: String) -> ReadValue {
        guard let v = Double(raw), v.isFinite else { return .text(raw) }
        return .length(Length(twips: v))
    }
}
