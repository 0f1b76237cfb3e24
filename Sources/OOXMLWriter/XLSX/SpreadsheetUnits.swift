/// SpreadsheetML's units: column widths in characters of the default font's widest digit,
/// margins in inches, row heights in points.
enum SpreadsheetUnits {
    /// The widest digit of the default font (11 pt 宋体) in pixels at 96 dpi, as Excel counts it.
    static let digitPixels = 7.0

    /// ECMA-376 §18.3.1.13: width = truncate((pixels − 5) / digit × 256) / 256, padding included.
    static func columnWidth(_ length: Length) -> String {
        let pixels = length.points * 96 / 72
        let characters = ((pixels - 5) / digitPixels * 256).rounded(.down) / 256 + 5 / digitPixels
        return Length.trim(max(characters, 0.5), decimals: 2)
    }

    static func inches(_ length: Length) -> String { Length.trim(length.points / 72, decimals: 3) }
}
