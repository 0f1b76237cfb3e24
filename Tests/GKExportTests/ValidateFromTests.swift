import Foundation
import ReportExport
import SampleReports
import Testing
import TestSupport

/// `validate --from DIR|MANIFEST|SHEET`: every report of a folder, manifest or sheet checked as
/// one argument — what an office runs on thousands of files, where a shell glob would hand the
/// argument parser thousands of arguments.
@Suite struct ValidateFromTests {
    /// A folder of three sample reports, the second with a broken 勾稽关系 (its 总计 changed).
    static func folder() throws -> (URL, broken: String) {
        let library = TemplateLibrary()
        let samples = SampleReports(format: try library.format("2021"), year: 2021)
        let dir = Paths.temporaryDirectory("gkexport-validate-from")
        var broken = ""
        for i in 0..<3 {
            var text = samples.reportFile(i)
            let file = dir.appendingPathComponent("sub/agency-\(i).yaml")
            if i == 1 {
                // 表三's first row, 自然人: 1000 more than its 总计 allows.
                let key = try #require(text.range(of: "    natural_person: "))
                let digits = text[key.upperBound...].prefix { $0.isNumber }
                text.replaceSubrange(key.upperBound..<digits.endIndex, with: String((Int(digits) ?? 0) + 1000))
                broken = file.path
            }
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return (dir, broken)
    }

    @Test func aFolderIsCheckedReportByReportLikeTheFilesThemselves() throws {
        let (dir, broken) = try Self.folder()
        let fromFolder = try CLI.run(["validate", "--from", dir.path, "--verbose"])
        #expect(fromFolder.status == 1, "\(fromFolder.stderr)")
        #expect(fromFolder.stdout.contains("检查了 3 个报告文件：2 个通过，1 个有错误"), "\(fromFolder.stdout)")
        #expect(fromFolder.stderr.contains(broken), "\(fromFolder.stderr)")
        #expect(!fromFolder.stdout.contains("\(broken): 通过"))
        // The same files given one by one say the same problems.
        let files = try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { dir.appendingPathComponent($0).path }
        let oneByOne = try CLI.run(["validate"] + files)
        #expect(oneByOne.stderr == fromFolder.stderr)
    }

    @Test func aManifestAndASheetToo() throws {
        let (dir, broken) = try Self.folder()
        let manifest = dir.appendingPathComponent("list.txt")
        try Data("# this year's reports\nsub/agency-0.yaml\nsub/agency-1.yaml\n".utf8).write(to: manifest)
        let listed = try CLI.run(["validate", "--from", manifest.path])
        #expect(listed.status == 1)
        #expect(listed.stdout.contains("检查了 2 个报告文件：1 个通过，1 个有错误"), "\(listed.stdout)")
        #expect(listed.stderr.contains("agency-1.yaml"), "\(listed.stderr)")
        _ = broken

        let library = TemplateLibrary()
        let sheet = try SampleReports(format: try library.format("2021"), year: 2021)
            .writeSheet(count: 4, to: Paths.temporaryDirectory("gkexport-validate-sheet"))
        let rows = try CLI.run(["validate", "--from", sheet.path])
        #expect(rows.status == 0, "\(rows.stderr)")
        #expect(rows.stdout.contains("检查了 4 个报告文件：4 个通过，0 个有错误"), "\(rows.stdout)")
        let mixed = try CLI.run(["validate", Paths.example.path, "--from", sheet.path])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("is a sheet"), "\(mixed.stderr)")
    }

    @Test func theReviewReadsTheFolderToo() throws {
        let (dir, _) = try Self.folder()
        let issues = dir.appendingPathComponent("问题清单.csv")
        let result = try CLI.run(["validate", "--from", dir.appendingPathComponent("sub").path, "--review", "--issues", issues.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("检查了 3 个报告文件：2 个通过，1 个有错误"), "\(result.stdout)")
        let csv = try String(contentsOf: issues, encoding: .utf8)
        #expect(csv.contains("agency-1.yaml"), "\(csv)")
    }

    @Test func anEmptyFolderOrNothingAtAllIsAnError() throws {
        let empty = Paths.temporaryDirectory("gkexport-validate-empty")
        let result = try CLI.run(["validate", "--from", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("没有找到报告文件"), "\(result.stderr)")
        let nothing = try CLI.run(["validate"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("--from"), "\(nothing.stderr)")
    }
}
