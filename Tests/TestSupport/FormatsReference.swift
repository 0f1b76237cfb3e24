import Foundation

/// The tables of `../shared/reference/formats.md`, read from its HTML, as expected grids:
/// the independent source the rendered tables are checked against.
public enum FormatsReference {
    /// Cell text per slot kind: label text, "N" for a number, "AMOUNT" for an amount, "" for empty.
    public static func table(_ heading: String, edition: String) throws -> WordGrid {
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("reference/formats.md"), encoding: .utf8)
        guard let start = text.range(of: heading) else { throw Missing(heading: heading) }
        let rest = text[start.upperBound...]
        guard let open = rest.range(of: "<table>"), let close = rest.range(of: "</table>") else { throw Missing(heading: heading) }
        var html = String(rest[open.upperBound..<close.lowerBound])
        // Table 三 holds both editions' variants of （六） and a symbolic rowspan R.
        if heading.hasPrefix("## Table 三") {
            let r = edition == "2019" ? "20" : "22"
            html = html.replacingOccurrences(of: "rowspan=\"R\"", with: "rowspan=\"\(r)\"")
            let one = html.range(of: "<!-- edition 2019: one row, R = 20 -->")!
            let three = html.range(of: "<!-- edition 2021 instead: three rows, R = 22 -->")!
            let both = html.range(of: "<!-- both editions -->")!
            html = edition == "2019"
                ? String(html[..<three.lowerBound]) + String(html[both.upperBound...])
                : String(html[..<one.lowerBound]) + String(html[three.upperBound..<both.lowerBound]) + String(html[both.upperBound...])
        }
        return parse(html)
    }

    struct Missing: Error { let heading: String }

    static func parse(_ html: String) -> WordGrid {
        var cells: [WordGrid.Cell] = []
        var occupied = Set<[Int]>()
        var columns = 0
        let rows = html.components(separatedBy: "<tr>").dropFirst()
        for (r, row) in rows.enumerated() {
            var c = 0
            func place(_ text: String, rowspan: Int, colspan: Int) {
                while occupied.contains([r, c]) { c += 1 }
                cells.append(.init(row: r, column: c, rowSpan: rowspan, colSpan: colspan, text: text))
                for dr in 0..<rowspan { for dc in 0..<colspan { occupied.insert([r + dr, c + dc]) } }
                c += colspan
                columns = max(columns, c)
            }
            let body = row.components(separatedBy: "</tr>")[0]
            var scanner = Substring(body)
            while !scanner.isEmpty {
                if scanner.hasPrefix("<td") {
                    let tagEnd = scanner.firstIndex(of: ">")!
                    let tag = String(scanner[..<tagEnd])
                    let contentEnd = scanner.range(of: "</td>")!
                    let content = String(scanner[scanner.index(after: tagEnd)..<contentEnd.lowerBound])
                    place(content, rowspan: attribute("rowspan", tag), colspan: attribute("colspan", tag))
                    scanner = scanner[contentEnd.upperBound...]
                } else if scanner.hasPrefix("N×") {
                    let digits = scanner.dropFirst(2).prefix { $0.isNumber }
                    for _ in 0..<Int(digits)! { place("N", rowspan: 1, colspan: 1) }
                    scanner = scanner.dropFirst(2 + digits.count)
                } else {
                    scanner = scanner.dropFirst()
                }
            }
        }
        return WordGrid(columns: columns, rows: rows.count, cells: cells)
    }

    static func attribute(_ name: String, _ tag: String) -> Int {
        guard let range = tag.range(of: "\(name)=\"") else { return 1 }
        return Int(tag[range.upperBound...].prefix { $0.isNumber }) ?? 1
    }
}
