import Foundation
import Testing
import TestSupport
@testable import ReportExport
import YAMLEventBounds

/// The one-walk YAML reader (YAMLPlainTree) must read every report file exactly as the full
/// path (bounds check, then Yams' tree) does: the same report, the same diagnostics in the
/// same words and places — it only gives up sooner, never answers differently.
@Suite struct PlainTreeEquivalenceTests {
    static let templates = TemplateLibrary()

    /// What both paths make of `text`: the report and every diagnostic, or the thrown ones.
    struct Outcome: Equatable {
        var report: Report?
        var said: [String]
    }

    static func both(_ text: String, name: String) -> (plain: Outcome, full: Outcome) {
        func read(_ plainFirst: Bool) -> Outcome {
            var decoder = YAMLReportDecoder(file: name, templates: templates)
            decoder.plainFirst = plainFirst
            do {
                let loaded = try decoder.decode(text)
                return Outcome(report: loaded.report, said: loaded.diagnostics.map(\.description))
            } catch {
                return Outcome(report: nil, said: ["thrown"] + error.diagnostics.map(\.description))
            }
        }
        return (read(true), read(false))
    }

    static func files() throws -> [URL] {
        let folders = ["examples", "Tests/Corpus/bad-reports", "Tests/Corpus/hostile"].map { Paths.root.appendingPathComponent($0) }
        var out: [URL] = []
        for folder in folders {
            guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walk where ["yaml", "yml", "json"].contains(url.pathExtension) { out.append(url) }
        }
        return out
    }

    /// The examples take the one-walk path (else it would only ever give up).
    @Test func theExamplesAreReadInOneWalk() throws {
        for name in ["fengcheng-2020.yaml", "fengcheng-2020.json", "qingyuan-2021.yaml", "qingyuan-2021-variant.yaml"] {
            let text = try ReportFileReader(templates: Self.templates).readText(path: Paths.root.appendingPathComponent("examples/" + name).path)
            #expect(YAMLPlainTree.parse(text) != nil, "\(name)")
        }
    }

    @Test func everyExampleAndCorpusFileReadsTheSameBothWays() throws {
        let files = try Self.files()
        #expect(files.count > 40)
        let reader = ReportFileReader(templates: Self.templates)
        for url in files {
            // The reader's own text checks (encoding, NUL, control characters) come first on
            // both paths; only text that passes them reaches a decoder.
            guard let text = try? reader.readText(path: url.path) else { continue }
            let (plain, full) = Self.both(text, name: url.lastPathComponent)
            #expect(plain.report == full.report, "\(url.path)")
            #expect(plain.said == full.said, "\(url.path)")
        }
    }

    /// Shapes the one-walk reader hands to Yams, and shapes it reads itself.
    @Test(arguments: [
        "agency: a\nyear: 2021\nyear: 2020\n",                                  // duplicate key
        "agency: a\nyear: 2021\nagency: b\nagency: c\n",                         // thrice
        "agency: &x a\nyear: 2021\ntitle: *x\n",                                 // anchor and alias
        "agency: !!str a\nyear: !!int 2021\n",                                   // tags
        "? [a, b]\n: 1\nagency: a\nyear: 2021\n",                                // a key that is a list
        "agency: a\nyear: 2021\n---\nagency: b\n",                               // two documents
        "",                                                                      // no document
        "# only a comment\n",
        "agency: a\nyear: 2021\noverview: \"one\\r\\ntwo\\rthree\"\n",           // escaped line breaks
        "agency: a\nyear: [2021]\n",                                             // year not text
        "agency: a\nyear: 2021\nproactive: {regulations: [1, 2]}\n",             // short row list
        "agency: a\nyear: 2021\nproactive: {regulations: {made: [1]}}\n",        // cell not a value
        "agency: a\nyear: 2021\nproactive: {regulations: {made: '1'}}\n",        // quoted count
        "agency: a\nyear: 2021\noverview: >\n  folded\n  text\n\n  second\n",    // folded narrative
        "{agency: a, year: 2021, proactive: {regulations: {made: 1, made: 2}}}",  // duplicate column
        "agency: a\nyear: 2021\n  bad: indent\n",                                // syntax error
        "[1, 2, 3]\n",                                                           // not a mapping
    ])
    func edgeShapesReadTheSameBothWays(_ text: String) {
        let (plain, full) = Self.both(text, name: "edge.yaml")
        #expect(plain.report == full.report)
        #expect(plain.said == full.said)
    }

    @Test func deepAndWideTextsReadTheSameBothWays() {
        let deep = "agency: a\nyear: 2021\nx: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30) + "\n"
        let wide = "agency: a\nyear: 2021\nx: [" + Array(repeating: "0", count: 60_000).joined(separator: ",") + "]\n"
        let keys = "agency: a\nyear: 2021\n" + (0..<2_000).map { "k\($0): 1\n" }.joined() + "k7: 2\n"
        for text in [deep, wide, keys] {
            let (plain, full) = Self.both(text, name: "edge.yaml")
            #expect(plain == full)
            #expect(!plain.said.isEmpty)
        }
    }
}
