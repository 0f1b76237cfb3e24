/// The automatic styles of one part, named in order of first use (P1, P2, …; T1, …) so the
/// same document always gets the same names. Identical formatting shares one style.
struct AutomaticStyles {
    struct Entry {
        let name: String
        let family: String
        let attributes: [(String, String)]
        let children: [XMLElement]
    }

    private(set) var entries: [Entry] = []
    private var index: [XMLElement: String] = [:]
    private var counters: [String: Int] = [:]

    /// The name of an automatic style with these contents, creating it on first use.
    mutating func name(prefix: String, family: String, attributes: [(String, String)], children: [XMLElement]) -> String {
        let key = XMLElement(family, attributes, children: children)
        if let name = index[key] { return name }
        let n = (counters[prefix] ?? 0) + 1
        counters[prefix] = n
        let name = "\(prefix)\(n)"
        index[key] = name
        entries.append(Entry(name: name, family: family, attributes: attributes, children: children))
        return name
    }

    func write(into xml: inout XMLWriter) {
        for entry in entries {
            xml.start("style:style", attributes: [("style:name", entry.name), ("style:family", entry.family)] + entry.attributes)
            for child in entry.children { xml.write(child) }
            xml.end()
        }
    }
}
