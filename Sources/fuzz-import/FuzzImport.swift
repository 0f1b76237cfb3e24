import FuzzSupport
import ReportExport

// libFuzzer target for the importers (DOCX, ODT, HTML, text) and report recognition.
// See docs/FUZZING.md.

let importer = ReportImporter()

func fuzzOne(_ bytes: [UInt8]) {
    for kind in ["docx", "odt", "html", "md", "txt"] {
        if let document = try? importer.read(bytes: bytes, kind: kind) {
            _ = try? ReportRecognizer(templates: importer.templates).recognize(document)
        }
    }
}

/// libFuzzer's runtime expects this symbol even when its driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}

@main
struct FuzzImport {
    static func main() {
        FuzzDriver.run { start, count in _ = testOneInput(start, count) }
    }
}
