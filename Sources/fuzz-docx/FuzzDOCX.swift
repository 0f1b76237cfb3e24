import FuzzSupport
import ReportExport
import ReportImport

// libFuzzer target: the DOCX reader (bounded ZIP reader, word/document.xml through libxml2, table reading);
// then report recognition of whatever it reads. See docs/FUZZING.md.

let importer = ReportImporter()
let recognizer = ReportRecognizer(templates: importer.templates)

@main
struct FuzzDOCX {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/docx", "Tests/Golden/golden"]) { bytes in
            if let document = try? importer.read(bytes: PackagedPart.package(bytes, as: "word/document.xml"), kind: "docx") {
                _ = try? recognizer.recognize(document)
            }
        }
    }
}
