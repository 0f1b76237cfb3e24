import Foundation
import OOXMLWriter
import TestSupport

/// Builds the documents the hostile tests import, in code: big ones are made on the fly and
/// never committed.
enum HostileDocuments {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let odf = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    /// The heading of part 一 in the golden seed's content.xml, where lines are put in.
    static let firstHeading = "<text:h text:style-name=\"Heading1\" text:outline-level=\"1\">一、总体情况</text:h>"

    static func docx(body: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8))
        zip.add("word/document.xml", Array("<w:document xmlns:w=\"\(w)\"><w:body>\(body)</w:body></w:document>".utf8))
        return zip.finish()
    }

    static func odt(body: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        zip.add("content.xml", Array("<office:document-content \(odf)><office:body><office:text>\(body)</office:text></office:body></office:document-content>".utf8))
        return zip.finish()
    }

    /// The golden seed report (`docx` or `odt`) with `old` replaced by `new` in `part`.
    static func seed(_ kind: String, part: String, replacing old: String, with new: String) throws -> [UInt8] {
        let bytes = [UInt8](try Data(contentsOf: Paths.root.appendingPathComponent("Tests/Golden/golden/seed-2020.\(kind)")))
        let original = try ZipReader(bytes)
        var zip = ZipWriter()
        for name in original.names {
            var data = try original.data(name)
            if name == part {
                let text = String(decoding: data, as: UTF8.self)
                precondition(text.contains(old), "seed has no \(old)")
                data = Array(text.replacingOccurrences(of: old, with: new).utf8)
            }
            zip.add(name, data, method: name == "mimetype" ? .stored : .deflated)
        }
        return zip.finish()
    }

    /// `count` hex digits from a fixed linear congruential sequence: text that does not
    /// compress, so a big part stays under the zip-bomb ratio as a real document would.
    static func noise(_ count: Int, seed: UInt64 = 1) -> String {
        var x = seed
        var out = [UInt8]()
        out.reserveCapacity(count)
        let digits = Array("0123456789abcdef".utf8)
        for _ in 0..<count {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            out.append(digits[Int(x >> 60)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `count` CJK ideographs from a fixed sequence (random-looking, so they compress little).
    static func ideographs(_ count: Int, seed: UInt64 = 7) -> String {
        var x = seed
        var scalars = String.UnicodeScalarView()
        for _ in 0..<count {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            scalars.append(Unicode.Scalar(0x4E00 + UInt32((x >> 33) % 20_000))!)
        }
        return String(scalars)
    }

    /// The part headings of a report, as DOCX paragraphs: recognition runs on what follows.
    static let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]

    static func wordParagraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
}
