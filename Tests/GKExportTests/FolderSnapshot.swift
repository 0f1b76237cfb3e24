import Foundation

/// Every entry under a folder (recursively, hidden ones included) with its kind, bytes and
/// permission mode: two snapshots are equal only if nothing there changed.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        let isFolder: Bool
        let bytes: Data?
        let mode: Int
    }

    let entries: [String: Entry]

    init(_ folder: URL) throws {
        var entries: [String: Entry] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            entries[relative] = Entry(isFolder: isFolder, bytes: isFolder ? nil : FileManager.default.contents(atPath: path),
                                      mode: (attributes[.posixPermissions] as? Int) ?? -1)
        }
        self.entries = entries
    }

    var names: [String] { entries.keys.sorted() }

    var description: String {
        names.map { name in
            let e = entries[name]!
            return "\(name) \(e.isFolder ? "dir" : "\(e.bytes?.count ?? 0) B") \(String(e.mode, radix: 8))"
        }.joined(separator: "\n")
    }

    static func mode(_ url: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! Int
    }
}
