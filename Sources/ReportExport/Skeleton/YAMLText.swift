/// Writing values into YAML text by hand (skeletons, aggregated reports): quoted only when
/// YAML would otherwise read them as something else.
enum YAMLText {
    static func scalar(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { c in
            !(c.value < 0x20) && !"#:{}[],&*!|>'\"%@`\\".unicodeScalars.contains(c)
        } && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-") && !s.hasPrefix("?")
            && Int(s) == nil && Double(s) == nil && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(s.lowercased())
        if plain { return s }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// A literal block (`|`) holding `lines`, indented by two spaces.
    static func block(_ lines: [String]) -> String {
        "|\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
