import ReportExport
/// Text whose lines may each be UTF-8 or GB18030: what a sheet becomes when rows pasted from
/// one editor meet rows typed in Excel on Chinese Windows. Bytes that are valid UTF-8 as a whole
/// are UTF-8; otherwise each physical line is decoded on its own (GB18030 never uses the byte
/// 0x0A inside a character, so lines split the same in both), and the lines read each way are
/// named, so the caller can say so.
struct LineDecoding {
    let text: String
    /// 1-based physical lines read as GB18030.
    let gb18030Lines: [Int]
    /// 1-based physical lines with non-ASCII text read as UTF-8.
    let utf8Lines: [Int]

    var isMixed: Bool { !gb18030Lines.isEmpty && !utf8Lines.isEmpty }

    /// "UTF-8", "GB18030", or both when mixed.
    var encoding: String {
        isMixed ? "UTF-8 与 GB18030 混合" : gb18030Lines.isEmpty ? "UTF-8" : "GB18030"
    }

    struct Failure: Error {
        /// The first line neither encoding can read.
        let line: Int
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> LineDecoding {
        if let text = String(validating: bytes, as: UTF8.self) {
            return LineDecoding(text: text, gb18030Lines: [], utf8Lines: [])
        }
        var text = ""
        text.reserveCapacity(bytes.count + bytes.count / 2)
        var gb: [Int] = [], utf8: [Int] = []
        var line = 1
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let slice = bytes[start..<end]
            if slice.allSatisfy({ $0 < 0x80 }) {
                text += String(decoding: slice, as: UTF8.self)
            } else {
                let asUTF8 = String(validating: slice, as: UTF8.self)
                if let asUTF8, isPlausible(asUTF8) {
                    text += asUTF8
                    utf8.append(line)
                } else if let asGB = LegacyEncoding.gb18030(Array(slice)) {
                    text += asGB
                    gb.append(line)
                } else if let asUTF8 {
                    text += asUTF8
                    utf8.append(line)
                } else {
                    throw Failure(line: line)
                }
            }
            if end < bytes.count { text += "\n" }
            line += 1
            start = end + 1
        }
        return LineDecoding(text: text, gb18030Lines: gb, utf8Lines: utf8)
    }

    /// Whether UTF-8-decoded text looks like what a Chinese sheet holds. GB18030 bytes that
    /// happen to be valid UTF-8 decode to Latin, Greek, Cyrillic, Arabic or Hebrew letters below
    /// U+2000 and almost never to a Chinese character; a real UTF-8 row of a sheet names its
    /// agency in Chinese, so a letter below U+2000 (pinyin tone marks, ¥) is fine beside one.
    static func isPlausible(_ text: String) -> Bool {
        var odd = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || v >= 0x20000 { return true }
            if v >= 0x80 && v < 0x2000 { odd = true }
        }
        return !odd
    }

    /// "第 3、7 行" — at most ten lines named, then how many more.
    static func lineList(_ lines: [Int]) -> String {
        let named = lines.prefix(10).map(String.init).joined(separator: "、")
        return "第 \(named) 行" + (lines.count > 10 ? "等 \(lines.count) 行" : "")
    }

    /// The warning a mixed text deserves, or nil: which lines were read which way.
    var note: String? {
        guard isMixed else { return nil }
        // Name the fewer lines; "the rest" are the others.
        if gb18030Lines.count <= utf8Lines.count {
            return "\(Self.lineList(gb18030Lines))按 GB18030 读入，其余按 UTF-8"
        }
        return "\(Self.lineList(utf8Lines))按 UTF-8 读入，其余按 GB18030"
    }
}
