import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import SampleReports
import ReportExport

/// A generated sheet of sample agencies as rows of cells, to break one thing and write back.
struct SheetFixture {
    var rows: [[String]]
    let samples: SampleReports

    /// Writes `count` agencies (and their narrative files) into `folder`.
    init(count: Int, in folder: URL) throws {
        let library = TemplateLibrary()
        samples = SampleReports(format: try library.format(try library.edition(forYear: 2021)!), year: 2021)
        let sheet = try samples.writeSheet(count: count, to: folder)
        let text = try String(contentsOf: sheet, encoding: .utf8)
        rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    var header: [String] { rows[0] }

    func column(_ name: String) -> Int { header.firstIndex(of: name)! }

    /// Agency of data row `i` (0-based, header excluded).
    func agency(_ i: Int) -> String { samples.agency(i) }

    /// The sheet's lines as bytes, each line encoded by `encode` (UTF-8 unless it says otherwise).
    func bytes(_ encode: (Int, String) -> [UInt8] = { Array($1.utf8) }) -> Data {
        var out = Data()
        for (i, row) in rows.enumerated() {
            out += encode(i + 1, row.joined(separator: ","))
            out += [0x0D, 0x0A]
        }
        return out
    }

    func write(to url: URL) throws { try bytes().write(to: url) }
}
