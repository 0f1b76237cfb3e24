import FuzzSupport
import ReportExport
import ReportImport

// libFuzzer target: the HTML reader (libxml2's HTML parser, rowspan/colspan placed as browsers do);
// then report recognition of whatever it reads. See docs/FUZZING.md.

let importer = ReportImporter()
let recognizer = ReportRecognizer(templates: importer.templates)

@main
struct FuzzHTML {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/html"]) { bytes in
            if let document = try? importer.read(bytes: bytes, kind: "html") {
                _ = try? recognizer.recognize(document)
            }
        }
    }
}
