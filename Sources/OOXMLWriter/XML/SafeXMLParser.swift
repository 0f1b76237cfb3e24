import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Parses XML with libxml2 the safe way: no network, no external entities, no DTD loading,
/// no entity expansion, bounded depth. For files from outside (imports) as well as our own.
public enum SafeXMLParser {
    public static let maxDepth = 256

    /// libxml2 prints parse errors to standard error unless told otherwise; we report our own.
    static let quiet: Void = {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
    }()

    public static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> XMLNode {
        _ = quiet
        // XML_PARSE_NONET: no network. Leaving out XML_PARSE_NOENT / DTDLOAD / DTDATTR means
        // entities are not substituted and no external DTD or entity is ever fetched.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else {
            let error = xmlGetLastError()
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
            throw XMLParseError(line: Int(error?.pointee.line ?? 0), message: message)
        }
        defer { xmlFreeDoc(doc) }
        // Office parts never carry a DTD; one that does is refused whole, entities and all.
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw XMLParseError(line: 1, message: "a DTD is not allowed (entity declarations are refused)")
        }
        guard let root = xmlDocGetRootElement(doc) else { throw XMLParseError(line: 0, message: "no root element") }
        return try convert(root, depth: 0)
    }

    /// An HTML page, as browsers read it (libxml2's HTML parser): no network, errors tolerated.
    public static func parseHTML(_ bytes: [UInt8]) throws(XMLParseError) -> XMLNode {
        _ = quiet
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard !bytes.isEmpty else { throw XMLParseError(line: 0, message: "empty page") }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { throw XMLParseError(line: 0, message: "not an HTML page") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw XMLParseError(line: 0, message: "no root element") }
        return try convert(root, depth: 0)
    }

    private static func convert(_ node: xmlNodePtr, depth: Int) throws(XMLParseError) -> XMLNode {
        guard depth < maxDepth else { throw XMLParseError(line: Int(xmlGetLineNo(node)), message: "elements nested deeper than \(maxDepth)") }
        var attributes: [(String, String, String)] = []
        var attr = node.pointee.properties
        while let a = attr {
            let ns = a.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } } ?? ""
            let name = String(cString: a.pointee.name)
            let value = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1)
            attributes.append((ns, name, value.map { String(cString: $0) } ?? ""))
            if let value { free(value) }  // libxml2 allocates with malloc by default
            attr = a.pointee.next
        }
        var children: [XMLNode] = []
        var text = ""
        var content: [XMLNode.Content] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(try convert(c, depth: depth + 1))
                content.append(.element(children.count - 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let raw = c.pointee.content {
                    let piece = String(cString: raw)
                    text += piece
                    content.append(.text(piece))
                }
            case XML_ENTITY_REF_NODE:
                // An unexpanded entity reference from a DTD: refused, never resolved.
                throw XMLParseError(line: Int(xmlGetLineNo(c)), message: "entity references are not allowed")
            default:
                break
            }
            child = c.pointee.next
        }
        let ns = node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } } ?? ""
        return XMLNode(namespace: ns, name: String(cString: node.pointee.name), attributes: attributes,
                       children: children, text: text, content: content)
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    static let whitespacesAndNewlines: Set<Character> = [" ", "\n", "\t", "\r"]
}
