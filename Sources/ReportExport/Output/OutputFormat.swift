/// A kind of file `render` can write.
public enum OutputFormat: String, CaseIterable, Sendable, Comparable {
    case docx, odt, pdf

    public var fileExtension: String { rawValue }

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
