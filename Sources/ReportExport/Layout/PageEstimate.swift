import OOXMLWriter

/// The pages a document can print to, from lowest to highest.
public struct PageRange: Sendable, Hashable, CustomStringConvertible {
    public let lowest: Int
    public let highest: Int

    public init(lowest: Int, highest: Int) {
        self.lowest = lowest
        self.highest = max(lowest, highest)
    }

    public func contains(_ pages: Int) -> Bool { (lowest...highest).contains(pages) }

    public var width: Int { highest - lowest }

    /// As a message says it: "3–7 页".
    public var description: String { lowest == highest ? "\(lowest) 页" : "\(lowest)–\(highest) 页" }
}

/// An expectation of the page count from our own neutral `Document`, independent of the PDF: the
/// text block's height (page less margins), each paragraph's lines on the character grid of its
/// width (a CJK character one em of its size plus letter spacing, ASCII half), table rows as
/// their tallest cell. Deliberately wide — fonts and page breaks differ between renderers and
/// machines — yet narrow enough that a truncated, blank or runaway PDF falls outside.
public enum PageEstimate {
    /// Real renderings print shorter than estimated by at most this (ASCII narrower than half an
    /// em, short last lines) …
    static let shorter = 0.75
    /// … and longer by at most this, plus `slack` pages: what page breaks waste (headings kept
    /// with their text, rows never split, vertically merged groups kept together) and a
    /// stand-in face wider than the grid. Measured on LibreOffice 7 (PageEstimateLibreOfficeTests):
    /// every example and synthetic size printed to 0.96–1.18× the estimate.
    static let taller = 1.3
    static let slack = 2.0
    /// LibreOffice prints table rows about 1.5× the lines their cells' text needs at the cells'
    /// line height (measured by repeating the seed's rows: 1.6 pages per copy against 1.07
    /// estimated) — CJK text in narrow columns wraps earlier than a character count says.
    static let rowFactor = 1.5

    public static func range(of document: Document) -> PageRange {
        let pages = estimate(document)
        let lowest = max(1, Int((pages * shorter).rounded(.down)))
        let highest = Int((pages * taller + slack).rounded(.up))
        return PageRange(lowest: lowest, highest: highest)
    }

    /// The content's height in pages of the text block.
    static func estimate(_ document: Document) -> Double {
        let styles = Dictionary(document.styles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let measure = Measure(styles: styles, defaultStyle: document.defaultStyle,
                              pitch: document.section.linePitch?.points ?? 0)
        let section = document.section
        let width = section.textWidth.points
        var height = 0.0
        for block in document.body {
            switch block {
            case .paragraph(let p):
                height += measure.height(p, width: width)
            case .table(let table):
                for r in table.rows.indices { height += measure.height(r, table) }
            }
        }
        return height / (section.pageHeight - section.marginTop - section.marginBottom).points
    }

    /// Heights in points of paragraphs and rows, by their styles.
    struct Measure {
        let styles: [String: ParagraphStyle]
        let defaultStyle: String
        let pitch: Double

        func style(_ p: Paragraph) -> ParagraphStyle? { styles[p.style ?? defaultStyle] ?? styles[defaultStyle] }

        /// Lines on the grid of `width` points, times the line height, plus space around.
        func height(_ p: Paragraph, width: Double) -> Double {
            let s = style(p)
            let props = p.properties, base = s?.paragraph
            let size = (s?.run.size ?? .pt(10.5)).points
            let em = size + (s?.run.letterSpacing?.points ?? 0)
            let indent = (props.leftIndent ?? base?.leftIndent ?? .zero).points + (props.rightIndent ?? base?.rightIndent ?? .zero).points
            let first = (props.firstLineIndent ?? base?.firstLineIndent ?? .zero).points / em
            let capacity = max(1, ((width - indent) / em + 0.01).rounded(.down))
            var lines = 0.0, ems = first
            func endLine() {
                lines += max(1, (ems / capacity).rounded(.up))
                ems = 0
            }
            for run in p.runs {
                switch run.content {
                case .text(let text): ems += Self.ems(text)
                case .lineBreak: endLine()
                default: ems += 2
                }
            }
            endLine()
            let line = (props.lineHeight ?? base?.lineHeight)?.points ?? max(pitch, size * 1.3)
            let space = (props.spaceBefore ?? base?.spaceBefore ?? .zero).points + (props.spaceAfter ?? base?.spaceAfter ?? .zero).points
            return lines * max(line, size) + space
        }

        /// A row's height: its tallest cell, a merged cell's text spread over its rows.
        func height(_ r: Int, _ table: Table) -> Double {
            let row = table.rows[r]
            let padding = table.cellPadding.points
            var tallest = row.minHeight?.points ?? 0
            for (column, slot) in table.grid.slots[r].enumerated() {
                guard case .anchor(let index) = slot else { continue }
                let cell = row.cells[index]
                let width = table.width(fromColumn: column, span: cell.colSpan).points - 2 * padding
                let text = cell.paragraphs.reduce(0) { $0 + height($1, width: max(width, 1)) }
                tallest = max(tallest, text / Double(cell.rowSpan))
            }
            return tallest * PageEstimate.rowFactor + table.borderWidth.points
        }

        /// Width in ems: CJK and other wide characters one, ASCII half.
        static func ems(_ text: String) -> Double {
            text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
        }
    }
}
