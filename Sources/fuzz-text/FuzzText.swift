import FuzzSupport
import ReportExport
import ReportImport

// libFuzzer target: the text-dump reader (UTF-8 or GB18030; Word's tab-indented table rows);
// then report recognition of whatever it reads. See docs/FUZZING.md.

let importer = ReportImporter()
let recognizer = ReportRecognizer(templates: importer.templates)

@main
struct FuzzText {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/text"]) { bytes in
            if let document = try? importer.read(bytes: bytes, kind: "txt") {
                _ = try? recognizer.recognize(document)
            }
        }
    }
}
