import Foundation
import OOXMLWriter
import ReportExport
import Testing
import TestSupport

/// Table 三 of the page, parsed with libxml2's HTML parser: every data cell's `headers` name
/// exactly the row and column labels of the official form. What is expected comes from the
/// format file (the header rows' cells over the value's column; the row's own labels and the
/// group labels whose rowspan covers the row), never from the writer.
@Suite struct HTMLTableHeadersTests {
    /// A report of each edition, the edition's format, and how many numbers table 三 holds.
    static let cases: [(path: String, edition: String, cells: Int)] = [
        ("examples/qingyuan-2021.yaml", "2021", 25 * 7),
        ("examples/fengcheng-2020.yaml", "2019", 23 * 7),
    ]

    @Test(arguments: cases.indices)
    func everyCellOfTableThreeNamesItsRowAndColumnLabels(_ index: Int) throws {
        let (path, edition, count) = Self.cases[index]
        let format = try TemplateLibrary().format(edition)
        let spec = try #require(format.table("applications"))
        let renderer = ReportRenderer()
        let page = try renderer.bytes(try renderer.document(for: try renderer.read(path: Paths.root.appendingPathComponent(path).path)), format: .html)

        let tableIndex = try #require(format.parts.compactMap(\.table).firstIndex(of: "applications"))
        let root = try SafeXMLParser.parseHTML(page)
        let table = Self.elements("table", in: root)[tableIndex]
        var labels: [String: String] = [:]
        for th in Self.elements("th", in: table) { labels[th.attribute("id") ?? ""] = th.allText }
        let body = try #require(Self.elements("tbody", in: table).first)
        let rows = Self.elements("tr", in: body)
        let valueRows = spec.valueRows
        #expect(rows.count == valueRows.count)

        let columnLabels = Self.columnLabels(spec)
        let rowLabels = Self.rowLabels(spec)
        let columns = spec.widths.count
        var checked = 0
        for (tr, row) in zip(rows, valueRows) {
            let cells = Self.elements("td", in: tr)
            #expect(cells.count == row.valueColumns.count)
            for (k, (td, column)) in zip(cells, row.valueColumns).enumerated() {
                // Value cells close the row: the k-th of n sits in grid column columns − n + k.
                let gridColumn = columns - row.valueColumns.count + k
                let expected = try #require(rowLabels[row.id]) + (columnLabels[gridColumn] ?? [])
                let named = (td.attribute("headers") ?? "").split(separator: " ").map { labels[String($0)] ?? "?\($0)" }
                #expect(named.sorted() == expected.sorted(), "\(row.id) × \(column)")
                // The innermost labels are the format's own names of the row and the column.
                #expect(columnLabels[gridColumn]?.last == spec.labels[column], "\(column)")
                #expect(rowLabels[row.id]?.last == row.displayLabel, "\(row.id)")
                checked += 1
            }
        }
        #expect(checked == count)
    }

    @Test func theNestedApplicantColumnsAndThreeLevelRowsOfTheForm() throws {
        // Written out by hand from the 2021 form, as a reader of the paper form names them.
        let spec = try #require(try TemplateLibrary().format("2021").table("applications"))
        #expect(Self.columnLabels(spec)[4] == ["申请人情况", "法人或其他组织", "商业企业"])
        #expect(Self.columnLabels(spec)[3] == ["申请人情况", "自然人"])
        #expect(Self.rowLabels(spec)["denied_state_secret"] == ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"])
        #expect(Self.rowLabels(spec)["received"] == ["一、本年新收政府信息公开申请数量"])
    }

    /// Grid column → the texts of the header rows' cells over it, top first.
    static func columnLabels(_ spec: TableSpec) -> [Int: [String]] {
        var taken = Set<[Int]>()
        var out: [Int: [String]] = [:]
        for (r, row) in spec.rows.prefix(spec.headerRows ?? 0).enumerated() {
            var c = 0
            for cell in row.allCells {
                while taken.contains([r, c]) { c += 1 }
                let span = cell.colspan ?? 1
                for dr in 0..<(cell.rowspan ?? 1) { for dc in 0..<span { taken.insert([r + dr, c + dc]) } }
                for column in c..<(c + span) { out[column, default: []].append(cell.text ?? "") }
                c += span
            }
        }
        // The corner note over the row labels names no number's column.
        return out.filter { $0.key >= spec.widths.count - (spec.valueRows.first?.valueColumns.count ?? 0) }
    }

    /// Row id → the group labels whose rowspan covers the row, outermost first, then the row's
    /// own label cells.
    static func rowLabels(_ spec: TableSpec) -> [String: [String]] {
        var open: [(text: String, until: Int)] = []
        var out: [String: [String]] = [:]
        for (r, row) in spec.rows.enumerated() where r >= (spec.headerRows ?? 0) {
            open.removeAll { $0.until <= r }
            let own = (row.cells ?? []).compactMap(\.text)
            if let id = row.id { out[id] = open.map(\.text) + own }
            for cell in row.cells ?? [] where (cell.rowspan ?? 1) > 1 { open.append((cell.text ?? "", r + (cell.rowspan ?? 1))) }
        }
        return out
    }

    static func elements(_ name: String, in node: XMLNode) -> [XMLNode] {
        var out: [XMLNode] = []
        func walk(_ n: XMLNode) {
            for child in n.children {
                if child.name.lowercased() == name { out.append(child) } else { walk(child) }
            }
        }
        walk(node)
        return out
    }
}
