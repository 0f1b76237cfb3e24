/// Character formatting. `nil` means "as the style says".
public struct RunProperties: Sendable, Hashable {
    /// Font for Latin letters and digits.
    public var latinFont: String?
    /// Font for CJK characters.
    public var eastAsianFont: String?
    public var size: Length?
    public var bold: Bool?
    /// Extra space after each character (negative squeezes).
    public var letterSpacing: Length?

    public init(latinFont: String? = nil, eastAsianFont: String? = nil, size: Length? = nil,
                bold: Bool? = nil, letterSpacing: Length? = nil) {
        self.latinFont = latinFont
        self.eastAsianFont = eastAsianFont
        self.size = size
        self.bold = bold
        self.letterSpacing = letterSpacing
    }

    public var isEmpty: Bool { self == RunProperties() }
}
