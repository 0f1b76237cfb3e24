import YAMLEventBounds
import Yams

/// The shapes a report decoder asks a node for, and the same node from Yams' tree (the path
/// taken when the one-walk reader gives up: a syntax error, an alias, a duplicate key).
extension YAMLPlainNode {
    var string: String? {
        if case .scalar(let text, _) = content { text } else { nil }
    }

    var style: Style? {
        if case .scalar(_, let style) = content { style } else { nil }
    }

    var mapping: [(key: YAMLPlainNode, value: YAMLPlainNode)]? {
        if case .mapping(let pairs) = content { pairs } else { nil }
    }

    var sequence: [YAMLPlainNode]? {
        if case .sequence(let items) = content { items } else { nil }
    }

    /// Yams' node as a plain one; Yams' composer has already replaced every alias with its node.
    init(_ node: Node) {
        let line = node.mark?.line ?? 0, column = node.mark?.column ?? 0
        switch node {
        case .scalar(let scalar):
            self.init(.scalar(scalar.string, Self.style(scalar.style)), line: line, column: column)
        case .mapping(let mapping):
            self.init(.mapping(mapping.map { (YAMLPlainNode($0.key), YAMLPlainNode($0.value)) }), line: line, column: column)
        case .sequence(let sequence):
            self.init(.sequence(sequence.map(YAMLPlainNode.init)), line: line, column: column)
        case .alias:
            self.init(.other, line: line, column: column)
        }
    }

    private static func style(_ style: Node.Scalar.Style) -> Style {
        switch style {
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        case .any, .plain: .plain
        }
    }
}
