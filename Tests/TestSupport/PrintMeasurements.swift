import Foundation

/// The measurements print.md asks of a rendered attachment, taken from a PDF's text boxes.
public struct PrintMeasurements {
    public static let mm = 72.0 / 25.4

    public let text: PDFText
    public let left = 28 * PrintMeasurements.mm
    public let right: Double

    public init(pdf: URL) throws {
        text = try PDFText(pdf: pdf)
        right = (text.pages.first?.width ?? 595.3) - 26 * PrintMeasurements.mm
    }

    /// Body lines: 3号 (16 pt) text; tables (10.5 pt), page numbers (14 pt), the title (22 pt) excluded.
    public func bodyLines(_ page: PDFText.Page) -> [PDFText.Line] {
        page.lines.filter { $0.height > 19.5 && $0.height < 22.5 }
    }

    /// Table text: smaller than 12 pt.
    public func tableLines(_ page: PDFText.Page) -> [PDFText.Line] {
        page.lines.filter { $0.height < 16 }
    }

    public var pageSizes: [(Double, Double)] { text.pages.map { ($0.width, $0.height) } }

    /// The leftmost body line of each page that holds running text (more than a few headings),
    /// in millimetres.
    public var bodyLeftEdges: [Double] {
        text.pages.compactMap { page in
            let lines = bodyLines(page)
            return lines.count >= 4 ? lines.map(\.xMin).min().map { $0 / Self.mm } : nil
        }
    }

    /// Distances between successive body lines of the same paragraph flow, in points.
    public var linePitches: [Double] {
        text.pages.flatMap { page -> [Double] in
            let ys = bodyLines(page).map(\.yMin).sorted()
            return zip(ys, ys.dropFirst()).map { $1 - $0 }.filter { $0 < 35 }
        }
    }

    /// Character counts of full body lines (flush left, reaching the right edge) of CJK text only.
    public var fullLineCounts: [Int] {
        text.pages.flatMap { page in
            bodyLines(page).filter { abs($0.xMin - left) < 2 && $0.xMax > right - 4 }
                .map { $0.text.replacingOccurrences(of: " ", with: "") }
                .filter { line in !line.unicodeScalars.contains { $0.isASCII } }
                .map(\.count)
        }
    }

    public struct PageNumber {
        public let page: Int
        public let found: PDFText.Line?
    }

    /// The `— N —` line of every page.
    public var pageNumbers: [PageNumber] {
        text.pages.enumerated().map { index, page in
            let n = index + 1
            return PageNumber(page: n, found: page.lines.first { $0.text.replacingOccurrences(of: " ", with: "") == "—\(n)—" })
        }
    }
}
