import Foundation
import FuzzSupport
import ReportExport

// libFuzzer target for the report-file reader (YAML/JSON → checked report → layout).
// See docs/FUZZING.md.

let reader = ReportFileReader()

func fuzzOne(_ data: Data) {
    // Both names: the reader treats .json a little differently.
    for name in ["fuzz.yaml", "fuzz.json"] {
        if let loaded = try? reader.load(bytes: data, name: name), loaded.errors.isEmpty {
            _ = try? ReportRenderer().document(for: loaded.report)
        }
    }
}

/// libFuzzer's runtime expects this symbol even when its driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Data(bytes: start, count: count))
    return 0
}

@main
struct FuzzReportFile {
    static func main() {
        FuzzDriver.run { start, count in _ = testOneInput(start, count) }
    }
}
