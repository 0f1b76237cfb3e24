import Foundation

/// The entry point every fuzz target shares. Built with `-sanitize=fuzzer -DFUZZING`, it hands
/// the process to libFuzzer's `LLVMFuzzerRunDriver` (SwiftPM names an executable's entry point
/// itself, so libFuzzer's own `main` cannot be used); otherwise it replays the files given as
/// arguments (or, given none, every seed), which is how a finding is debugged.
///
/// A target names its seed folders, relative to the package root. They are read where they are
/// (the bad-report corpus, the examples, the golden files), never copied under Fuzz/corpus/, so
/// a seed cannot go stale or be stored twice.
public enum FuzzDriver {
    /// libFuzzer calls back through a C function pointer, which cannot capture: the body lives here.
    nonisolated(unsafe) static var body: ([UInt8]) -> Void = { _ in }

    typealias Driver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                       @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt

    /// The package root: this file is Sources/FuzzSupport/FuzzDriver.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static func run(seeds: [String], _ body: @escaping ([UInt8]) -> Void) -> Never {
        self.body = body
        let seedFolders = seeds.map { root.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        #if FUZZING
        // Found at run time so the C calling convention is certain (needs --export-dynamic).
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            fatalError("built with -DFUZZING but without -sanitize=fuzzer (or without -Xlinker --export-dynamic)")
        }
        var arguments = CommandLine.arguments
        // Fuzzing (every positional argument a folder: the first receives new inputs): the seed
        // folders join as further corpus folders. Replaying or minimizing files: left alone.
        let positional = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if !positional.isEmpty, positional.allSatisfy(isDirectory) {
            arguments += seedFolders
            FileHandle.standardError.write(Data("seed folders: \(seedFolders.joined(separator: " "))\n".utf8))
        }
        var argc = Int32(arguments.count)
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = .allocate(capacity: arguments.count + 1)
        for (i, argument) in arguments.enumerated() { argv[i] = strdup(argument) }
        argv[arguments.count] = nil
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv, { data, count in
            FuzzDriver.body(count == 0 ? [] : Array(UnsafeRawBufferPointer(start: data, count: count)))
            return 0
        }))
        #else
        var files = Array(CommandLine.arguments.dropFirst())
        if files.isEmpty {
            files = seedFolders.flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                    .map { folder + "/" + $0 }.filter { !isDirectory($0) }
            }
        }
        for path in files {
            body([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
            print("ok \(path)")
        }
        exit(0)
        #endif
    }

    static func isDirectory(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

/// libFuzzer's runtime expects this symbol even when its driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzDriver.body(count == 0 ? [] : Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
