import Foundation
import Testing
import TestSupport

/// Output names are unique per (agency, year, edition) however long the agency's name: a
/// shortened name keeps the year and the suffix and carries a stable hash of the whole key.
@Suite struct LongOutputNameTests {
    static let suffix = "政府信息公开工作年度报告"

    /// The example as `agency` for `year`, in its own folder (removed by the caller).
    static func report(_ agency: String, _ year: Int = 2020, name: String = "report.yaml") throws -> URL {
        try CLI.exampleVariant([("agency: 丰城市行政审批局", "agency: \(agency)"), ("year: 2020", "year: \(year)")], name: name)
    }

    static func render(_ reports: [URL], into out: URL) throws -> CLI.Result {
        let result = try CLI.run(["render"] + reports.map(\.path) + ["-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    static func remove(_ urls: [URL]) {
        for url in urls { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    }

    @Test func oneLongAgencyTwoYearsGivesTwoPairsBothWithTheirYear() throws {
        let agency = String(repeating: "江西省宜春市丰城市行政审批局", count: 4).prefix(50)
        #expect(agency.count == 50)
        let reports = [try Self.report(String(agency), 2019), try Self.report(String(agency), 2020)]
        defer { Self.remove(reports) }
        let out = Paths.temporaryDirectory("gkexport-longname")
        defer { try? FileManager.default.removeItem(at: out) }
        // Two separate runs: the registry of one run cannot help; the name itself must differ.
        _ = try Self.render([reports[0]], into: out)
        _ = try Self.render([reports[1]], into: out)
        let files = CLI.files(in: out)
        #expect(files.count == 4, "\(files)")
        #expect(files.filter { $0.contains("2019年\(Self.suffix)") }.count == 2)
        #expect(files.filter { $0.contains("2020年\(Self.suffix)") }.count == 2)
        #expect(files.allSatisfy { $0.hasPrefix(String(agency.prefix(20))) && $0.utf8.count <= 255 })
        // Rendering 2019 again replaces its own pair and nothing else.
        _ = try Self.render([reports[0]], into: out)
        #expect(CLI.files(in: out) == files)
    }

    @Test func twoLongNamesWithACommonPrefixNeverShareAFile() throws {
        let prefix = String(repeating: "某某省某某市某某区人民政府办公室信息公开", count: 3).prefix(50)
        let a = prefix + "甲局甲局甲局甲局甲局", b = prefix + "乙局乙局乙局乙局乙局"
        #expect(a.count == 60 && b.count == 60)
        let reports = [try Self.report(String(a), name: "a.yaml"), try Self.report(String(b), name: "b.yaml")]
        defer { Self.remove(reports) }
        let out = Paths.temporaryDirectory("gkexport-longname2")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Self.render([reports[0]], into: out)
        _ = try Self.render([reports[1]], into: out)
        let files = CLI.files(in: out)
        #expect(files.count == 4, "\(files)")
        #expect(files.allSatisfy { $0.contains("2020年\(Self.suffix)") && $0.utf8.count <= 255 })
        // Stable: the same report gets the same name in a fresh run.
        let again = Paths.temporaryDirectory("gkexport-longname3")
        defer { try? FileManager.default.removeItem(at: again) }
        _ = try Self.render([reports[0]], into: again)
        #expect(Set(CLI.files(in: again)).isSubset(of: Set(files)))
    }

    @Test func aVeryLongNameStaysWithin255BytesWithItsRepeatNumber() throws {
        let agency = String(repeating: "很长的单位名称", count: 40)  // 280 characters, 840 bytes
        let reports = [try Self.report(agency, name: "a.yaml"), try Self.report(agency, name: "b.yaml")]
        defer { Self.remove(reports) }
        let out = Paths.temporaryDirectory("gkexport-longname4")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Self.render(reports, into: out)
        let files = CLI.files(in: out)
        #expect(files.count == 4, "\(files)")
        #expect(files.filter { $0.contains("2020年\(Self.suffix)（2）.") }.count == 2)
        #expect(files.allSatisfy { $0.utf8.count <= 255 }, "\(files.map(\.utf8.count))")
    }

    @Test func bidiAndInvisibleCharactersAreNotInTheName() throws {
        // U+202E would show "…txt.exe"-style reversed text; U+200B and U+2066 are invisible.
        let report = try Self.report("丰城市\u{202E}行政\u{200B}审批\u{2066}局\u{2069}")
        defer { Self.remove([report]) }
        let out = Paths.temporaryDirectory("gkexport-bidi")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Self.render([report], into: out)
        #expect(CLI.files(in: out) == ["丰城市行政审批局2020年\(Self.suffix).docx", "丰城市行政审批局2020年\(Self.suffix).odt"])
    }

    @Test func twoEditionsOfOneAgencyAndYearInOneRunGetTwoNames() throws {
        let text = try String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), encoding: .utf8)
        let work = Paths.temporaryDirectory("gkexport-editions")
        defer { try? FileManager.default.removeItem(at: work) }
        let plain = work.appendingPathComponent("a.yaml"), variant = work.appendingPathComponent("b.yaml")
        try Data(text.utf8).write(to: plain)
        try Data(text.replacingOccurrences(of: "edition: \"2021\"", with: "edition: 2021-other-documents")
            .replacingOccurrences(of: "proactive:", with: "proactive:\n  other_documents: {issued: 0, repealed: 0, in_force: 0}")
            .utf8).write(to: variant)
        let out = work.appendingPathComponent("out")
        _ = try Self.render([plain, variant], into: out)
        let stem = "清远县人民政府办公室2021年\(Self.suffix)"
        #expect(CLI.files(in: out) == [stem + "（2）.docx", stem + "（2）.odt", stem + ".docx", stem + ".odt"].sorted())
    }
}
