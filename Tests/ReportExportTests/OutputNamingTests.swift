import Foundation
import ReportBatch
import ReportGolden
import ReportImport
import ReportExport
import Testing
import TestSupport

/// Names a run gives files: output names without invisible or line-breaking characters,
/// repeats numbered in linear time, temporary names short whatever the target's length.
@Suite struct OutputNamingTests {
    @Test func separatorsBecomeUnderscoresAndFillersGo() {
        let name = OutputName.fileName(agency: "甲\u{2028}乙\u{2029}丙\u{115F}\u{1160}\u{3164}\u{FFA0}\u{2800}丁\u{0085}戊\u{200B}", year: 2020, format: .docx)
        #expect(name == "甲_乙_丙丁_戊2020年政府信息公开工作年度报告.docx")
        // A name of fillers only is no name.
        #expect(OutputName.sanitize("\u{3164}\u{2800}") == "report")
    }

    @Test func repeatsOfOneNameAreNumberedInLinearTime() {
        let names = NameRegistry()
        let start = Date()
        let stems = (0..<20_000).map { _ in names.claim(agency: "某局", year: 2021) }
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 2, "20,000 claims of one name took \(seconds) s")
        #expect(stems[0] == "某局2021年政府信息公开工作年度报告")
        #expect(stems[1] == "某局2021年政府信息公开工作年度报告（2）")
        #expect(stems[19_999] == "某局2021年政府信息公开工作年度报告（20000）")
        #expect(Set(stems).count == 20_000)
    }

    @Test func namesDifferingOnlyInCaseShareOneCount() {
        let names = NameRegistry()
        #expect(names.claim(agency: "Ab局", year: 2021) == "Ab局2021年政府信息公开工作年度报告")
        #expect(names.claim(agency: "aB局", year: 2021) == "aB局2021年政府信息公开工作年度报告（2）")
        #expect(names.claim(agency: "AB局", year: 2021) == "AB局2021年政府信息公开工作年度报告（3）")
        #expect(names.claim(agency: "ab局", year: 2022) == "ab局2022年政府信息公开工作年度报告")
    }

    @Test func aTargetOf255BytesIsWrittenAndNoTemporaryFileRemains() throws {
        let folder = Paths.temporaryDirectory("gkexport-longname")
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "某", count: 83) + "ab.md"  // 249 + 5 = 254 bytes
        #expect(name.utf8.count == 254)
        for replacing in [false, true] {
            try AtomicFile.write(Array("x".utf8), to: folder.appendingPathComponent(name), durable: false,
                                 staging: replacing ? folder : nil, replacing: replacing)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }
}
