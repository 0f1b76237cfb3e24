import Foundation
import FuzzSupport
import ReportBatch
import ReportExport

// libFuzzer target: the batch sheet reader (CSV in UTF-8, with a BOM or GB18030; the header
// mapped onto the formats; every row loaded and checked as a report). See docs/FUZZING.md.
//
// `SheetReports` reads a path, so each input is written to one scratch file first. A row's
// narrative columns name files to read: inputs can make it read any file on this machine, which
// is why this target, like `gkexport batch`, should only be run as an unprivileged user.

let templates = TemplateLibrary()
let scratch: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-csv-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("sheet.csv").path
}()

@main
struct FuzzCSV {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/csv"]) { bytes in
            guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)),
                  let sheet = try? SheetReports(path: scratch, templates: templates) else { return }
            for row in 0..<min(sheet.count, 64) {
                _ = sheet.load(row)
            }
        }
    }
}
