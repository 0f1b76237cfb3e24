/// A file name for a report's output that is safe on every system and cannot leave its
/// folder: `<agency><year>年政府信息公开工作年度报告.<ext>`.
public enum OutputName {
    /// Characters Windows forbids in names, path separators and controls become "_"; leading
    /// dots and spaces go, so `../x` stays inside the output folder.
    public static func sanitize(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out.append("_")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFF0...0xFFFF).contains(scalar.value) {
                    out.append("_")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        while let first = out.first, first == "." || first == " " { out.removeFirst() }
        while let last = out.last, last == "." || last == " " { out.removeLast() }
        // Keep well under the usual 255-byte name limit, cutting on a character boundary.
        while out.utf8.count > 180 { out.removeLast() }
        return out.isEmpty ? "report" : out
    }

    public static func fileName(agency: String, year: Int, format: OutputFormat) -> String {
        sanitize("\(agency)\(year)年政府信息公开工作年度报告") + "." + format.fileExtension
    }
}
