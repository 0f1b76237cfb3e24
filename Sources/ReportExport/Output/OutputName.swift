/// A file name for a report's output that is safe on every system and cannot leave its
/// folder: `<agency><year>年政府信息公开工作年度报告.<ext>`. A name too long for that is
/// shortened to `<agency, cut>…<hash>-<year>年政府信息公开工作年度报告`: it keeps the year and
/// the suffix, and the hash of the whole identity keeps two reports from sharing a name.
public enum OutputName {
    public static let suffix = "年政府信息公开工作年度报告"

    /// A stem at most this long (UTF-8 bytes) leaves room for `（NNNNNN）` and `.docx`
    /// within the usual 255-byte limit for a file name.
    public static let maxStemBytes = 180

    /// Characters Windows forbids in names, path separators, controls and line/paragraph
    /// separators become "_"; invisible format characters (bidi overrides and isolates,
    /// zero-width characters) and filler letters go, so a name shows what it is; leading dots and spaces go, so `../x` stays inside the output folder.
    public static func sanitize(_ raw: String) -> String {
        var out = clean(raw)
        // Cut on a character boundary (callers keep names short; this is the last guard).
        while out.utf8.count > maxStemBytes { out.removeLast() }
        return out.isEmpty ? "report" : out
    }

    /// The file name stem for a report: unchanged for every name that fits, shortened with
    /// a hash of (agency, year, edition) for one that does not.
    public static func stem(agency: String, year: Int, edition: String?) -> String {
        let full = clean("\(agency)\(year)\(suffix)")
        if full.utf8.count <= maxStemBytes, !full.isEmpty { return full }
        let hash = StableHash.short("\(agency)\u{0}\(year)\u{0}\(edition ?? "")")
        let tail = "…\(hash)-\(year)\(suffix)"
        var head = clean(agency)
        while head.utf8.count + tail.utf8.count > maxStemBytes, !head.isEmpty { head.removeLast() }
        while let last = head.last, last == "." || last == " " { head.removeLast() }
        return head + tail
    }

    public static func fileName(agency: String, year: Int, edition: String? = nil, format: OutputFormat) -> String {
        stem(agency: agency, year: year, edition: edition) + "." + format.fileExtension
    }

    /// Letters that draw as nothing (Hangul fillers, blank braille): a name of them looks empty.
    static let invisibleFillers: Set<UInt32> = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800]

    private static func clean(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out.append("_")
            default:
                let category = scalar.properties.generalCategory
                if category == .format || invisibleFillers.contains(scalar.value) {
                    continue  // U+200B–200F, U+202A–202E, U+2066–2069, U+061C, U+FEFF, soft hyphen, Hangul fillers…
                } else if category == .control || category == .lineSeparator || category == .paragraphSeparator
                            || (0xFFF0...0xFFFF).contains(scalar.value) {
                    // Controls and U+2028/U+2029 would break the name across lines in terminals and logs.
                    out.append("_")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        while let first = out.first, first == "." || first == " " { out.removeFirst() }
        while let last = out.last, last == "." || last == " " { out.removeLast() }
        return out
    }
}
