internal import CYaml

/// A YAML node as a report file uses them: scalars, mappings with text keys, sequences, each
/// with its 1-based line and column (libyaml's, as Yams gives them).
public struct YAMLPlainNode: Sendable {
    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Content: Sendable {
        case scalar(String, Style)
        case mapping([(key: YAMLPlainNode, value: YAMLPlainNode)])
        case sequence([YAMLPlainNode])
        /// Neither: an unresolved alias, as only Yams' tree can hold.
        case other
    }

    public var content: Content
    public var line: Int
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }
}

/// One walk over libyaml's event stream building `YAMLPlainNode`s — the common case of a
/// report file, without Yams' tree, tags and resolver; an alias is its anchor's node, as in
/// Yams. It gives up (nil) on everything else: a syntax error, a duplicate key, a tag, an
/// undefined alias, a key that is not a scalar, no document or more than one, a text past
/// `YAMLBounds` (aliases counted as the nodes they stand for). The caller then takes the full
/// path (bounds check, then Yams), which says each of those in its own words.
public enum YAMLPlainTree {
    public static func parse(_ text: String) -> YAMLPlainNode? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> YAMLPlainNode? {
        var walker = Walker()
        guard walker.start(bytes) else { return nil }
        defer { walker.finish() }
        return walker.document()
    }

    /// libyaml alone scanning `text` to its last event: the floor any reader of it stands on.
    public static func eventCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes -> Int in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return 0 }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var count = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return count }
                let end = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if end { return count }
            }
        }
    }

    private struct Walker {
        var parser = yaml_parser_t()
        var event = yaml_event_t()
        var nodes = 0
        var depth = 0
        /// Each anchor's node and the nodes it stands for, counted as `YAMLBounds` counts them.
        var anchors: [String: (node: YAMLPlainNode, size: Int)] = [:]

        mutating func start(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard yaml_parser_initialize(&parser) == 1 else { return false }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return true
        }

        mutating func finish() {
            yaml_parser_delete(&parser)
        }

        /// The next event into `event` (the previous one freed by its reader); false on an error.
        mutating func next() -> Bool {
            yaml_parser_parse(&parser, &event) == 1
        }

        mutating func document() -> YAMLPlainNode? {
            guard next(), event.type == YAML_STREAM_START_EVENT else { return nil }
            yaml_event_delete(&event)
            guard next(), event.type == YAML_DOCUMENT_START_EVENT else {
                yaml_event_delete(&event)
                return nil
            }
            yaml_event_delete(&event)
            guard next(), let root = node() else { return nil }
            guard next(), event.type == YAML_DOCUMENT_END_EVENT else {
                yaml_event_delete(&event)
                return nil
            }
            yaml_event_delete(&event)
            guard next(), event.type == YAML_STREAM_END_EVENT else {
                yaml_event_delete(&event)
                return nil
            }
            yaml_event_delete(&event)
            return root
        }

        /// The node whose first event is in `event`; frees every event it reads.
        mutating func node() -> YAMLPlainNode? {
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            if event.type == YAML_ALIAS_EVENT {
                // The anchored node itself, as Yams' composer gives it (its line included).
                let name = String(cString: event.data.alias.anchor)
                yaml_event_delete(&event)
                guard let (node, size) = anchors[name] else { return nil }
                nodes += size
                return nodes <= YAMLBounds.maxNodes ? node : nil
            }
            nodes += 1
            let first = nodes
            guard nodes <= YAMLBounds.maxNodes else {
                yaml_event_delete(&event)
                return nil
            }
            var anchor: String?
            func anchored(_ node: YAMLPlainNode) -> YAMLPlainNode {
                if let anchor { anchors[anchor] = (node, nodes - first + 1) }
                return node
            }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                defer { yaml_event_delete(&event) }
                guard scalar.tag == nil, let style = Self.style(scalar.style) else { return nil }
                anchor = scalar.anchor.map { String(cString: $0) }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return anchored(YAMLPlainNode(.scalar(text, style), line: line, column: column))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                let plain = start.tag == nil
                anchor = start.anchor.map { String(cString: $0) }
                yaml_event_delete(&event)
                guard plain, enter() else { return nil }
                var items: [YAMLPlainNode] = []
                while true {
                    guard next() else { return nil }
                    if event.type == YAML_SEQUENCE_END_EVENT { break }
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                yaml_event_delete(&event)
                depth -= 1
                return anchored(YAMLPlainNode(.sequence(items), line: line, column: column))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                let plain = start.tag == nil
                anchor = start.anchor.map { String(cString: $0) }
                yaml_event_delete(&event)
                guard plain, enter() else { return nil }
                var pairs: [(key: YAMLPlainNode, value: YAMLPlainNode)] = []
                // Keys seen, once a mapping is too long to compare each new key with all before.
                var seen: Set<String> = []
                while true {
                    guard next() else { return nil }
                    if event.type == YAML_MAPPING_END_EVENT { break }
                    guard event.type == YAML_SCALAR_EVENT, let key = node(), case .scalar(let name, _) = key.content else { return nil }
                    if pairs.count < 32 {
                        guard !pairs.contains(where: { if case .scalar(name, _) = $0.key.content { true } else { false } }) else { return nil }
                    } else {
                        if seen.isEmpty {
                            for pair in pairs { if case .scalar(let before, _) = pair.key.content { seen.insert(before) } }
                        }
                        guard seen.insert(name).inserted else { return nil }
                    }
                    guard next(), let value = node() else { return nil }
                    pairs.append((key, value))
                }
                yaml_event_delete(&event)
                depth -= 1
                return anchored(YAMLPlainNode(.mapping(pairs), line: line, column: column))
            default:
                // An event no node starts with.
                yaml_event_delete(&event)
                return nil
            }
        }

        mutating func enter() -> Bool {
            depth += 1
            return depth <= YAMLBounds.maxDepth
        }

        static func style(_ style: yaml_scalar_style_t) -> YAMLPlainNode.Style? {
            switch style {
            case YAML_PLAIN_SCALAR_STYLE: .plain
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: nil
            }
        }
    }
}
