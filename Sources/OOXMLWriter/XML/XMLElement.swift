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
                               by order: [String], writeIfEmpty: Bool = false) {
        guard !children.isEmpty || writeIfEmpty else { return }
        let sorted = children.enumerated().sorted { a, b in
            let ia = order.firstIndex(of: a.element.name)
            let ib = order.firstIndex(of: b.element.name)
            precondition(ia != nil, "\(a.element.name) is not in the schema order of \(name)")
            precondition(ib != nil, "\(b.element.name) is not in the schema order of \(name)")
            return ia! != ib! ? ia! < ib! : a.offset < b.offset
        }
        write(XMLElement(name, attributes, children: sorted.map(\.element)))
    }
}
