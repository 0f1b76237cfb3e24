import Foundation

/// The fonts a PDF embeds, read from its `/BaseFont` names: LibreOffice writes font dictionaries
/// uncompressed, so the bytes are enough and poppler is needed only for a PDF whose objects all
/// sit in compressed object streams (then `pdffonts`, when installed).
enum EmbeddedFonts {
    /// Each font's name without its subset tag (`EAAAAA+NotoSerifCJKjp-Regular` → `NotoSerifCJKjp-Regular`).
    static func names(_ bytes: [UInt8], path: String) -> Set<String> {
        var names = Set<String>()
        let key = Array("/BaseFont".utf8)
        var i = 0
        while i + key.count < bytes.count {
            guard bytes[i] == key[0], bytes[i..<i + key.count].elementsEqual(key) else { i += 1; continue }
            var j = i + key.count
            while j < bytes.count, [0, 9, 10, 12, 13, 32].contains(bytes[j]) { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "/") else { i = j; continue }
            j += 1
            var name: [UInt8] = []
            while j < bytes.count, !Array(" \t\r\n\u{0C}\0()<>[]{}/%".utf8).contains(bytes[j]), name.count < 256 {
                // #xx is a byte written in hex (ISO 32000 7.3.5).
                if bytes[j] == UInt8(ascii: "#"), j + 2 < bytes.count,
                   let byte = UInt8(String(decoding: bytes[j + 1...j + 2], as: UTF8.self), radix: 16) {
                    name.append(byte)
                    j += 3
                } else {
                    name.append(bytes[j])
                    j += 1
                }
            }
            names.insert(withoutSubsetTag(String(decoding: name, as: UTF8.self)))
            i = j
        }
        if names.isEmpty, let listed = pdffonts(path) { return listed }
        return names
    }

    /// Six capitals and a plus mark a subset; the font's own name follows.
    static func withoutSubsetTag(_ name: String) -> String {
        let parts = name.split(separator: "+", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 6, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return name }
        return String(parts[1])
    }

    /// The name column of `pdffonts`.
    private static func pdffonts(_ path: String) -> Set<String>? {
        guard let text = HelperTool.output("pdffonts", [path]) else { return nil }
        let lines = text.split(separator: "\n").dropFirst(2)
        return Set(lines.compactMap { $0.split(separator: " ").first.map { withoutSubsetTag(String($0)) } })
    }
}
