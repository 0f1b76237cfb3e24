/// Paragraph formatting. `nil` means "as the style says".
public struct ParagraphProperties: Sendable, Hashable {
    public enum Alignment: String, Sendable {
        case left, center, right, justify
    }

    public var alignment: Alignment?
    public var firstLineIndent: Length?
    public var leftIndent: Length?
    public var rightIndent: Length?
    public var spaceBefore: Length?
    public var spaceAfter: Length?
    /// Exact line height; nil lets the renderer choose from the font.
    public var lineHeight: Length?
    public var keepWithNext: Bool?
    /// Whether lines snap to the section's line grid.
    public var snapToGrid: Bool?
    /// Outline level 1…9 for headings (navigation pane, table of contents).
    public var outlineLevel: Int?

    public init(alignment: Alignment? = nil, firstLineIndent: Length? = nil, leftIndent: Length? = nil,
                rightIndent: Length? = nil, spaceBefore: Length? = nil, spaceAfter: Length? = nil,
                lineHeight: Length? = nil, keepWithNext: Bool? = nil, snapToGrid: Bool? = nil,
                outlineLevel: Int? = nil) {
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineHeight = lineHeight
        self.keepWithNext = keepWithNext
        self.snapToGrid = snapToGrid
        self.outlineLevel = outlineLevel
    }

    public var isEmpty: Bool { self == ParagraphProperties() }
}
