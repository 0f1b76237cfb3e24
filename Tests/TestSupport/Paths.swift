import Foundation

/// Where the package and the read-only `../shared` inputs are, wherever the clone lives.
public enum Paths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    public static let schemas = shared.appendingPathComponent("schemas")
    public static let example = root.appendingPathComponent("examples/fengcheng-2020.yaml")

    /// The folder holding the built products (the test bundle sits beside them).
    public static let products: URL = {
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = argv0.deletingLastPathComponent()
        // A .xctest bundle on some platforms is a folder; walk up to where `gkexport` is.
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("gkexport").path) { return dir }
            dir.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug")
    }()

    public static var gkexport: URL { products.appendingPathComponent("gkexport") }

    /// One folder per test process under the system temp folder, removed when the process
    /// exits, so a test run leaves nothing behind however its tests end.
    public static let testRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gkexport-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        removeAtExit = url.path
        atexit { Paths.removeTestRoot() }
        return url
    }()

    nonisolated(unsafe) private static var removeAtExit: String?

    static func removeTestRoot() {
        guard let path = removeAtExit else { return }
        // A test may leave a read-only folder (permission tests); make everything writable first.
        let chmod = Process()
        chmod.executableURL = URL(fileURLWithPath: "/bin/chmod")
        chmod.arguments = ["-R", "u+rwx", path]
        try? chmod.run()
        chmod.waitUntilExit()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A fresh empty folder inside `testRoot`.
    public static func temporaryDirectory(_ label: String = "gkexport-test") -> URL {
        let url = testRoot.appendingPathComponent("\(label)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create a test folder \(url.path): \(error)")
        }
        return url
    }
}

extension Paths {
    /// Whether `../shared` (the official schemas, formats.md and the seed) is beside the clone.
    public static let hasShared = FileManager.default.fileExists(atPath: schemas.path)
        && FileManager.default.fileExists(atPath: shared.appendingPathComponent("reference/formats.md").path)
}
