import Foundation
import Testing
import Yams
@testable import ReportExport

/// The hand-written YAML scalar writer behind `init`, `import` and `aggregate`: plain where
/// YAML reads the text back as that text, quoted and escaped everywhere else.
@Suite struct YAMLTextTests {
    @Test(arguments: ["丰城市人民政府", "qingyuan-2021", "a b", "2020年", "第二十条第（六）项", "file.txt", "x-y", "a?b"])
    func ordinaryTextStaysPlain(_ text: String) {
        #expect(YAMLText.scalar(text) == text)
    }

    @Test(arguments: [
        ("", "\"\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("-dash", "\"-dash\""),
        ("- item", "\"- item\""),
        ("?q", "\"?q\""),
        ("a: b", "\"a: b\""),
        (":x", "\":x\""),
        ("#x", "\"#x\""),
        ("a #b", "\"a #b\""),
        ("it's", "\"it's\""),
        ("[1]", "\"[1]\""),
        ("{a}", "\"{a}\""),
        ("&anchor", "\"&anchor\""),
        ("*alias", "\"*alias\""),
        ("!tag", "\"!tag\""),
        ("|", "\"|\""),
        (">", "\">\""),
        ("%YAML", "\"%YAML\""),
        ("@x", "\"@x\""),
        ("`x`", "\"`x`\""),
        ("2020", "\"2020\""),
        ("-3", "\"-3\""),
        ("+3", "\"+3\""),
        ("1.5", "\"1.5\""),
        ("1e3", "\"1e3\""),
        ("yes", "\"yes\""),
        ("No", "\"No\""),
        ("TRUE", "\"TRUE\""),
        ("off", "\"off\""),
        ("null", "\"null\""),
        ("~", "\"~\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("C:\\dir", "\"C:\\\\dir\""),
        ("two\nlines", "\"two\\nlines\""),
        ("tab\there", "\"tab\\there\""),
        ("cr\rhere", "\"cr\\u000Dhere\""),
        ("bell\u{7}", "\"bell\\u0007\""),
        ("del\u{7F}", "\"del\\u007F\""),
        ("nel\u{85}", "\"nel\\u0085\""),
        ("ls\u{2028}", "\"ls\\u2028\""),
        ("ps\u{2029}", "\"ps\\u2029\""),
        ("2021-01-20", "\"2021-01-20\""),
        ("1_000", "\"1_000\""),
        ("0o17", "\"0o17\""),
        (".inf", "\".inf\""),
    ])
    func textYAMLWouldMisreadIsQuotedAndEscaped(_ text: String, _ written: String) {
        #expect(YAMLText.scalar(text) == written)
    }

    /// Whatever it writes, YAML reads back as the same string. (Not U+FEFF: the reader drops
    /// it wherever it stands, quoted or escaped.)
    @Test(arguments: [
        "丰城市", "", " ", "-", "--", "---", "...", "- x", "? x", "a: b", "a:b", "#", "'", "\"", "\\", "yes", "Yes", "Y", "n", "null",
        "Null", "NULL", "~", "true", "False", "on", "OFF", "123", "0123", "-1", "+1", "1.0", ".5", "1e3", "1_000", "0x1F", "0o17",
        "0b101", ".inf", "-.inf", ".NaN", "2020-01-01", "2020-01-01 10:00:00", "1:30", "<<", "=", "a\nb", "a\r\nb", "\t", "\u{0}",
        "\u{1B}[31m", "\u{85}", "\u{2028}", "x # y", "%", "@", "`", "|", ">", "!", "&a", "*a", "[", "]", "{", "}", ",",
    ])
    func everyScalarReadsBackAsWritten(_ text: String) throws {
        let yaml = "k: \(YAMLText.scalar(text))\n"
        let read = (try Yams.load(yaml: yaml) as? [String: Any])?["k"]
        #expect(read as? String == text, "\(text.debugDescription) written as \(yaml.debugDescription), read as \(String(describing: read))")
    }

    @Test func commentsStayOnOneLine() {
        #expect(YAMLText.comment("a\nb\r\nc\u{2028}d\u{85}e") == "a b  c d e")
        #expect(YAMLText.comment("# 丰城市: x") == "# 丰城市: x")
    }

    @Test func aBlockIsALiteralIndentedByTwo() {
        #expect(YAMLText.block(["第一段", "", "第三段"]) == "|\n  第一段\n  \n  第三段")
        #expect(YAMLText.block([]) == "|\n")
    }
}
