import Foundation

/// Is this file a PDF worth handing to a user? A converter can exit 0 and still leave garbage, a
/// truncated file or a document with no pages; none of those may replace anything.
///
/// Checked from the bytes alone, so the answer never depends on poppler being installed: the
/// header, the end-of-file marker, and the page objects (`/Type /Page`, which LibreOffice writes
/// uncompressed), which must be as many as the page tree's own `/Count` says (a file cut short or
/// patched together disagrees with itself). Only a PDF whose objects could all sit in compressed
/// object streams, where no page can be seen without inflating them, is left to `pdfinfo` when present.
enum PDFCheck {
    enum Problem: Equatable {
        case notPDF
        case truncated
        case noPages
        /// The page objects found are not as many as the page tree declares.
        case pageCount(found: Int, declared: Int)

        /// What is wrong, as the sentence "LibreOffice 把 X 转出的文件…" goes on.
        var words: String {
            switch self {
            case .notPDF: "不是 PDF 文件（开头没有 %PDF-）"
            case .truncated: "不完整（结尾没有 %%EOF）"
            case .noPages: "是一个没有任何页面的 PDF"
            case .pageCount(let found, let declared): "页数不一致（页面树写 \(declared) 页，实有 \(found) 页）"
            }
        }
    }

    /// The problem with `bytes` (a file at `path`), or nil for a PDF with at least one page.
    static func problem(_ bytes: [UInt8], path: String) -> Problem? {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return .notPDF }
        // ISO 32000: %%EOF within the last 1024 bytes (readers accept trailing junk up to there).
        guard contains(bytes[max(0, bytes.count - 1024)...], Array("%%EOF".utf8)) else { return .truncated }
        let found = pageObjects(bytes)
        if found > 0 {
            if let declared = declaredPages(bytes), declared != found { return .pageCount(found: found, declared: declared) }
            return nil
        }
        if contains(bytes[...], Array("/ObjStm".utf8)), let pages = pdfinfoPages(path) {
            return pages > 0 ? nil : .noPages
        }
        return .noPages
    }

    /// How many `/Type /Page` dictionaries (not `/Pages`, the page tree) appear in plain bytes.
    static func pageObjects(_ bytes: [UInt8]) -> Int {
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        var count = 0
        var i = 0
        while let found = firstIndex(of: type, in: bytes, from: i) {
            var j = found + type.count
            while j < bytes.count, isWhitespace(bytes[j]) { j += 1 }
            if bytes.count >= j + page.count, bytes[j..<j + page.count].elementsEqual(page),
               j + page.count == bytes.count || isDelimiterOrWhitespace(bytes[j + page.count]) {
                count += 1
            }
            i = found + type.count
        }
        return count
    }

    /// The pages a PDF holds: its page objects, else (objects in compressed streams) `pdfinfo`'s count.
    static func pages(_ bytes: [UInt8], path: String) -> Int {
        let found = pageObjects(bytes)
        return found > 0 ? found : pdfinfoPages(path) ?? 0
    }

    /// The largest `/Count` of a `/Type /Pages` object (the root's, which counts every page), or
    /// nil when no page tree object can be read in plain bytes.
    static func declaredPages(_ bytes: [UInt8]) -> Int? {
        let type = Array("/Type".utf8), pages = Array("/Pages".utf8), count = Array("/Count".utf8)
        let objStart = Array("obj".utf8), objEnd = Array("endobj".utf8)
        var best: Int?
        var i = 0
        while let found = firstIndex(of: type, in: bytes, from: i) {
            i = found + type.count
            var j = i
            while j < bytes.count, isWhitespace(bytes[j]) { j += 1 }
            guard bytes.count >= j + pages.count, bytes[j..<j + pages.count].elementsEqual(pages),
                  j + pages.count == bytes.count || isDelimiterOrWhitespace(bytes[j + pages.count]) else { continue }
            // The object around it: from its "obj" to its "endobj".
            var start = found
            while start > 0, !bytes[start..<min(bytes.count, start + objStart.count)].elementsEqual(objStart) { start -= 1 }
            let end = firstIndex(of: objEnd, in: bytes, from: j) ?? bytes.count
            guard let at = firstIndex(of: count, in: Array(bytes[start..<end]), from: 0) else { continue }
            var k = start + at + count.count
            while k < end, isWhitespace(bytes[k]) { k += 1 }
            var value = 0, digits = 0
            while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39, digits < 9 {
                value = value * 10 + Int(bytes[k] - 0x30)
                digits += 1
                k += 1
            }
            if digits > 0 { best = max(best ?? 0, value) }
        }
        return best
    }

    private static func isWhitespace(_ b: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(b) }

    private static func isDelimiterOrWhitespace(_ b: UInt8) -> Bool {
        isWhitespace(b) || Array("()<>[]{}/%".utf8).contains(b)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: Array(bytes), from: 0) != nil
    }

    /// `pdfinfo`'s page count, or nil when poppler is not installed or cannot read the file.
    private static func pdfinfoPages(_ path: String) -> Int? {
        guard let text = HelperTool.output("pdfinfo", [path]) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
