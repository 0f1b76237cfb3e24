import Foundation
import ReportExport

// libFuzzer target for the importers (DOCX, ODT, HTML, text) and the recognizer. Built with
// -sanitize=fuzzer,address -DFUZZING (see docs/FUZZING.md); a normal build replays files.

let importer = ReportImporter()

func fuzzOne(_ bytes: [UInt8]) {
    for kind in ["docx", "odt", "html", "txt"] {
        if let document = try? importer.read(bytes: bytes, kind: kind) {
            _ = try? ReportRecognizer(templates: importer.templates).recognize(document)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}

/// libFuzzer's driver, looked up at run time so the C calling convention is certain.
typealias FuzzerDriver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                         @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@main
struct ReplayImport {
    static func main() {
        #if FUZZING
        // SwiftPM names the entry point itself; hand the process to libFuzzer's driver.
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            fatalError("built with -DFUZZING but without -sanitize=fuzzer")
        }
        let runFuzzer = unsafeBitCast(symbol, to: FuzzerDriver.self)
        exit(runFuzzer(&argc, &argv, { data, count in fuzzImport(data, count) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            fuzzOne([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
            print("ok \(path)")
        }
        #endif
    }
}
