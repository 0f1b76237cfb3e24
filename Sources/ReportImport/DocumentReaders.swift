import Foundation
import OOXMLWriter
import ReportExport

/// Reads an ODT (and, in TextDumpReader.swift, a plain-text dump) into an `ImportedDocument`,
/// and opens the main part of any Office file for the other readers (`WordDocumentReader`).
/// Everything comes from outside, so every read is bounded (`ImportLimits`): ZIP limits, the
/// main part's size, safe streaming XML (no network, no entities, no DTD, capped elements and
/// depth), table shapes and spans, and text per cell, paragraph and document.
public enum DocumentReaders {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

    public static func odt(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) throws(Failure) -> ImportedDocument {
        let name = "content.xml"
        let root = try part(bytes, name, limits)
        guard let body = root.child("body", namespace: office)?.child("text", namespace: office) else {
            throw Failure(description: "\(name) 里没有正文（office:text）")
        }
        var builder = DocumentBuilder(limits: limits, part: name)
        func walk(_ node: XMLNode) throws(Failure) {
            for child in node.children {
                if child.namespace == text && (child.name == "p" || child.name == "h") {
                    try builder.paragraph { (g: inout TextGatherer) throws(ReadLimitError) in try odfText(child, into: &g, limits) }
                } else if child.namespace == table && child.name == "table" {
                    try builder.table { limits throws(ReadLimitError) in try TableReading.odf(table: child, limits: limits) }
                } else if child.namespace == text && (child.name == "section" || child.name == "list" || child.name == "list-item") {
                    try walk(child)
                }
            }
        }
        try walk(body)
        return builder.document
    }

    /// A paragraph's text with ODF's white-space elements read back as characters. A run of
    /// spaces longer than `spaceRun` is clamped (it is only white space); a malformed count is 1.
    static func odfText(_ node: XMLNode, into g: inout TextGatherer, _ limits: ImportLimits) throws(ReadLimitError) {
        for item in node.content {
            switch item {
            case .text(let t): try g.append(t)
            case .element(let i):
                let child = node.children[i]
                guard child.namespace == text else { try g.appendAll(child); continue }
                switch child.name {
                case "s":
                    let n = min(CountAttribute.xml(child.attribute("c", namespace: text)) ?? 1, limits.spaceRun)
                    guard g.fits(n) else { throw ReadLimitError(g.kind, limit: g.limit, line: g.line) }
                    try g.append(String(repeating: " ", count: n))
                case "tab": try g.append("\t")
                case "line-break": try g.append("\n")
                default: try odfText(child, into: &g, limits)
                }
            }
        }
    }

    /// The main part of an Office file, parsed; its declared size is checked before inflating.
    static func part(_ bytes: [UInt8], _ name: String, _ limits: ImportLimits) throws(Failure) -> XMLNode {
        let zip: ZipReader
        do {
            zip = try ZipReader(bytes, limits: limits.zip)
        } catch {
            throw Failure(description: ImportLimitMessages.describe(error, limits))
        }
        guard let entry = zip.entries.first(where: { $0.name == name }) else {
            throw Failure(description: "\(ZipReadError.missing(name: name))")
        }
        guard entry.uncompressedSize <= limits.partBytes else {
            throw Failure(description: ImportLimitMessages.partTooLarge(name, size: entry.uncompressedSize, limit: limits.partBytes))
        }
        let data: [UInt8]
        do {
            data = try zip.data(entry)
        } catch {
            throw Failure(description: "\(error)")
        }
        do {
            return try SafeXMLParser.parse(data, limits: limits.xml)
        } catch {
            if let exceeded = error.exceeded { throw Failure(description: ImportLimitMessages.describe(exceeded, part: name)) }
            throw Failure(description: ImportLimitMessages.describe(error, part: name))
        }
    }
}
