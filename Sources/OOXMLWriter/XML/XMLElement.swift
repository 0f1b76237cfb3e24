/// A small element built before it is written, for property blocks (`w:pPr`, `w:tcPr`,
/// `style:paragraph-properties`) whose children the schema orders: collect them in any order,
/// write them in the one order the schema gives (see `WordSchemaOrder`).
public struct XMLElement: Sendable, Hashable {
    public var name: String
    public var attributes: [(String, String)]
    public var children: [XMLElement]

    public init(_ name: String, _ attributes: [(String, String)] = [], children: [XMLElement] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    public static func == (a: XMLElement, b: XMLElement) -> Bool {
        a.name == b.name && a.children == b.children
            && a.attributes.map(\.0) == b.attributes.map(\.0) && a.attributes.map(\.1) == b.attributes.map(\.1)
    }

    public func hash(into h: inout Hasher) {
        h.combine(name)
        for (k, v) in attributes { h.combine(k); h.combine(v) }
        h.combine(children)
    }
}

extension XMLWriter {
    /// Writes `element` and its children as they stand.
    public mutating func write(_ element: XMLElement) {
        if element.children.isEmpty {
            empty(element.name, attributes: element.attributes)
        } else {
            start(element.name, attributes: element.attributes)
            for child in element.children { write(child) }
            end()
        }
    }

    /// Writes `<name>` with `children` sorted into `order` (a schema's sequence); nothing if empty.
    /// Every child must be named in `order`, so a new element cannot slip in out of place.
    public mutating func write(_ name: String, attributes: [(String, String)] = [], ordered children: [XMLElement],
                               by order: SchemaOrder, writeIfEmpty: Bool = false) {
        guard !children.isEmpty || writeIfEmpty else { return }
        write(XMLElement(name, attributes, children: order.sorted(children, in: name)))
    }
}

/// A schema's child sequence for one element, with each name's rank looked up once.
public struct SchemaOrder: Sendable {
    public let names: [String]
    private let rank: [String: Int]

    public init(_ names: [String]) {
        self.names = names
        var rank: [String: Int] = [:]
        for (i, name) in names.enumerated() { rank[name] = i }
        self.rank = rank
    }

    /// `children` in schema order (stable among equals); a child the order does not name stops
    /// the program rather than produce an invalid file.
    public func sorted(_ children: [XMLElement], in parent: String) -> [XMLElement] {
        if children.count < 2 {
            if let only = children.first { precondition(rank[only.name] != nil, "\(only.name) is not in the schema order of \(parent)") }
            return children
        }
        return children.enumerated().map { (offset, element) -> (Int, Int, XMLElement) in
            guard let r = rank[element.name] else { preconditionFailure("\(element.name) is not in the schema order of \(parent)") }
            return (r, offset, element)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
