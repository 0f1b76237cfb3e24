import Foundation
import ReportExport

/// Text as agencies' sites and editors save it: UTF-8, UTF-16 with a byte-order mark, or a
/// declared legacy Chinese encoding (GB2312/GBK/GB18030, Big5), converted by `LegacyEncoding`
/// (iconv: Foundation on Linux has no codec for them).
enum TextEncoding {
    /// The iconv name for a declared charset, or nil for one we do not read.
    static func iconvName(_ declared: String) -> String? {
        switch declared.lowercased().trimmingCharacters(in: .whitespaces) {
        case "utf-8", "utf8": return "UTF-8"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "windows-936", "hz-gb-2312": return "GB18030"
        case "big5", "big5-hkscs", "cp950", "x-big5", "windows-950": return "BIG5-HKSCS"
        case "utf-16", "utf16", "ucs-2": return "UTF-16"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252":
            // Chinese pages that say Latin-1 are mislabelled; the bytes decide.
            return nil
        default: return nil
        }
    }

    /// The charset a page declares in its first kilobytes: `<meta charset>`,
    /// `<meta http-equiv content="…; charset=…">` or an XML declaration.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        if let m = head.firstMatch(of: /(?i)<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)/) { return String(m.1) }
        if let m = head.firstMatch(of: /(?i)<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)/) { return String(m.1) }
        return nil
    }

    /// UTF-16 without a byte-order mark, told by its zero bytes around ASCII markup.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4 else { return nil }
        if bytes[0] == 0x3C, bytes[1] == 0 { return "UTF-16LE" }
        if bytes[0] == 0, bytes[1] == 0x3C { return "UTF-16BE" }
        return nil
    }

    /// A page's or a text file's characters, and a note when it took a conversion to get them.
    static func decode(_ bytes: [UInt8], markup: Bool) -> (text: String, note: String?)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, nil) } }
        if bytes.starts(with: [0xFF, 0xFE]) { return LegacyEncoding.convert(Array(bytes.dropFirst(2)), from: "UTF-16LE").map { ($0, "按 UTF-16 编码读入") } }
        if bytes.starts(with: [0xFE, 0xFF]) { return LegacyEncoding.convert(Array(bytes.dropFirst(2)), from: "UTF-16BE").map { ($0, "按 UTF-16 编码读入") } }
        if markup, let utf16 = bomlessUTF16(bytes) { return LegacyEncoding.convert(bytes, from: utf16).map { ($0, "按 UTF-16 编码读入") } }
        if markup, let declared = declaredCharset(bytes), let name = iconvName(declared), name != "UTF-8" {
            // Templates that say gb2312 around UTF-8 content are common; Chinese text in GBK
            // or Big5 is practically never valid UTF-8, so valid UTF-8 with non-ASCII wins.
            if bytes.contains(where: { $0 >= 0x80 }), let text = String(validating: bytes, as: UTF8.self) {
                return (text, "声明为 \(declared)，实为 UTF-8，按 UTF-8 读入")
            }
            if let text = LegacyEncoding.convert(bytes, from: name) { return (text, "按网页声明的 \(declared) 编码读入") }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        if let text = LegacyEncoding.convert(bytes, from: "GB18030") { return (text, "不是 UTF-8，按 GB18030（GBK）编码读入") }
        return nil
    }
}
