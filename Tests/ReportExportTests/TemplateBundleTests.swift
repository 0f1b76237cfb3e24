import Foundation
import Testing
@testable import Templates

/// The templates folder found with one stat beside the executable is the very folder
/// `Bundle.module` finds by listing folders: same path, so every message naming a template
/// file says the same.
@Suite struct TemplateBundleTests {
    @Test func besideTheExecutableIsTheResourceBundle() throws {
        let beside = try #require(TemplateBundle.besideExecutable(), "no \(TemplateBundle.resourceFolderName) beside the test executable")
        let bundle = try #require(Bundle.module.resourceURL ?? Optional(Bundle.module.bundleURL))
        #expect(beside.standardizedFileURL.resolvingSymlinksInPath().path == bundle.standardizedFileURL.resolvingSymlinksInPath().path)
        #expect(TemplateBundle.directory.path == beside.path)
        #expect(FileManager.default.fileExists(atPath: beside.appendingPathComponent("formats/2019.yaml").path))
    }
}
