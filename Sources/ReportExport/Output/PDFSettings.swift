import Foundation

/// How a run makes PDFs: LibreOffice's time limit, the fonts it prints with, whether a stand-in
/// font is refused, how many LibreOffice processes a batch runs, and where substitutions are
/// counted for the run's one font report.
public struct PDFSettings: Sendable {
    /// Seconds LibreOffice may go without finishing a document (`--pdf-timeout`).
    public var timeout: TimeInterval = PDFConverter.defaultTimeout
    /// nil: the template's fontconfig alone.
    public var fonts: FontSetup?
    /// Refuse a PDF in which an official face was printed with another font (`--strict-fonts`).
    public var strictFonts = false
    /// LibreOffice processes a batch runs at once (`--pdf-jobs`): one per core, since each
    /// converts one document at a time on one core.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Collects every PDF's substitutions; the caller prints `FontReport.text` once.
    public var report = FontReport()

    public init() {}
}
