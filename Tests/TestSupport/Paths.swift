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

    /// A fresh empty folder under the system temp folder.
    public static func temporaryDirectory(_ label: String = "gkexport-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
