import FuzzSupport
import ReportExport
import ReportImport

// libFuzzer target: the ODT reader (bounded ZIP reader, content.xml through libxml2, ODF white space, table reading);
// then report recognition of whatever it reads. See docs/FUZZING.md.

let importer = ReportImporter()
let recognizer = ReportRecognizer(templates: importer.templates)

@main
struct FuzzODT {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/odt", "Tests/Golden/golden"]) { bytes in
            if let document = try? importer.read(bytes: PackagedPart.package(bytes, as: "content.xml"), kind: "odt") {
                _ = try? recognizer.recognize(document)
            }
        }
    }
}
