internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Parses XML with libxml2 the safe way: no network, no external entities, no DTD (refused at
/// its first byte), no entity expansion, bounded depth and element count. For files from outside
/// (imports) as well as our own. Parsing is streamed (SAX) into `XMLNode`s, so nothing but the
/// kept tree is ever in memory and a cap stops the parser where it is.
public enum SafeXMLParser {
    public static let maxDepth = 256

    public struct Limits: Sendable {
        public var maxElements: Int
        public var maxDepth: Int
        public init(maxElements: Int = 10_000_000, maxDepth: Int = SafeXMLParser.maxDepth) {
            self.maxElements = maxElements
            self.maxDepth = maxDepth
        }
    }

    /// libxml2 prints parse errors to standard error unless told otherwise; we report our own.
    static let quiet: Void = {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
    }()

    /// Bytes are fed in slices so a cap hit in a callback ends the work at the next slice at most.
    static let slice = 256 << 10

    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) throws(XMLParseError) -> XMLNode {
        _ = quiet
        let builder = XMLTreeBuilder(limits: limits)
        var handler = handlers()
        handler.startElementNs = { ctx, localname, _, uri, _, _, count, _, attributes in
            var list: [XMLTreeBuilder.Attribute] = []
            if let attributes {
                // Five pointers per attribute: local name, prefix, URI, value start, value end.
                for i in 0..<Int(count) {
                    let base = i * 5
                    var value = attributes[base + 3].map { start in
                        String(decoding: UnsafeBufferPointer(start: start, count: attributes[base + 4]! - start), as: UTF8.self)
                    } ?? ""
                    // Without entity substitution libxml2 hands a literal & over as "&#38;".
                    if value.utf8.contains(0x26) { value = value.replacing("&#38;", with: "&") }
                    list.append((namespace: string(attributes[base + 2]), name: string(attributes[base]), value: value))
                }
            }
            XMLTreeBuilder.from(ctx).start(namespace: string(uri), name: string(localname), attributes: list)
        }
        handler.endElementNs = { ctx, _, _, _ in XMLTreeBuilder.from(ctx).end() }
        // Office parts never carry a DTD; one that does is refused whole, entities and all.
        handler.internalSubset = { ctx, _, _, _ in
            XMLTreeBuilder.from(ctx).fail(XMLParseError(.dtd, line: 1, message: "a DTD is not allowed (entity declarations are refused)"))
        }
        let unmanaged = Unmanaged.passRetained(builder)
        defer { unmanaged.release() }
        guard let ctxt = xmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, nil) else {
            throw XMLParseError(line: 0, message: "libxml2 could not start a parser")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        builder.context = ctxt
        // XML_PARSE_NONET: no network. Leaving out XML_PARSE_NOENT / DTDLOAD / DTDATTR means
        // entities are not substituted and no external DTD or entity is ever fetched.
        xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOCDATA.rawValue))
        feed(bytes, builder) { xmlParseChunk(ctxt, $0, $1, $2) }
        if let failure = builder.failure { throw failure }
        guard ctxt.pointee.wellFormed != 0 else {
            let error = xmlCtxtGetLastError(ctxt)
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
            throw XMLParseError(line: Int(error?.pointee.line ?? 0), message: message)
        }
        guard let root = builder.root else { throw XMLParseError(line: 0, message: "no root element") }
        return root
    }

    /// An HTML page, as browsers read it (libxml2's HTML parser): no network, errors tolerated.
    public static func parseHTML(_ bytes: [UInt8], limits: Limits = Limits()) throws(XMLParseError) -> XMLNode {
        _ = quiet
        guard !bytes.isEmpty else { throw XMLParseError(line: 0, message: "empty page") }
        let builder = XMLTreeBuilder(limits: limits)
        var handler = handlers()
        handler.startElement = { ctx, name, attributes in
            var list: [XMLTreeBuilder.Attribute] = []
            var i = 0
            // NULL-terminated name, value pairs; a bare attribute has no value.
            while let attributes, let name = attributes[i] {
                list.append((namespace: "", name: String(cString: name), value: string(attributes[i + 1])))
                i += 2
            }
            XMLTreeBuilder.from(ctx).start(namespace: "", name: string(name), attributes: list)
        }
        handler.endElement = { ctx, _ in XMLTreeBuilder.from(ctx).end() }
        let unmanaged = Unmanaged.passRetained(builder)
        defer { unmanaged.release() }
        guard let ctxt = htmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            throw XMLParseError(line: 0, message: "libxml2 could not start a parser")
        }
        defer { htmlFreeParserCtxt(ctxt) }
        builder.context = ctxt
        // IGNORE_ENC keeps the page UTF-8 as given, whatever its <meta charset> says.
        htmlCtxtUseOptions(ctxt, Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                       | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_IGNORE_ENC.rawValue))
        feed(bytes, builder) { htmlParseChunk(ctxt, $0, $1, $2) }
        if let failure = builder.failure { throw failure }
        guard let root = builder.root else { throw XMLParseError(line: 0, message: "not an HTML page") }
        return root
    }

    /// The callbacks both parsers share: text, and a refusal for an entity reference.
    private static func handlers() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.characters = { ctx, bytes, count in
            if let bytes { XMLTreeBuilder.from(ctx).characters(bytes, Int(count)) }
        }
        handler.cdataBlock = handler.characters
        handler.reference = { ctx, _ in
            XMLTreeBuilder.from(ctx).fail(XMLParseError(.entity, line: 0, message: "entity references are not allowed"))
        }
        handler.serror = { _, _ in }
        return handler
    }

    private static func feed(_ bytes: [UInt8], _ builder: XMLTreeBuilder,
                             _ chunk: (UnsafePointer<CChar>?, Int32, Int32) -> Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var offset = 0
                while offset < chars.count, builder.failure == nil {
                    let count = min(slice, chars.count - offset)
                    if chunk(chars.baseAddress! + offset, Int32(count), 0) != 0 { break }
                    offset += count
                }
                if builder.failure == nil { _ = chunk(nil, 0, 1) }
            }
        }
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
