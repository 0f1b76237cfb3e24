import Foundation
import OOXMLWriter
import ReportExport

/// Reads an ODT (and, in TextDumpReader.swift, a plain-text dump) into an `ImportedDocument`,
/// and opens the main part of any Office file for the other readers (`WordDocumentReader`).
/// Everything comes from outside, so every read is bounded (`ImportLimits`): ZIP limits, the
/// main part's size, safe streaming XML (no network, no entities, no DTD, capped elements and
/// depth), table shapes and spans, and text per cell, paragraph and document. The markup itself
/// is read by OOXMLWriter (`ODFBodyReading`, `WordBodyReading`); a cap it meets is said here in
/// the report's words.
public enum DocumentReaders {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func odt(_ bytes: [UInt8], limits: ImportLimits = ImportLimits()) throws(Failure) -> ImportedDocument {
        let name = "content.xml"
        let root = try part(bytes, name, limits)
        let blocks: [ReadBlock]?
        do {
            blocks = try ODFBodyReading.blocks(root, limits: limits.body, documentText: limits.documentText, spaceRun: limits.spaceRun)
        } catch {
            throw Failure(description: ImportLimitMessages.describe(error.error, part: name, table: error.table))
        }
        guard let blocks else { throw Failure(description: "\(name) 里没有正文（office:text）") }
        return document(blocks)
    }

    /// A body read by OOXMLWriter as an imported document.
    static func document(_ blocks: [ReadBlock]) -> ImportedDocument {
        ImportedDocument(blocks: blocks.map { block in
            switch block {
            case .paragraph(let text): .paragraph(text)
            case .table(let table): .table(table)
            }
        })
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
