/// A print style set, decoded from `templates/styles/<name>.yaml`: page, grid, fonts and
/// the look of every paragraph kind the layout uses.
public struct StyleSet: Codable, Sendable, Equatable {
    public struct Page: Codable, Sendable, Equatable {
        /// Millimetres.
        public var width, height, top, bottom, left, right: Double
        /// From the page's bottom edge to the bottom of the footer line, millimetres.
        public var footer: Double
    }

    /// A font's kind, for a renderer that lacks it: its generic family.
    public enum Look: String, TemplateEnum {
        case serif, sans, script, monospace, decorative
    }

    /// How a paragraph's lines sit between its indents.
    public enum Align: String, TemplateEnum {
        case left, center, right, justify
    }

    public struct Font: Codable, Sendable, Equatable {
        public var name: String
        public var fallbacks: [String]?
        public var look: Look
        public var eastAsian: Bool
        public var panose: String?

        enum CodingKeys: String, CodingKey {
            case name, fallbacks, look, panose
            case eastAsian = "east_asian"
        }
    }

    /// One paragraph kind. Sizes in points; indents in characters of the style's own size.
    public struct Paragraph: Codable, Sendable, Equatable {
        public var name: String
        public var font: String
        public var latinFont: String?
        public var size: Double
        public var bold: Bool?
        public var align: Align?
        public var firstLineChars: Double?
        public var leftChars: Double?
        public var rightChars: Double?
        public var letterSpacing: Double?
        /// Exact line height in points; nil means one line of the grid.
        public var lineHeight: Double?
        /// Whether lines sit on the page's line grid.
        public var grid: Bool?
        public var spaceBeforeLines: Double?
        public var spaceAfterLines: Double?
        public var keepWithNext: Bool?

        enum CodingKeys: String, CodingKey {
            case name, font, size, bold, align, grid
            case latinFont = "latin_font"
            case firstLineChars = "first_line_chars"
            case leftChars = "left_chars"
            case rightChars = "right_chars"
            case letterSpacing = "letter_spacing"
            case lineHeight = "line_height"
            case spaceBeforeLines = "space_before_lines"
            case spaceAfterLines = "space_after_lines"
            case keepWithNext = "keep_with_next"
        }
    }

    public struct Tables: Codable, Sendable, Equatable {
        /// Border line width, points.
        public var border: Double
        /// Space left and right of a cell's text, millimetres.
        public var padding: Double
        /// Widest a table may be, millimetres (the text block).
        public var maxWidth: Double

        enum CodingKeys: String, CodingKey {
            case border, padding
            case maxWidth = "max_width"
        }
    }

    public var name: String
    public var description: String
    public var page: Page
    /// Line pitch of the page grid, points.
    public var linePitch: Double
    public var latinFont: String
    public var fonts: [Font]
    public var tables: Tables
    /// Paragraph kind → look. Kinds: body, title, attachment, heading1…4, signature,
    /// table_label, table_head, table_number, page_number.
    public var paragraphs: [String: Paragraph]
    /// Page number text around the number, e.g. "— " and " —".
    public var pageNumberPrefix: String
    public var pageNumberSuffix: String

    enum CodingKeys: String, CodingKey {
        case name, description, page, fonts, tables, paragraphs
        case linePitch = "line_pitch"
        case latinFont = "latin_font"
        case pageNumberPrefix = "page_number_prefix"
        case pageNumberSuffix = "page_number_suffix"
    }
}
