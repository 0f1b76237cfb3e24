/// A parsed XML element: what a reader (tests, golden comparison, importers) needs, no more.
public final class XMLNode: Sendable {
    /// Namespace URI of the element ("" for none).
    public let namespace: String
    /// Local name.
    public let name: String
    /// Attributes as (namespace URI, local name, value), in document order.
    public let attributes: [(namespace: String, name: String, value: String)]
    public let children: [XMLNode]
    /// Character data directly inside this element, concatenated.
    public let text: String
    /// Text and child elements in document order (mixed content keeps its order here).
    public let content: [Content]

    public enum Content: Sendable {
        case text(String)
        /// An index into `children`.
        case element(Int)
    }

    init(namespace: String, name: String, attributes: [(namespace: String, name: String, value: String)], children: [XMLNode],
         text: String, content: [Content]) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.content = content
    }

    /// The value of the attribute `name` in namespace `namespace`.
    public func attribute(_ name: String, namespace: String = "") -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }

    /// Child elements named `name` in `namespace`.
    public func children(_ name: String, namespace: String) -> [XMLNode] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    public func child(_ name: String, namespace: String) -> XMLNode? {
        children.first { $0.name == name && $0.namespace == namespace }
    }

    /// Every descendant element named `name` in `namespace`, in document order.
    public func descendants(_ name: String, namespace: String) -> [XMLNode] {
        var out: [XMLNode] = []
        func walk(_ node: XMLNode) {
            for child in node.children {
                if child.name == name && child.namespace == namespace { out.append(child) }
                walk(child)
            }
        }
        walk(self)
        return out
    }

    /// All text inside this element and its descendants, in document order.
    public var allText: String {
        content.reduce(into: "") { out, item in
            switch item {
            case .text(let t): out += t
            case .element(let i): out += children[i].allText
            }
        }
    }
}
