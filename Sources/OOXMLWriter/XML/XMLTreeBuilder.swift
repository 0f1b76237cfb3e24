internal import CLibXML2

/// Builds `XMLNode`s straight from libxml2's SAX events, so no libxml2 tree is ever held: memory
/// and time grow with what is kept, and parsing stops at the first element past a cap.
final class XMLTreeBuilder {
    typealias Attribute = (namespace: String, name: String, value: String)

    /// An element whose end tag has not been seen yet.
    private struct Open {
        var namespace: String
        var name: String
        var attributes: [Attribute]
        var children: [XMLNode] = []
        var content: [XMLNode.Content] = []
        var text = ""
        var pending = ""
        var onlyBlankText = true

        /// Adjacent character events make one text item, as in a libxml2 tree.
        mutating func flush() {
            guard !pending.isEmpty else { return }
            content.append(.text(pending))
            text += pending
            if onlyBlankText && !pending.isBlank { onlyBlankText = false }
            pending = ""
        }
    }

    private let limits: SafeXMLParser.Limits
    private var stack: [Open] = []
    private var elements = 0
    private(set) var root: XMLNode?
    /// Why parsing was stopped from inside a callback.
    private(set) var failure: XMLParseError?
    var context: xmlParserCtxtPtr?

    init(limits: SafeXMLParser.Limits) {
        self.limits = limits
    }

    private var line: Int { context.flatMap { $0.pointee.input.map { Int($0.pointee.line) } } ?? 0 }

    func fail(_ error: XMLParseError) {
        guard failure == nil else { return }
        failure = error
        if let context { xmlStopParser(context) }
    }

    func start(namespace: String, name: String, attributes: [Attribute]) {
        guard failure == nil else { return }
        elements += 1
        if elements > limits.maxElements {
            return fail(XMLParseError(line: line, message: "more than \(limits.maxElements) elements",
                                      exceeded: ReadLimitError(.xmlElements, limit: limits.maxElements, line: line)))
        }
        if stack.count >= limits.maxDepth {
            return fail(XMLParseError(line: line, message: "elements nested deeper than \(limits.maxDepth)",
                                      exceeded: ReadLimitError(.xmlDepth, limit: limits.maxDepth, line: line)))
        }
        if !stack.isEmpty { stack[stack.count - 1].flush() }
        stack.append(Open(namespace: namespace, name: name, attributes: attributes))
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard failure == nil, !stack.isEmpty, count > 0 else { return }
        stack[stack.count - 1].pending += String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func end() {
        guard failure == nil, var open = stack.popLast() else { return }
        open.flush()
        // Like libxml2's NOBLANKS: white space between child elements is layout, not text.
        if !open.children.isEmpty, open.onlyBlankText, !open.text.isEmpty {
            open.content.removeAll { if case .text = $0 { return true } else { return false } }
            open.text = ""
        }
        let node = XMLNode(namespace: open.namespace, name: open.name, attributes: open.attributes,
                           children: open.children, text: open.text, content: open.content)
        if stack.isEmpty {
            if root == nil { root = node }
        } else {
            stack[stack.count - 1].children.append(node)
            stack[stack.count - 1].content.append(.element(stack[stack.count - 1].children.count - 1))
        }
    }

    /// The builder behind a callback's context pointer.
    static func from(_ ctx: UnsafeMutableRawPointer?) -> XMLTreeBuilder {
        Unmanaged<XMLTreeBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }
}

extension String {
    /// Only XML white space (space, tab, CR, LF).
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// `xmlChar*` → String; nil → "".
func string(_ p: UnsafePointer<xmlChar>?) -> String {
    p.map { String(cString: $0) } ?? ""
}
