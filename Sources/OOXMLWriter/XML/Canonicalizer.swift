internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Canonical XML (C14N 1.0, through libxml2): the same infoset gives the same bytes whatever
/// the attribute order, quoting or namespace declarations, so two parts compare by meaning.
public enum Canonicalizer {
    public static func canonical(_ bytes: [UInt8]) throws(XMLParseError) -> [UInt8] {
        let options = Int32(XML_PARSE_NONET.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { throw XMLParseError(line: 0, message: "not well-formed XML") }
        defer { xmlFreeDoc(doc) }
        var out: UnsafeMutablePointer<xmlChar>?
        let size = xmlC14NDocDumpMemory(doc, nil, Int32(XML_C14N_1_0.rawValue), nil, 0, &out)
        guard size >= 0, let out else { throw XMLParseError(line: 0, message: "canonicalization failed") }
        defer { free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(size)))
    }
}
