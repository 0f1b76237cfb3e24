import Foundation
import FuzzSupport
import ReportExport

// libFuzzer target: the report-file reader (YAML and JSON: bytes → text → YAML tree → checked
// values, 勾稽关系) and the layout of whatever passes. JSON shares this target: the same reader
// parses it, only a little differently by name. See docs/FUZZING.md.

let reader = ReportFileReader()
let renderer = ReportRenderer()

@main
struct FuzzYAML {
    static func main() {
        FuzzDriver.run(seeds: ["Fuzz/corpus/yaml", "Tests/Corpus/bad-reports", "examples"]) { bytes in
            for name in ["fuzz.yaml", "fuzz.json"] {
                if let loaded = try? reader.load(bytes: Data(bytes), name: name), loaded.errors.isEmpty {
                    _ = try? renderer.document(for: loaded)
                }
            }
        }
    }
}
