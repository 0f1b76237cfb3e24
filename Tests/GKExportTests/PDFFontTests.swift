import Foundation
import Testing
import TestSupport

/// Honest fonts: every PDF's embedded fonts are read, and an official face printed with another
/// font is said once per run, refused under --strict-fonts, and avoided with the office's own fonts.
@Suite struct PDFFontTests {
    static let hasLibreOffice = Shell.has("soffice") || ProcessInfo.processInfo.environment["CI"] != nil
    static let base = "丰城市行政审批局2020年政府信息公开工作年度报告"

    @Test(.enabled(if: hasLibreOffice))
    func aSubstitutedOfficialFaceIsReportedOnceNamingTheFaceUsed() throws {
        let out = Paths.temporaryDirectory("gkexport-fonts-report")
        let second = try CLI.exampleVariant([("丰城市行政审批局", "丰城市统计局")])
        let result = try CLI.run(["render", Paths.example.path, second.path, "-o", out.path, "--format", "pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "字体提示").count == 2, "once for the run: \(result.stderr)")
        #expect(result.stderr.contains("已逐份读出 2 份 PDF 嵌入的字体"), "\(result.stderr)")
        if FileManager.default.fileExists(atPath: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc") {
            #expect(result.stderr.contains("仿宋_GB2312 → Noto Serif CJK SC（全部 PDF）"), "\(result.stderr)")
            #expect(result.stderr.contains("黑体 → Noto Sans CJK SC"), "\(result.stderr)")
        } else {
            #expect(result.stderr.contains("仿宋_GB2312 → "), "\(result.stderr)")
        }
        #expect(result.stderr.contains("--fonts 字体文件夹"))
        #expect(result.stderr.contains("--strict-fonts"))
    }

    @Test(.enabled(if: hasLibreOffice))
    func strictFontsRefusesAndLeavesTheEarlierFilesAsTheyWere() throws {
        let out = Paths.temporaryDirectory("gkexport-fonts-strict")
        let earlier = out.appendingPathComponent("\(Self.base).pdf")
        try Data("earlier".utf8).write(to: earlier)
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf", "--strict-fonts"])
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("公文规定字体被代替：仿宋_GB2312 → "), "\(result.stderr)")
        #expect(result.stderr.contains("未写出 PDF"))
        #expect(CLI.files(in: out) == [earlier.lastPathComponent], "the DOCX must not be written either")
        #expect(try Data(contentsOf: earlier) == Data("earlier".utf8))
    }

    @Test func aFontsFolderThatIsNotThereIsRefusedBeforeAnythingIsRendered() throws {
        let out = Paths.temporaryDirectory("gkexport-fonts-missing")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "docx,pdf", "--fonts", "/nonexistent/fonts"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--fonts 指定的字体文件夹 /nonexistent/fonts 不存在或不是文件夹"), "\(result.stderr)")
        #expect(CLI.files(in: out).isEmpty)
    }

    /// A font whose family is 仿宋_GB2312 (and PostScript name FangSong_GB2312, as the real one's),
    /// made from AR PL UKai with fontTools; nil with the reason when that cannot be done here.
    static func ownFangSong() throws -> (folder: URL?, reason: String) {
        let ukai = "/usr/share/fonts/truetype/arphic/ukai.ttc"
        guard FileManager.default.fileExists(atPath: ukai) else { return (nil, "fonts-arphic-ukai is not installed") }
        guard Shell.has("python3"), (try? Shell.run("/usr/bin/env", ["python3", "-c", "import fontTools"])) != nil else {
            return (nil, "python3 with fontTools is not installed (pip install fonttools)")
        }
        let folder = Paths.temporaryDirectory("gkexport-own-fonts")
        let script = """
            import sys
            from fontTools.ttLib import TTCollection
            font = TTCollection(sys.argv[1]).fonts[0]
            name = font['name']
            name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
            for lang in (0x409, 0x804):
                name.setName('仿宋_GB2312', 1, 3, 1, lang)
                name.setName('Regular', 2, 3, 1, lang)
                name.setName('仿宋_GB2312', 4, 3, 1, lang)
            name.setName('gkexport-test:FangSong_GB2312', 3, 3, 1, 0x409)
            name.setName('FangSong_GB2312', 6, 3, 1, 0x409)
            font.save(sys.argv[2])
            """
        try Shell.run("/usr/bin/env", ["python3", "-c", script, ukai, folder.appendingPathComponent("fangsong_gb2312.ttf").path])
        return (folder, "")
    }

    @Test(.enabled(if: hasLibreOffice))
    func aFontTheOfficeOwnsUnderTheOfficialNameIsUsedAndNotReported() throws {
        let (folder, reason) = try Self.ownFangSong()
        guard let folder else {
            print("skipped: \(reason)")
            return
        }
        let out = Paths.temporaryDirectory("gkexport-fonts-own")
        let result = try CLI.run(["render", Paths.example.path, "-o", out.path, "--format", "pdf", "--fonts", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("仿宋_GB2312 → "), "the office's 仿宋_GB2312 was still replaced: \(result.stderr)")
        // The other official faces are still stand-ins, and still said.
        #expect(result.stderr.contains("黑体 → "), "\(result.stderr)")
        let (_, fonts) = try Shell.run("/usr/bin/env", ["pdffonts", out.appendingPathComponent("\(Self.base).pdf").path])
        #expect(fonts.contains("+FangSong_GB2312"), "\(fonts)")
    }
}
