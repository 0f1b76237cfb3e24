import Foundation
import ReportExport
import Testing
import TestSupport

@Suite struct PDFOutputTests {
    let base = "丰城市行政审批局2020年政府信息公开工作年度报告"

    @Test(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
    func pdfEmbedsCJKFontsAndTwoSimultaneousRunsBothSucceed() async throws {
        let dirs = [Paths.temporaryDirectory("gkexport-pdf-a"), Paths.temporaryDirectory("gkexport-pdf-b")]
        // Started together: each run gets its own LibreOffice profile, so neither waits on or
        // breaks the other.
        let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
            for dir in dirs {
                group.addTask { try CLI.run(["render", Paths.example.path, "-o", dir.path, "--format", "docx,odt,pdf"]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        for dir in dirs {
            #expect(CLI.files(in: dir) == ["\(base).docx", "\(base).odt", "\(base).pdf"])
            let pdf = dir.appendingPathComponent("\(base).pdf")
            let (_, fonts) = try Shell.run("/usr/bin/env", ["pdffonts", pdf.path])
            let embeddedCJK = fonts.split(separator: "\n").filter { line in
                (line.contains("CJK") || line.contains("UKai") || line.contains("UMing")) && line.contains(" yes ")
            }
            #expect(embeddedCJK.count >= 2, "\(fonts)")
            let (_, text) = try Shell.run("/usr/bin/env", ["pdftotext", pdf.path, "-"])
            #expect(text.contains("政府信息公开工作年度报告"))
        }
    }

    @Test func withoutLibreOfficeItSaysWhatToInstallAndWritesNothing() throws {
        let out = Paths.temporaryDirectory("gkexport-nopdf")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf"],
                                 environment: ["PATH": "/nonexistent"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("找不到 LibreOffice（soffice）"))
        #expect(result.stderr.contains("apt-get install libreoffice-writer-nogui"))
        #expect(CLI.files(in: out).isEmpty)
    }

    @Test func aFailedConversionLeavesNoFile() throws {
        // A stand-in soffice that fails the way a broken installation does.
        let bin = Paths.temporaryDirectory("gkexport-fake-soffice")
        let fake = bin.appendingPathComponent("soffice")
        try Data("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let out = Paths.temporaryDirectory("gkexport-badpdf")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "odt,pdf"],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("LibreOffice 未能把"))
        #expect(result.stderr.contains("source file could not be loaded"))
        #expect(CLI.files(in: out).isEmpty)
    }

    // The stand-in LibreOffices live in the hostile corpus (Tests/Corpus/hostile/pdf-*/bin/soffice),
    // so these tests and the corpus harness exercise the same scripts.

    /// A fresh copy of a hostile case folder, its fake soffice executable.
    static func hostileCase(_ name: String) throws -> URL {
        let copy = Paths.temporaryDirectory("gkexport-hostile-pdf").appendingPathComponent(name)
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Tests/Corpus/hostile/\(name)"), to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.appendingPathComponent("bin/soffice").path)
        return copy
    }

    static func pathWithFake(_ folder: URL) -> [String: String] {
        ["PATH": folder.appendingPathComponent("bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    /// Gone, or a zombie: an orphan killed in a container whose init never reaps stays one.
    static func isDead(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 { return errno == ESRCH }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.range(of: ") ", options: .backwards) else { return false }
        return stat[close.upperBound...].hasPrefix("Z")
    }

    /// Waits up to `seconds` for every pid to be dead (a SIGKILL lands asynchronously).
    static func allDead(_ pids: [pid_t], within seconds: Double = 1) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if pids.allSatisfy(isDead) { return true }
            usleep(20_000)
        }
        return pids.allSatisfy(isDead)
    }

    static func pid(_ folder: URL, _ name: String) throws -> pid_t {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func aHangingLibreOfficeIsKilledWithEverythingItStarted() throws {
        let folder = try Self.hostileCase("pdf-soffice-hangs")
        let out = Paths.temporaryDirectory("gkexport-hangpdf")
        let start = Date()
        let result = try CLI.run(["render", "report.yaml", "-o", out.path, "--format", "docx,pdf", "--pdf-timeout", "2"],
                                 in: folder, environment: Self.pathWithFake(folder))
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("超时（超过 2 秒）"), "\(result.stderr)")
        #expect(seconds < 4, "took \(seconds) s")
        #expect(CLI.files(in: out).isEmpty)
        // The child ignores SIGTERM: only the group's SIGKILL ends it.
        let child = try Self.pid(folder, "child.pid"), soffice = try Self.pid(folder, "soffice.pid")
        #expect(Self.allDead([child, soffice]), "LibreOffice's processes outlived the timeout")
    }

    @Test func interruptingTheRenderKillsLibreOffice() throws {
        let folder = try Self.hostileCase("pdf-soffice-hangs")
        let process = Process()
        process.executableURL = Paths.gkexport
        process.arguments = ["render", "report.yaml", "-o", Paths.temporaryDirectory("gkexport-intpdf").path, "--format", "pdf",
                             "--pdf-timeout", "30"]  // bounds a failure of this test
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(Self.pathWithFake(folder)) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pidFile = folder.appendingPathComponent("soffice.pid").path
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: pidFile) && Date() < deadline { usleep(20_000) }
        usleep(100_000)  // let the fake write both pids
        let child = try Self.pid(folder, "child.pid"), soffice = try Self.pid(folder, "soffice.pid")
        process.terminate()  // SIGTERM, as a service manager or `kill` sends
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM,
                "gkexport should die of the signal it got")
        #expect(Self.allDead([child, soffice]), "LibreOffice's processes outlived gkexport")
    }

    @Test(arguments: [("pdf-soffice-writes-garbage", "不是 PDF 文件（开头没有 %PDF-）"),
                      ("pdf-soffice-writes-no-pages", "是一个没有任何页面的 PDF")])
    func aConversionThatIsNotAPDFWithPagesIsRefused(_ name: String, _ message: String) throws {
        let folder = try Self.hostileCase(name)
        let out = Paths.temporaryDirectory("gkexport-junkpdf")
        // An earlier PDF of the same name must survive a refused conversion.
        let earlier = out.appendingPathComponent("测试单位2022年政府信息公开工作年度报告.pdf")
        try Data("earlier".utf8).write(to: earlier)
        let result = try CLI.run(["render", "report.yaml", "-o", out.path, "--format", "docx,pdf"],
                                 in: folder, environment: Self.pathWithFake(folder))
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("未写出 PDF"))
        #expect(CLI.files(in: out) == [earlier.lastPathComponent])
        #expect(try Data(contentsOf: earlier) == Data("earlier".utf8))
    }

    @Test func aTruncatedPDFIsRefused() throws {
        // Page objects but no %%EOF: LibreOffice killed halfway through writing, say.
        let bin = Paths.temporaryDirectory("gkexport-fake-soffice")
        let fake = bin.appendingPathComponent("soffice")
        try Data("""
            #!/bin/sh
            while [ $# -gt 1 ]; do [ "$1" = --outdir ] && out=$2; shift; done
            name=$(basename "$1")
            printf '%%PDF-1.4\\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\\n' > "$out/${name%.*}.pdf"

            """.utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let out = Paths.temporaryDirectory("gkexport-truncpdf")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "pdf"],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("不完整（结尾没有 %%EOF）"), "\(result.stderr)")
        #expect(CLI.files(in: out).isEmpty)
    }

    /// One report, as the batch pool does: a PDF whose page count is outside what our own layout
    /// says the document prints to is tried once more, then refused with nothing written; one
    /// inside the range is written.
    @Test(arguments: [1, 40, 0])
    func aRenderedPDFIsHeldAgainstTheLayoutsPageEstimate(pages: Int) throws {
        let library = TemplateLibrary()
        let range = PageEstimate.range(of: try ReportRenderer(templates: library).document(for: try ReportFileReader(templates: library).load(path: Paths.example.path).report))
        let printed = pages == 0 ? range.lowest : pages  // 0: a count inside the range
        let fake = try PDFBatchTests.fake(pages: printed)
        let out = Paths.temporaryDirectory("gkexport-render-pages")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf"],
                                 environment: Self.pathWithFake(fake))
        let attempts = try String(contentsOf: fake.appendingPathComponent("attempts"), encoding: .utf8).split(separator: "\n")
        if range.contains(printed) {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(CLI.files(in: out).filter { $0.hasSuffix(".pdf") }.count == 1)
            #expect(attempts.count == 1, "\(attempts)")
        } else {
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("转出的 PDF 有 \(printed) 页，不在按版面估计的 \(range)之内"), "\(result.stderr)")
            #expect(result.stderr.contains("重试一次仍是如此，未写出 PDF"), "\(result.stderr)")
            #expect(CLI.files(in: out).isEmpty)
            #expect(attempts.count == 2, "\(attempts)")
        }
    }

    @Test func aTimeoutThatIsNotAPositiveNumberIsRefused() throws {
        for bad in ["0", "-5", "nan"] {  // "=" so "-5" is a value, not an option
            let result = try CLI.run(["render", Paths.example.path, "-o", Paths.temporaryDirectory().path, "--format", "pdf",
                                      "--pdf-timeout=\(bad)"])
            #expect(result.status == 64, "\(bad): \(result.status)")
            #expect(result.stderr.contains("--pdf-timeout 应为大于 0 的秒数"), "\(bad): \(result.stderr)")
        }
    }
}
