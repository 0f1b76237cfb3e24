// A target of its own: importing libyaml's C module into a module that also sees libxml2's
// (ReportExport, through OOXMLWriter) makes clang meet two ICU `UErrorCode`s — Foundation's and
// the system's — and a clean build fails.
internal import CYaml

/// Bounds a YAML (or JSON) text on libyaml's event stream, before Yams builds a tree: nesting
/// depth, and the number of nodes counting every alias as the nodes it stands for. Yams hashes
/// mapping keys whole, so an alias of an alias of … used as a key costs 9ⁿ unless refused here;
/// a deeply nested text would recurse through Yams' composer.
public enum YAMLBounds {
    /// A report nests four levels (file → table → row → column); JSON adds none.
    public static let maxDepth = 20
    /// A report holds a few hundred nodes; aliases included, no file may stand for more.
    public static let maxNodes = 50_000

    public struct Violation: Error, Equatable {
        /// 1-based, as in every message.
        public let line: Int
        public let column: Int
        public let message: String
        public let hint: String
    }

    /// The first bound `text` breaks, or nil. A syntax error ends the scan without a verdict:
    /// Yams then says what is wrong in its own words.
    public static func check(_ text: String) -> Violation? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Violation? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var nodes = 0
            // For each open collection: `nodes` when it began, and its anchor.
            var open: [(start: Int, anchor: String?)] = []
            // Nodes each anchor stands for, aliases within it expanded.
            var sizes: [String: Int] = [:]
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml's scanner runs ahead of its events and stops deep flow nesting
                    // itself (at 1000); said here in the same words as our own bound.
                    guard let problem = parser.problem, String(cString: problem).contains("nesting") else { return nil }
                    return depthViolation(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
                }
                defer { yaml_event_delete(&event) }
                let at = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    nodes += 1
                    if let anchor = name(event.data.scalar.anchor) { sizes[anchor] = 1 }
                case YAML_ALIAS_EVENT:
                    let anchor = name(event.data.alias.anchor) ?? ""
                    nodes += sizes[anchor] ?? 1
                    if nodes > maxNodes {
                        return Violation(line: at.line, column: at.column,
                                         message: "别名“*\(anchor)”展开后，文件里的值超过 \(maxNodes) 个（别名套别名）",
                                         hint: "报告文件用不到 YAML 的锚点和别名（&名称、*名称）：直接写出内容")
                    }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    nodes += 1
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT
                        ? name(event.data.sequence_start.anchor) : name(event.data.mapping_start.anchor)
                    open.append((nodes, anchor))
                    if open.count > maxDepth { return depthViolation(line: at.line, column: at.column) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let (start, anchor) = open.popLast(), let anchor { sizes[anchor] = nodes - start + 1 }
                default:
                    break
                }
                if nodes > maxNodes {
                    return Violation(line: at.line, column: at.column,
                                     message: "文件里的值超过 \(maxNodes) 个，报告文件只有几百个",
                                     hint: "确认选择的是报告文件（.yaml 或 .json）")
                }
            }
        }
    }

    private static func depthViolation(line: Int, column: Int) -> Violation {
        Violation(line: line, column: column, message: "嵌套超过 \(maxDepth) 层（报告文件只有 4 层：表、行、列、数）",
                  hint: "检查括号是否成对；参照 examples/ 下的示例文件")
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
