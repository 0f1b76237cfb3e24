import Foundation

/// The entry point both fuzz targets share. Built with `-sanitize=fuzzer -DFUZZING`, it hands
/// the process to libFuzzer's `LLVMFuzzerRunDriver` (SwiftPM names an executable's entry point
/// itself, so libFuzzer's own `main` cannot be used); otherwise it replays the files given as
/// arguments, which is how a finding is debugged.
public enum FuzzDriver {
    /// libFuzzer calls back through a C function pointer, which cannot capture: the body lives here.
    nonisolated(unsafe) static var body: (UnsafeRawPointer, Int) -> Void = { _, _ in }

    typealias Driver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                       @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

    public static func run(_ body: @escaping (UnsafeRawPointer, Int) -> Void) -> Never {
        self.body = body
        #if FUZZING
        // Found at run time so the C calling convention is certain (needs --export-dynamic).
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            fatalError("built with -DFUZZING but without -sanitize=fuzzer (or without -Xlinker --export-dynamic)")
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv, { data, count in
            FuzzDriver.body(data, count)
            return 0
        }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            let data = FileManager.default.contents(atPath: path) ?? Data()
            data.withUnsafeBytes { raw in body(raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, raw.count) }
            print("ok \(path)")
        }
        exit(0)
        #endif
    }
}
