import Foundation
import TestSupport

/// Runs the built `gkexport` binary, as a user would.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Paths.gkexport
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }
        // Standard error goes to a file, so neither stream can fill up and block the child.
        let errFolder = Paths.temporaryDirectory("gkexport-stderr")
        defer { try? FileManager.default.removeItem(at: errFolder) }
        let errURL = errFolder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The example's text with `replacements` applied, written to a fresh folder.
    static func exampleVariant(_ replacements: [(String, String)], name: String = "report.yaml") throws -> URL {
        var text = try String(contentsOf: Paths.example, encoding: .utf8)
        for (old, new) in replacements {
            precondition(text.contains(old), "example has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let url = Paths.temporaryDirectory("gkexport-cli").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func files(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }
}
