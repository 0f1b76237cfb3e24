import Yams

/// Writing values into YAML text by hand (skeletons, aggregated reports): quoted only when
/// YAML would otherwise read them as something else.
public enum YAMLText {
    public static func scalar(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            !breaksLine(c) && !"#:{}[],&*!|>'\"%@`\\".unicodeScalars.contains(c)
        } && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-") && !s.hasPrefix("?")
            && Int(s) == nil && Double(s) == nil && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(s.lowercased())
            // What the reader resolves to another type: 2021-01-20 (a date), 1_000, 0o17, .inf.
            && Resolver.default.resolveTag(of: Node(s)) == .str
        if plain { return s }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where breaksLine(c):
                let hex = String(c.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Control characters and Unicode line breaks: raw, even inside quotes, they end a line
    /// (or a comment) as YAML reads it.
    public static func breaksLine(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029
    }

    /// Text for a `#` comment: kept on its one line, whatever it holds.
    public static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { breaksLine($0) ? " " : $0 }))
    }

    /// A literal block (`|`) holding `lines`, indented by two spaces.
    public static func block(_ lines: [String]) -> String {
        "|\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
