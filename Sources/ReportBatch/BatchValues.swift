import Foundation
import ReportExport

/// The table values of every agency a batch read, kept for `汇总.xlsx` (`--summary-xlsx`).
/// Workers deposit in any order; each agency is found again by its input label, so the
/// workbook follows the results' order, never the threads'. Values are kept in the order of
/// their format's cells (`SummaryColumns.keys`), one optional value per cell, so a batch of
/// thousands holds a few kilobytes per agency rather than its whole report.
public final class BatchValues: @unchecked Sendable {
    struct Kept {
        var edition: String
        var values: [CellValue?]
    }

    private let lock = NSLock()
    private var kept: [String: Kept] = [:]
    private var formats: [String: FormatSpec] = [:]

    public init() {}

    /// Keeps what `report` gives for every value cell of `format`.
    func keep(input: String, report: Report, format: FormatSpec) {
        let values = SummaryColumns.keys(format).map { report.value($0) }
        lock.lock()
        defer { lock.unlock() }
        if formats[format.edition] == nil { formats[format.edition] = format }
        kept[input] = Kept(edition: format.edition, values: values)
    }

    /// The format and values kept for `input`, if it was read far enough to have them.
    func values(for input: String) -> (format: FormatSpec, values: [CellValue?])? {
        lock.lock()
        defer { lock.unlock() }
        guard let item = kept[input], let format = formats[item.edition] else { return nil }
        return (format, item.values)
    }
}
