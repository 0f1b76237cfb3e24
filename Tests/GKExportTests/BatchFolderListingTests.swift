import Foundation
import ReportBatch
import ReportExport
import Testing
import TestSupport

/// Listing a batch folder: plain files are listed without resolving their path (the fast
/// path), yet nothing in the output folder is ever taken as input, whether reached through
/// the folder itself, a link to a file in it, or because the input folder lies inside it.
@Suite struct BatchFolderListingTests {
    static func files(_ input: String, excluding output: URL) throws -> [String] {
        guard case .files(let list) = try BatchInput.open(input, templates: TemplateLibrary(), excluding: output) else {
            Issue.record("\(input) was not read as a folder")
            return []
        }
        return list.map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    @Test func theOutputFolderAndLinksIntoItAreSkipped() throws {
        let dir = Paths.temporaryDirectory("gkexport-listing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for path in ["a.yaml", "notes.txt", "out/b.yaml"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(path))
        }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: out.appendingPathComponent("b.yaml").path)
        #expect(try Self.files(dir.path, excluding: out) == ["a.yaml"])
    }

    @Test func anInputFolderInsideTheOutputFolderListsNothing() throws {
        let dir = Paths.temporaryDirectory("gkexport-listing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let inner = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: inner.appendingPathComponent("c.yaml"))
        #expect(try Self.files(inner.path, excluding: dir) == [])
        #expect(try Self.files(inner.path, excluding: dir.appendingPathComponent("elsewhere")) == ["c.yaml"])
    }
}
