import Foundation
import Testing
import TestSupport
@testable import ReportExport

/// What gkexport reads back from a PDF before it may replace anything: pages and fonts.
@Suite struct PDFReadingTests {
    static func pdf(pages: Int, declared: Int, fonts: [String] = []) -> [UInt8] {
        var text = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        text += "2 0 obj\n<</Type/Pages\n/Kids[ ]\n/Count \(declared)>>\nendobj\n"
        for i in 0..<pages { text += "\(3 + i) 0 obj << /Type /Page /Parent 2 0 R >> endobj\n" }
        for (i, font) in fonts.enumerated() { text += "\(100 + i) 0 obj << /Type /Font /BaseFont /\(font) >> endobj\n" }
        return Array((text + "trailer << /Root 1 0 R >>\n%%EOF\n").utf8)
    }

    @Test func aPageTreeThatDisagreesWithThePagesFoundIsRefused() {
        #expect(PDFCheck.problem(Self.pdf(pages: 3, declared: 3), path: "/nonexistent") == nil)
        #expect(PDFCheck.problem(Self.pdf(pages: 2, declared: 5), path: "/nonexistent") == .pageCount(found: 2, declared: 5))
        #expect(PDFCheck.problem(Self.pdf(pages: 2, declared: 5), path: "/x")?.words == "页数不一致（页面树写 5 页，实有 2 页）")
    }

    @Test func embeddedFontNamesLoseTheirSubsetTagAndDecodeHexBytes() {
        let bytes = Self.pdf(pages: 1, declared: 1, fonts: ["EAAAAA+NotoSerifCJKjp-Regular", "FangSong#5FGB2312", "ABC+Short"])
        #expect(EmbeddedFonts.names(bytes, path: "/nonexistent") == ["NotoSerifCJKjp-Regular", "FangSong_GB2312", "ABC+Short"])
    }

    @Test func anOfficialFaceIsRealOnlyUnderItsOwnNames() {
        let fangsong = OfficialFace.all[0]
        #expect(fangsong.name == "仿宋_GB2312")
        #expect(fangsong.isReal("FangSong_GB2312") && fangsong.isReal("fangsong-gb2312"))
        #expect(!fangsong.isReal("NotoSerifCJKjp-Regular") && !fangsong.isReal("FandolFang-Regular"))
    }

    @Test func anOwnedFamilyLosesItsRuleAndTheFoldersAreAdded() {
        let template = """
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <match target="pattern">
                <test name="family" compare="eq"><string>仿宋_GB2312</string></test>
                <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
              </match>
              <match target="pattern">
                <test name="family" compare="eq"><string>黑体</string></test>
                <edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string></edit>
              </match>
            </fontconfig>
            """
        let config = FontSetup.config(template, folders: [URL(fileURLWithPath: "/srv/fonts & more")], owned: ["仿宋_GB2312", "FangSong_GB2312"])
        #expect(config.contains("<dir>/srv/fonts &amp; more</dir>"))
        #expect(!config.contains("<string>Noto Serif CJK SC</string>"), "the owned face's rule must go")
        #expect(config.contains("<string>黑体</string>"), "a face not owned keeps its rule")
    }

    @Test func theFacesInUseComeFromStylesRunsAndFooters() throws {
        let renderer = ReportRenderer()
        let document = try renderer.document(for: try renderer.read(path: Paths.example.path))
        // Body, title, headings and table heads; 宋体 only in the page-number footers.
        #expect(document.eastAsianFontsInUse == ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"])
        var bare = document
        bare.section.oddFooter = []
        bare.section.evenFooter = nil
        #expect(!bare.eastAsianFontsInUse.contains("宋体"))
    }
}
