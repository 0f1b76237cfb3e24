import Foundation
import OOXMLWriter

/// Reads DOCX, ODT, HTML pages and plain-text dumps into an `ImportedDocument`. Everything
/// comes from outside, so every read is bounded: ZIP limits, safe XML parsing (no network, no
/// external entities, no DTD loading, bounded depth), and a size cap on the file itself.
public enum DocumentReaders {
    /// Tighter than the general ZIP limits: a report is tens of kilobytes.
    static var zipLimits: ZipReader.Limits {
        var limits = ZipReader.Limits()
        limits.maxEntries = 2_000
        limits.maxEntrySize = 32 << 20
        limits.maxTotalSize = 64 << 20
        limits.maxRatio = 200
        return limits
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

    public static func docx(_ bytes: [UInt8]) throws(Failure) -> ImportedDocument {
        let root = try part(bytes, "word/document.xml")
        guard let body = root.child("body", namespace: w) else { throw Failure(description: "word/document.xml 里没有正文（w:body）") }
        var blocks: [ImportedDocument.Block] = []
        for child in body.children where child.namespace == w {
            if child.name == "p" {
                blocks.append(.paragraph(child.descendants("t", namespace: w).map(\.text).joined()))
            } else if child.name == "tbl" {
                blocks.append(.table(TableReading.word(table: child)))
            }
        }
        return ImportedDocument(blocks: blocks)
    }

    public static func odt(_ bytes: [UInt8]) throws(Failure) -> ImportedDocument {
        let root = try part(bytes, "content.xml")
        guard let body = root.child("body", namespace: office)?.child("text", namespace: office) else {
            throw Failure(description: "content.xml 里没有正文（office:text）")
        }
        var blocks: [ImportedDocument.Block] = []
        func walk(_ node: XMLNode) {
            for child in node.children {
                if child.namespace == text && (child.name == "p" || child.name == "h") {
                    blocks.append(.paragraph(odfText(child)))
                } else if child.namespace == table && child.name == "table" {
                    blocks.append(.table(TableReading.odf(table: child)))
                } else if child.namespace == text && (child.name == "section" || child.name == "list" || child.name == "list-item") {
                    walk(child)
                }
            }
        }
        walk(body)
        return ImportedDocument(blocks: blocks)
    }

    /// A paragraph's text with ODF's white-space elements read back as characters.
    static func odfText(_ node: XMLNode) -> String {
        node.content.reduce(into: "") { out, item in
            switch item {
            case .text(let t): out += t
            case .element(let i):
                let child = node.children[i]
                guard child.namespace == text else { out += child.allText; return }
                switch child.name {
                case "s": out += String(repeating: " ", count: Int(child.attribute("c", namespace: text) ?? "1") ?? 1)
                case "tab": out += "\t"
                case "line-break": out += "\n"
                default: out += odfText(child)
                }
            }
        }
    }

    /// HTML text as a browser shows it: source line breaks and their indentation vanish
    /// (Chinese text has no spaces between words), `<br>` is a line break.
    static func htmlText(_ node: XMLNode) -> String {
        var out = ""
        for item in node.content {
            switch item {
            case .text(let t):
                var piece = ""
                var skipping = false
                for c in t {
                    if c == "\n" || c == "\r" { skipping = true; continue }
                    if skipping && (c == " " || c == "\t") { continue }
                    skipping = false
                    piece.append(c)
                }
                out += piece
            case .element(let i):
                let child = node.children[i]
                out += child.name == "br" ? "\n" : htmlText(child)
            }
        }
        return out
    }

    public static func html(_ bytes: [UInt8]) throws(Failure) -> ImportedDocument {
        let root: XMLNode
        do {
            root = try SafeXMLParser.parseHTML(bytes)
        } catch {
            throw Failure(description: "无法解析网页：\(error)")
        }
        var blocks: [ImportedDocument.Block] = []
        func walk(_ node: XMLNode) {
            for child in node.children {
                switch child.name {
                case "script", "style", "head", "nav", "footer":
                    continue
                case "table":
                    blocks.append(.table(TableReading.html(table: child)))
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li":
                    let t = htmlText(child).trimmedSpaces
                    if !t.isEmpty { blocks.append(.paragraph(t)) }
                default:
                    walk(child)
                }
            }
        }
        walk(root)
        return ImportedDocument(blocks: blocks)
    }

    /// The plain-text dump Word's "save as text" gives: narrative lines as they are; each table
    /// row as tab-indented lines, one cell each, rows separated by blank lines (a cell's own
    /// line breaks come as untabbed lines right after it).
    public static func text(_ content: String) -> ImportedDocument {
        var blocks: [ImportedDocument.Block] = []
        var rows: [[String]] = []
        var row: [String] = []
        var inTable = false
        var lastWasCell = false
        func endRow() {
            if !row.isEmpty { rows.append(row) }
            row = []
        }
        func endTable() {
            endRow()
            if !rows.isEmpty {
                var cells: [ReadTable.Cell] = []
                for (r, cellsOfRow) in rows.enumerated() {
                    for (c, text) in cellsOfRow.enumerated() {
                        cells.append(ReadTable.Cell(row: r, column: c, rowSpan: 1, colSpan: 1, text: text))
                    }
                }
                blocks.append(.table(ReadTable(columns: rows.map(\.count).max() ?? 0, rows: rows.count, cells: cells)))
            }
            rows = []
            inTable = false
        }
        for raw in content.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n") {
            if raw.hasPrefix("\t") {
                inTable = true
                row.append(String(raw.dropFirst()).trimmedSpaces)
                lastWasCell = true
            } else if raw.trimmedSpaces.isEmpty {
                if inTable { endRow() }
                lastWasCell = false
            } else if inTable && lastWasCell {
                row[row.count - 1] += raw.trimmedSpaces
            } else {
                if inTable { endTable() }
                blocks.append(.paragraph(raw.trimmedSpaces))
                lastWasCell = false
            }
        }
        if inTable { endTable() }
        return ImportedDocument(blocks: blocks)
    }

    static func part(_ bytes: [UInt8], _ name: String) throws(Failure) -> XMLNode {
        let zip: ZipReader
        do {
            zip = try ZipReader(bytes, limits: zipLimits)
        } catch {
            throw Failure(description: "不是可读的 Office 文件：\(error)")
        }
        let data: [UInt8]
        do {
            data = try zip.data(name)
        } catch {
            throw Failure(description: "\(error)")
        }
        do {
            return try SafeXMLParser.parse(data)
        } catch {
            throw Failure(description: "\(name) 无法解析：\(error)")
        }
    }
}
