import Foundation

/// The text of a narrative part, one entry per paragraph, each with the line it came from.
public struct Narrative: Sendable, Hashable {
    public struct Paragraph: Sendable, Hashable {
        public var text: String
        public var line: Int?

        public init(_ text: String, line: Int? = nil) {
            self.text = text
            self.line = line
        }
    }

    public var paragraphs: [Paragraph]

    public init(_ paragraphs: [Paragraph]) { self.paragraphs = paragraphs }

    /// Splits text into paragraphs at line breaks, dropping blank lines and outer whitespace.
    public init(text: String, firstLine: Int? = nil) {
        var out: [Paragraph] = []
        var i = 0
        // Without a carriage return ("\r\n" is one Character, never split at its "\n") a line
        // feed byte ends a line exactly where the Character split would: lines are cut on bytes.
        if !text.containsUTF8(0x0D) {
            for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                let trimmed = Substring(line).trimmedSpaces
                if !trimmed.isEmpty { out.append(Paragraph(trimmed, line: firstLine.map { $0 + i })) }
                i += 1
            }
            paragraphs = out
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmedSpaces
            if !trimmed.isEmpty { out.append(Paragraph(trimmed, line: firstLine.map { $0 + i })) }
            i += 1
        }
        paragraphs = out
    }
}
