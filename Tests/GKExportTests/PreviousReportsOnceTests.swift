import Foundation
import Testing
import TestSupport

/// `--previous` reads each file once, however often and by whatever path a manifest names it,
/// and the cross-year rule still holds with only the figures kept.
@Suite struct PreviousReportsOnceTests {
    @Test func repeatsAndLinksOfOneFileCountOnce() throws {
        let work = Paths.temporaryDirectory("gkexport-previous-once")
        let last = work.appendingPathComponent("qingyuan-2021.yaml")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), to: last)
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("link.yaml"), withDestinationURL: last)
        let manifest = work.appendingPathComponent("last.txt")
        try Data((Array(repeating: "qingyuan-2021.yaml\n./qingyuan-2021.yaml\nlink.yaml\n", count: 500).joined()).utf8).write(to: manifest)
        var text = try String(contentsOf: last, encoding: .utf8)
        text = text.replacingOccurrences(of: "year: 2021", with: "year: 2022")
        let this = work.appendingPathComponent("qingyuan-2022.yaml")
        try Data(text.utf8).write(to: this)
        let out = work.appendingPathComponent("out")
        let batch = try CLI.run(["batch", this.path, "-o", out.path, "--previous", manifest.path])
        #expect(batch.stderr.contains("上年报告：1 份"), "\(batch.stderr)")
        #expect(batch.status == 1)
        let validate = try CLI.run(["validate", this.path, "--previous", manifest.path])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("应为 3（上年报告的「四、结转下年度继续办理」，见 \(last.path)"), "\(validate.stderr)")
    }
}
