import Foundation
import ReportExport
import ReportImport

/// The files `import` is given: files as named, folders searched (recursively, in name order)
/// for the kinds import reads.
enum ImportInputs {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            guard isDirectory(input) else { return [input] }
            let base = URL(fileURLWithPath: input)
            let found = FileManager.default.enumerator(atPath: input)?.compactMap { $0 as? String } ?? []
            return found.filter { name in
                let last = (name as NSString).lastPathComponent
                return !last.hasPrefix(".") && !last.hasPrefix("~$") && ReportImporter.extensions.contains((name as NSString).pathExtension.lowercased())
            }.sorted().map { base.appendingPathComponent($0).path }
        }
    }
}
