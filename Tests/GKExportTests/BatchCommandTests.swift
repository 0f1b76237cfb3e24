import Foundation
import OOXMLWriter
import ReportBatch
import ReportGolden
import ReportImport
import SampleReports
import ReportExport
import Testing
import TestSupport

@Suite struct BatchCommandTests {
    static func samples(year: Int = 2021) throws -> SampleReports {
        let library = TemplateLibrary()
        return SampleReports(format: try library.format(try library.edition(forYear: year)!), year: year)
    }

    static func summary(_ dir: URL) throws -> BatchSummary {
        try JSONDecoder().decode(BatchSummary.self, from: Data(contentsOf: dir.appendingPathComponent("summary.json")))
    }

    /// Every file in `dir` is a whole document or the summary, and nothing is hidden there —
    /// except, right after a kill, the run's staging folder (the next run sweeps it).
    static func expectOnlyWholeFiles(_ dir: URL, afterKill: Bool = false) throws {
        let all = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let hidden = all.filter { $0.hasPrefix(".") && !(afterKill && $0.hasPrefix(".gkexport-staging-")) }
        #expect(hidden.isEmpty, "hidden (temporary) files in the output: \(hidden)")
        for name in all where name != "summary.json" && !name.hasPrefix(".") {
            #expect(name.hasSuffix(".docx") || name.hasSuffix(".odt"), "unexpected file \(name)")
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            let zip = try ZipReader(bytes)
            _ = try zip.data(name.hasSuffix(".docx") ? "word/document.xml" : "content.xml")
        }
    }

    @Test(.needsShared) func twoHundredAgenciesFromASheet() throws {
        let work = Paths.temporaryDirectory("gkexport-batch200")
        let sheet = try Self.samples().writeSheet(count: 200, to: work)
        let out = work.appendingPathComponent("out")
        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("单位总数     200"))
        let files = CLI.files(in: out)
        #expect(files.count == 401)
        let summary = try Self.summary(out)
        #expect(summary.total == 200 && summary.succeeded == 200 && summary.failed == 0)
        #expect(summary.results.allSatisfy { $0.files.count == 2 })
        // A sample of the outputs against the schemas.
        for result in summary.results.enumerated().filter({ $0.offset % 20 == 0 }).map(\.element) {
            let docx = [UInt8](try Data(contentsOf: out.appendingPathComponent(result.files[0])))
            let odt = [UInt8](try Data(contentsOf: out.appendingPathComponent(result.files[1])))
            for (part, errors) in try Schemas.validateDOCX(docx) { #expect(errors.isEmpty, "\(result.files[0]) \(part)") }
            for (part, errors) in try Schemas.validateODT(odt) { #expect(errors.isEmpty, "\(result.files[1]) \(part)") }
        }
        try Self.expectOnlyWholeFiles(out)
        // Not in DIR and not beside it once the batch is done.
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent(".out.gkexport-staging").path))
    }

    @Test func fiveBrokenOfAHundredFailAloneAndClearly() throws {
        let work = Paths.temporaryDirectory("gkexport-batch100")
        let reports = work.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let samples = try Self.samples()
        for i in 0..<100 {
            var text = samples.reportFile(i)
            switch i {
            case 7: text = text.replacingOccurrences(of: "year: 2021", with: "year: 二〇二一")
            case 23: text = text.replacingOccurrences(of: "overview:", with: "overveiw:")
            case 42: text = text.replacingOccurrences(of: "proactive:", with: "proactive: [")
            case 61: text = text.replacingOccurrences(of: "  received:                       # 一、本年新收政府信息公开申请数量\n    natural_person: ",
                                                        with: "  received:                       # 一、本年新收政府信息公开申请数量\n    natural_person: 1")
            case 88: text = text.replacingOccurrences(of: "    issued: ", with: "    issued: -")
            default: break
            }
            try Data(text.utf8).write(to: reports.appendingPathComponent(String(format: "r%03d.yaml", i)))
        }
        let out = work.appendingPathComponent("out")
        let result = try CLI.run(["batch", reports.path, "-o", out.path])
        #expect(result.status == 1)
        let summary = try Self.summary(out)
        #expect(summary.succeeded == 95 && summary.failed == 5)
        let failed = summary.results.filter { $0.status == .failed }
        #expect(failed.map { URL(fileURLWithPath: $0.input).lastPathComponent } == ["r007.yaml", "r023.yaml", "r042.yaml", "r061.yaml", "r088.yaml"])
        let said = failed.map { $0.diagnostics.joined(separator: "\n") }
        #expect(said[0].contains("“year”应是四位数的年份"))
        #expect(said[1].contains("不认识的键“overveiw”，是不是“overview”？"))
        #expect(said[2].contains("YAML 格式有误"))
        #expect(said[3].contains("应为") && said[3].contains("各类申请人之和"))
        #expect(said[4].contains("是负数"))
        #expect(failed.allSatisfy { $0.files.isEmpty })
        #expect(CLI.files(in: out).count == 95 * 2 + 1)
        try Self.expectOnlyWholeFiles(out)
        #expect(result.stdout.contains("失败           5"))
        #expect(result.stdout.contains("r042.yaml"))
    }

    @Test func gb18030SheetRendersTheSameDocumentsAsItsUTF8Twin() throws {
        let work = Paths.temporaryDirectory("gkexport-gb")
        let sheet = try Self.samples().writeSheet(count: 12, to: work)
        let utf8 = try Data(contentsOf: sheet)
        let gbURL = work.appendingPathComponent("sheet-gb18030.csv")
        try Shell.run("/bin/sh", ["-c", "iconv -f UTF-8 -t GB18030 '\(sheet.path)' > '\(gbURL.path)'"])
        let gb = try Data(contentsOf: gbURL)
        #expect(gb != utf8 && String(data: gb, encoding: .utf8) == nil)
        let bomURL = work.appendingPathComponent("sheet-bom.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + utf8).write(to: bomURL)
        var outputs: [[String: Data]] = []
        for (i, input) in [sheet, gbURL, bomURL].enumerated() {
            let out = work.appendingPathComponent("out\(i)")
            let result = try CLI.run(["batch", input.path, "-o", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            var files: [String: Data] = [:]
            for name in CLI.files(in: out) where name != "summary.json" {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            outputs.append(files)
        }
        #expect(outputs[0].count == 24)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test func aggregateEqualsTheSumsAndValidates() throws {
        let work = Paths.temporaryDirectory("gkexport-aggregate")
        let samples = try Self.samples()
        let sheet = try samples.writeSheet(count: 30, to: work)
        let total = work.appendingPathComponent("total.yaml")
        let result = try CLI.run(["aggregate", sheet.path, "-o", total.path, "--agency", "某市汇总"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已汇总 30 个单位的报告"))
        #expect(try CLI.run(["validate", total.path]).status == 0)
        let report = try ReportRenderer().read(path: total.path)
        #expect(report.agency == "某市汇总")
        // Independent sums from the generator's own numbers.
        for (table, row, column) in [("applications", "received", "natural_person"), ("applications", "results_total", "total"),
                                     ("appeals", "cases", "review_total"), ("proactive", "licensing", "decisions")] {
            let expected = (0..<30).reduce(0) { $0 + Int(samples.values($1)[CellKey(table: table, row: row, column: column)]!)! }
            #expect(report.value(CellKey(table: table, row: row, column: column)) == .count(expected), "\(table).\(row).\(column)")
        }
        let amounts = (0..<30).map { Decimal(string: samples.values($0)[CellKey(table: "proactive", row: "fees", column: "fee_amount")]!)! }
        #expect(report.value(CellKey(table: "proactive", row: "fees", column: "fee_amount")) == .amount("\(amounts.reduce(0, +))"))
    }

    @Test func killedHalfWayLeavesOnlyWholeFilesAndARerunCompletes() throws {
        let work = Paths.temporaryDirectory("gkexport-kill")
        let sheet = try Self.samples().writeSheet(count: 600, to: work)
        let out = work.appendingPathComponent("out")
        for signal in [SIGKILL, SIGINT] {
            try? FileManager.default.removeItem(at: out)
            let process = Process()
            process.executableURL = Paths.gkexport
            process.arguments = ["batch", sheet.path, "-o", out.path, "--jobs", "2"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Half way: some documents written, not all.
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, CLI.files(in: out).filter({ !$0.hasPrefix(".") }).count < 200 { usleep(20_000) }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let written = CLI.files(in: out).filter { $0 != "summary.json" && !$0.hasPrefix(".") }.count
            #expect(written >= 200 && written < 1200, "signal \(signal): \(written) files when stopped")
            try Self.expectOnlyWholeFiles(out, afterKill: signal == SIGKILL)
            if signal == SIGINT {
                #expect(process.terminationStatus == 130)
                #expect(try Self.summary(out).notRun > 0)
            }
            let again = try CLI.run(["batch", sheet.path, "-o", out.path])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(CLI.files(in: out).count == 1201)
            try Self.expectOnlyWholeFiles(out)
        }
    }

    @Test func previousYearsCarryOverIsChecked() throws {
        let work = Paths.temporaryDirectory("gkexport-previous")
        let last = work.appendingPathComponent("2021")
        try FileManager.default.createDirectory(at: last, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"),
                                         to: last.appendingPathComponent("qingyuan-2021.yaml"))
        var text = try String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "year: 2021", with: "year: 2022")
        let this = work.appendingPathComponent("qingyuan-2022.yaml")
        try Data(text.utf8).write(to: this)
        let result = try CLI.run(["validate", this.path, "--previous", last.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("表三「二、上年结转政府信息公开申请数量」×「自然人」应为 3（上年报告的「四、结转下年度继续办理」"))
        let batch = try CLI.run(["batch", this.path, "-o", work.appendingPathComponent("out").path, "--previous", last.path])
        #expect(batch.status == 1)
        #expect(try Self.summary(work.appendingPathComponent("out")).results[0].diagnostics.joined().contains("上年报告的「四、结转下年度继续办理」"))
    }

    @Test func namesStayInsideTheFolderAndNeverCollide() throws {
        let work = Paths.temporaryDirectory("gkexport-names")
        let samples = try Self.samples()
        var text = try String(contentsOf: try samples.writeSheet(count: 5, to: work), encoding: .utf8)
        for (i, hostile) in ["../逃逸", "a/b", "a/b", "A/B", "..\\c:d"].enumerated() {
            text = text.replacingOccurrences(of: "\r\n" + samples.agency(i) + ",", with: "\r\n\"\(hostile)\",")
        }
        let sheet = work.appendingPathComponent("hostile.csv")
        try Data(text.utf8).write(to: sheet)
        // A manifest too: the same reports as files, listed with a comment and a blank line.
        let out = work.appendingPathComponent("out")
        let result = try CLI.run(["batch", sheet.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: out) == [
            "_逃逸2021年政府信息公开工作年度报告.docx", "_逃逸2021年政府信息公开工作年度报告.odt",
            "a_b2021年政府信息公开工作年度报告.docx", "a_b2021年政府信息公开工作年度报告.odt",
            "a_b2021年政府信息公开工作年度报告（2）.docx", "a_b2021年政府信息公开工作年度报告（2）.odt",
            "A_B2021年政府信息公开工作年度报告（3）.docx", "A_B2021年政府信息公开工作年度报告（3）.odt",
            "_c_d2021年政府信息公开工作年度报告.docx", "_c_d2021年政府信息公开工作年度报告.odt",
            "summary.json",
        ].sorted())
        #expect(CLI.files(in: work).sorted() == ["hostile.csv", "narratives", "out", "sheet.csv"])
    }

    @Test func aManifestListsReportFiles() throws {
        let work = Paths.temporaryDirectory("gkexport-manifest")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("r"), withIntermediateDirectories: true)
        for name in ["fengcheng-2020.yaml", "qingyuan-2021.yaml"] {
            try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("examples/\(name)"), to: work.appendingPathComponent("r/\(name)"))
        }
        try Data("# 清单\nr/fengcheng-2020.yaml\n\nr/qingyuan-2021.yaml   # 县\n".utf8).write(to: work.appendingPathComponent("list.txt"))
        let result = try CLI.run(["batch", work.appendingPathComponent("list.txt").path, "-o", work.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try Self.summary(work.appendingPathComponent("out"))
        #expect(summary.results.map(\.agency) == ["丰城市行政审批局", "清远县人民政府办公室"])
        #expect(summary.results.allSatisfy { $0.status == .ok && $0.files.count == 2 })
    }
}
