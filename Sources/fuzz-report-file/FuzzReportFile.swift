import Foundation
import ReportExport

// libFuzzer target for the report-file reader (YAML/JSON → checked report). Built with
// -sanitize=fuzzer,address -DFUZZING (see docs/FUZZING.md); a normal build replays files.

let reader = ReportFileReader()

func fuzzOne(_ data: Data) {
    // Both names: the reader treats .json a little differently.
    for name in ["fuzz.yaml", "fuzz.json"] {
        if let loaded = try? reader.load(bytes: data, name: name), loaded.errors.isEmpty {
            _ = try? ReportRenderer().document(for: loaded.report)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportFile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Data(bytes: start, count: count))
    return 0
}

/// libFuzzer's driver, looked up at run time so the C calling convention is certain.
typealias FuzzerDriver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                         @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@main
struct ReplayReportFile {
    static func main() {
        #if FUZZING
        // SwiftPM names the entry point itself; hand the process to libFuzzer's driver.
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            fatalError("built with -DFUZZING but without -sanitize=fuzzer")
        }
        let runFuzzer = unsafeBitCast(symbol, to: FuzzerDriver.self)
        exit(runFuzzer(&argc, &argv, { data, count in fuzzReportFile(data, count) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            fuzzOne(FileManager.default.contents(atPath: path) ?? Data())
            print("ok \(path)")
        }
        #endif
    }
}
