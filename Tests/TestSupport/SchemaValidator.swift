internal import CLibXML2
import Foundation
import OOXMLWriter

/// Validates XML against a W3C XML Schema or a RELAX NG schema through libxml2, offline.
/// Compile once, validate many documents. Only the tests use it, so it lives here.
public final class SchemaValidator: @unchecked Sendable {
    public enum Kind { case xsd, relaxNG }

    private let kind: Kind
    private var xsd: xmlSchemaPtr?
    private var rng: xmlRelaxNGPtr?
    private let lock = NSLock()

    /// Compiles the schema at `path` (imports resolved relative to it, never from the network).
    public init(path: String, kind: Kind) throws(XMLParseError) {
        self.kind = kind
        xmlSetStructuredErrorFunc(nil, { _, _ in })  // keep libxml2 from printing to stderr
        switch kind {
        case .xsd:
            guard let ctxt = xmlSchemaNewParserCtxt(path) else { throw XMLParseError(line: 0, message: "cannot open \(path)") }
            defer { xmlSchemaFreeParserCtxt(ctxt) }
            guard let schema = xmlSchemaParse(ctxt) else { throw XMLParseError(line: 0, message: "cannot compile \(path)") }
            xsd = schema
        case .relaxNG:
            guard let ctxt = xmlRelaxNGNewParserCtxt(path) else { throw XMLParseError(line: 0, message: "cannot open \(path)") }
            defer { xmlRelaxNGFreeParserCtxt(ctxt) }
            guard let schema = xmlRelaxNGParse(ctxt) else { throw XMLParseError(line: 0, message: "cannot compile \(path)") }
            rng = schema
        }
    }

    deinit {
        if let xsd { xmlSchemaFree(xsd) }
        if let rng { xmlRelaxNGFree(rng) }
    }

    /// The validation errors of `bytes` (empty when valid), each with its line.
    public func errors(in bytes: [UInt8]) -> [XMLParseError] {
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
            collector.errors.append(XMLParseError(line: Int(error.pointee.line),
                                                  message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let options = Int32(XML_PARSE_NONET.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return [XMLParseError(line: 0, message: "not well-formed XML")] }
        defer { xmlFreeDoc(doc) }
        var status: Int32 = -1
        switch kind {
        case .xsd:
            let ctxt = xmlSchemaNewValidCtxt(xsd)
            defer { xmlSchemaFreeValidCtxt(ctxt) }
            xmlSchemaSetValidStructuredErrors(ctxt, handler, box.toOpaque())
            status = xmlSchemaValidateDoc(ctxt, doc)
        case .relaxNG:
            let ctxt = xmlRelaxNGNewValidCtxt(rng)
            defer { xmlRelaxNGFreeValidCtxt(ctxt) }
            xmlRelaxNGSetValidStructuredErrors(ctxt, handler, box.toOpaque())
            status = xmlRelaxNGValidateDoc(ctxt, doc)
        }
        if status != 0 && collector.errors.isEmpty {
            collector.errors.append(XMLParseError(line: 0, message: "invalid (libxml2 status \(status))"))
        }
        return collector.errors
    }
}

private final class ErrorCollector {
    var errors: [XMLParseError] = []
}
