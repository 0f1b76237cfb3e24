/// A kind of file `render` can write.
public enum OutputFormat: String, CaseIterable, Sendable, Comparable {
    case docx, odt, html, pdf

    public var fileExtension: String { rawValue }

    /// What follows the stem of each file the format writes: HTML writes the page and the
    /// fragment for a portal's editor; every other format one file.
    public var fileSuffixes: [String] {
        self == .html ? ["html", "fragment.html"] : [fileExtension]
    }

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
