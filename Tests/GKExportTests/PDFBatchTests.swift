import Foundation
import ReportBatch
import ReportExport
import SampleReports
import Testing
import TestSupport

/// `batch --format …,pdf`: a pool of LibreOffice processes, each printing many documents per start.
@Suite struct PDFBatchTests {
    /// A sheet of `count` generated agencies in a fresh folder.
    static func sheet(_ count: Int) throws -> URL {
        let library = TemplateLibrary()
        let samples = SampleReports(format: try library.format("2021"), year: 2021)
        return try samples.writeSheet(count: count, to: Paths.temporaryDirectory("gkexport-pdfbatch-in"))
    }

    static func summary(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["results"] as? [[String: Any]])
    }

    @Test(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
    func everyAgencyGetsACheckedPDFBesideItsDOCX() throws {
        let out = Paths.temporaryDirectory("gkexport-pdfbatch-out")
        let result = try CLI.run(["batch", try Self.sheet(5).path, "-o", out.path, "--format", "docx,pdf", "--pdf-jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let results = try Self.summary(out)
        #expect(results.count == 5)
        for item in results {
            let files = try #require(item["files"] as? [String])
            #expect(files.count == 2 && files[0].hasSuffix(".docx") && files[1].hasSuffix(".pdf"), "\(files)")
            let pdf = out.appendingPathComponent(files[1])
            let (_, info) = try Shell.run("/usr/bin/env", ["pdfinfo", pdf.path])
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            #expect((pages ?? 0) >= 1, "\(info)")
            let (_, text) = try Shell.run("/usr/bin/env", ["pdftotext", pdf.path, "-"])
            #expect(text.contains(try #require(item["agency"] as? String)), "the PDF is not this agency's report")
        }
        // No staging folder or temporary file left in DIR.
        #expect(CLI.files(in: out).allSatisfy { $0 == "summary.json" || $0.hasSuffix(".docx") || $0.hasSuffix(".pdf") }, "\(CLI.files(in: out))")
        // The substitution is said once for the whole batch.
        #expect(result.stderr.components(separatedBy: "字体提示").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("仿宋_GB2312 → "), "\(result.stderr)")
    }

    /// A page count every agency of `sheet` can print to, from their estimated ranges.
    static func pagesInRange(_ sheet: URL) throws -> Int {
        let library = TemplateLibrary()
        let reports = try SheetReports(path: sheet.path, templates: library)
        let renderer = ReportRenderer(templates: library)
        let ranges = try (0..<reports.count).map { PageEstimate.range(of: try renderer.document(for: reports.load($0))) }
        let pages = try #require(ranges.map(\.lowest).max())
        try #require(ranges.allSatisfy { $0.contains(pages) }, "\(ranges)")
        return pages
    }

    /// A stand-in LibreOffice that converts every file it is given, in order, each to a
    /// well-formed PDF of `pages` pages, except `hangOn` (a document's index in the sheet,
    /// `1.docx` for the second), on which it hangs with a child that ignores SIGTERM.
    static func fake(pages: Int, hangOn: String? = nil) throws -> URL {
        let folder = Paths.temporaryDirectory("gkexport-pdfpool-fake")
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            here=$(cd "$(dirname "$0")/.." && pwd)
            out=""; files=""
            while [ $# -gt 0 ]; do
                case "$1" in
                    --outdir) out=$2; shift ;;
                    *.docx) files="$files $1" ;;
                esac
                shift
            done
            pages=\(pages)
            for f in $files; do
                name=$(basename "$f" .docx)
                echo "$name" >> "$here/attempts"
                if [ "$name" = "\(hangOn ?? "")" ]; then
                    (trap '' TERM; exec sleep 600) &
                    echo $! >> "$here/children"
                    wait
                fi
                {
                    kids=""; i=0
                    while [ $i -lt $pages ]; do kids="$kids $((i + 3)) 0 R"; i=$((i + 1)); done
                    printf '%%PDF-1.4\\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\\n'
                    printf '2 0 obj << /Type /Pages /Kids [%s] /Count %d >> endobj\\n' "$kids" "$pages"
                    i=0
                    while [ $i -lt $pages ]; do printf '%d 0 obj << /Type /Page /Parent 2 0 R >> endobj\\n' $((i + 3)); i=$((i + 1)); done
                    printf 'trailer << /Root 1 0 R >>\\n%%%%EOF\\n'
                } > "$out/$name.tmp"
                mv "$out/$name.tmp" "$out/$name.pdf"
            done

            """
        let fake = bin.appendingPathComponent("soffice")
        try Data(script.utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        return folder
    }

    @Test func aStuckDocumentIsKilledRetriedOnceAndFailsAloneWhileTheOthersArePrinted() throws {
        let sheet = try Self.sheet(4)
        let fake = try Self.fake(pages: try Self.pagesInRange(sheet), hangOn: "1")
        let out = Paths.temporaryDirectory("gkexport-pdfpool-out")
        let start = Date()
        let result = try CLI.run(["batch", sheet.path, "-o", out.path, "--format", "docx,pdf",
                                  "--pdf-jobs", "1", "--pdf-timeout", "2"],
                                 environment: PDFOutputTests.pathWithFake(fake))
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(seconds < 20, "took \(seconds) s")
        let results = try Self.summary(out)
        #expect(results.map { $0["status"] as? String } == ["ok", "failed", "ok", "ok"])
        let failed = results[1]
        #expect(((failed["diagnostics"] as? [String]) ?? []).joined().contains("超时（超过 2 秒没有进展）"), "\(failed)")
        #expect(((failed["diagnostics"] as? [String]) ?? []).joined().contains("重试一次仍未成功"), "\(failed)")
        // The failed agency has neither file; every other agency both.
        #expect((failed["files"] as? [String]) == [])
        #expect(CLI.files(in: out).filter { $0.hasSuffix(".pdf") }.count == 3)
        #expect(CLI.files(in: out).filter { $0.hasSuffix(".docx") }.count == 3)
        // Tried twice, no more; the documents behind it were converted after a restart.
        let attempts = try String(contentsOf: fake.appendingPathComponent("attempts"), encoding: .utf8).split(separator: "\n")
        #expect(attempts.filter { $0 == "1" }.count == 2, "\(attempts)")
        #expect(Set(attempts) == ["0", "1", "2", "3"])
        // Each stuck LibreOffice's child, which ignores SIGTERM, died with its group.
        let children = try String(contentsOf: fake.appendingPathComponent("children"), encoding: .utf8)
            .split(separator: "\n").compactMap { pid_t($0) }
        #expect(children.count == 2)
        #expect(PDFOutputTests.allDead(children), "a stuck LibreOffice outlived its timeout")
    }

    /// A PDF cut short (one page) or running away (forty) is well formed but cannot be the
    /// report: each is tried once more, then its agency fails naming the range and the count,
    /// and nothing of it is written.
    @Test(arguments: [1, 40])
    func aPDFWithAPageCountOutsideTheEstimateIsRetriedOnceThenFailsItsAgency(pages: Int) throws {
        let sheet = try Self.sheet(2)
        let library = TemplateLibrary()
        let reports = try SheetReports(path: sheet.path, templates: library)
        let range = PageEstimate.range(of: try ReportRenderer(templates: library).document(for: reports.load(0)))
        try #require(!range.contains(pages), "\(range)")
        let fake = try Self.fake(pages: pages)
        let out = Paths.temporaryDirectory("gkexport-pdfpool-pages")
        let result = try CLI.run(["batch", sheet.path, "-o", out.path, "--format", "docx,pdf", "--pdf-jobs", "1"],
                                 environment: PDFOutputTests.pathWithFake(fake))
        #expect(result.status == 1, "\(result.stderr)")
        let results = try Self.summary(out)
        #expect(results.map { $0["status"] as? String } == ["failed", "failed"])
        let said = ((results[0]["diagnostics"] as? [String]) ?? []).joined()
        #expect(said.contains("转出的 PDF 有 \(pages) 页，不在按版面估计的 \(range)之内"), "\(said)")
        #expect(said.contains("重试一次仍是如此，未写出 PDF"), "\(said)")
        #expect(CLI.files(in: out) == ["summary.json"])
        let attempts = try String(contentsOf: fake.appendingPathComponent("attempts"), encoding: .utf8).split(separator: "\n")
        #expect(attempts.sorted() == ["0", "0", "1", "1"], "\(attempts)")
    }

    @Test(.enabled(if: Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil))
    func strictFontsRefusesEveryPDFWithAStandInAndWritesNothingForThatAgency() throws {
        let out = Paths.temporaryDirectory("gkexport-pdfbatch-strict")
        let result = try CLI.run(["batch", try Self.sheet(2).path, "-o", out.path, "--format", "docx,pdf", "--strict-fonts"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("--strict-fonts 不写出用了代替字体的 PDF"), "\(result.stdout)")
        #expect(CLI.files(in: out) == ["summary.json"])
    }

    @Test func batchRefusesAPDFJobCountBelowOne() throws {
        let result = try CLI.run(["batch", try Self.sheet(1).path, "-o", Paths.temporaryDirectory().path, "--format", "pdf", "--pdf-jobs", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--pdf-jobs must be at least 1"))
    }
}
