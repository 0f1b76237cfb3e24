import Foundation

/// Is this file a PDF worth handing to a user? A converter can exit 0 and still leave garbage, a
/// truncated file or a document with no pages; none of those may replace anything.
///
/// Checked from the bytes alone, so the answer never depends on poppler being installed: the
/// header, the end-of-file marker, and the page objects (`/Type /Page`, which LibreOffice writes
/// uncompressed). Only a PDF whose objects could all sit in compressed object streams, where no
/// page can be seen without inflating them, is left to `pdfinfo` when present.
enum PDFCheck {
    enum Problem: Equatable {
        case notPDF
        case truncated
        case noPages
    }

    /// The problem with `bytes` (a file at `path`), or nil for a PDF with at least one page.
    static func problem(_ bytes: [UInt8], path: String) -> Problem? {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return .notPDF }
        // ISO 32000: %%EOF within the last 1024 bytes (readers accept trailing junk up to there).
        guard contains(bytes[max(0, bytes.count - 1024)...], Array("%%EOF".utf8)) else { return .truncated }
        if pageObjects(bytes) > 0 { return nil }
        if contains(bytes[...], Array("/ObjStm".utf8)), let pages = pdfinfoPages(path) {
            return pages > 0 ? nil : .noPages
        }
        return .noPages
    }

    /// How many `/Type /Page` dictionaries (not `/Pages`, the page tree) appear in plain bytes.
    static func pageObjects(_ bytes: [UInt8]) -> Int {
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        var count = 0
        var i = 0
        while let found = firstIndex(of: type, in: bytes, from: i) {
            var j = found + type.count
            while j < bytes.count, isWhitespace(bytes[j]) { j += 1 }
            if bytes.count >= j + page.count, bytes[j..<j + page.count].elementsEqual(page),
               j + page.count == bytes.count || isDelimiterOrWhitespace(bytes[j + page.count]) {
                count += 1
            }
            i = found + type.count
        }
        return count
    }

    private static func isWhitespace(_ b: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(b) }

    private static func isDelimiterOrWhitespace(_ b: UInt8) -> Bool {
        isWhitespace(b) || Array("()<>[]{}/%".utf8).contains(b)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: Array(bytes), from: 0) != nil
    }

    /// `pdfinfo`'s page count, or nil when poppler is not installed or cannot read the file.
    private static func pdfinfoPages(_ path: String) -> Int? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let pdfinfo = searchPath.split(separator: ":").map({ "\($0)/pdfinfo" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-pdfinfo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        guard let process = try? GroupedProcess(executable: pdfinfo, arguments: [path],
                                                environment: ProcessInfo.processInfo.environment, log: log),
              case .exited(let status) = process.wait(timeout: 30), GroupedProcess.exitCode(status) == 0,
              let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
