import OOXMLWriter
import Testing

@Suite struct TableGridTests {
    func cell(_ text: String, _ colSpan: Int = 1, _ rowSpan: Int = 1) -> Cell {
        Cell([Paragraph(text: text)], colSpan: colSpan, rowSpan: rowSpan)
    }

    @Test func colSpanCoversTheSlotsToTheRight() throws {
        let grid = try TableGrid(rows: [Row([cell("a", 3)]), Row([cell("b"), cell("c"), cell("d")])], columnCount: 3)
        #expect(grid.slots[0] == [.anchor(index: 0), .covered(row: 0, column: 0), .covered(row: 0, column: 0)])
        #expect(grid.slots[1] == [.anchor(index: 0), .anchor(index: 1), .anchor(index: 2)])
    }

    @Test func rowSpanIsSkippedByTheRowsBelow() throws {
        let grid = try TableGrid(rows: [Row([cell("a", 1, 3), cell("b")]), Row([cell("c")]), Row([cell("d")])], columnCount: 2)
        #expect(grid.slots[1] == [.covered(row: 0, column: 0), .anchor(index: 0)])
        #expect(grid.slots[2] == [.covered(row: 0, column: 0), .anchor(index: 0)])
    }

    @Test func bothSpansCoverTheWholeRectangle() throws {
        let grid = try TableGrid(rows: [Row([cell("a", 2, 2), cell("b")]), Row([cell("c")])], columnCount: 3)
        #expect(grid.slots[1] == [.covered(row: 0, column: 0), .covered(row: 0, column: 0), .anchor(index: 0)])
    }

    @Test func rowsJoinedByAVerticalMergeJoinTheirNext() throws {
        // Column 0 spans rows 0–3, column 1 spans rows 1–2 inside it, row 4 stands alone; a
        // colspan alone joins nothing.
        let grid = try TableGrid(rows: [
            Row([cell("g", 1, 4), cell("a", 2)]),
            Row([cell("h", 1, 2), cell("b")]),
            Row([cell("c")]),
            Row([cell("d", 2)]),
            Row([cell("e"), cell("f", 2)]),
        ], columnCount: 3)
        #expect((0..<5).map { grid.joinsNext($0) } == [true, true, true, false, false])
    }

    @Test func aMergeEndingAtARowDoesNotJoinItToTheNext() throws {
        let grid = try TableGrid(rows: [Row([cell("a", 1, 2), cell("b")]), Row([cell("c")]), Row([cell("d"), cell("e")])],
                                 columnCount: 2)
        #expect(grid.joinsNext(0))
        #expect(!grid.joinsNext(1))
        #expect(!grid.joinsNext(2))
    }

    @Test func overlapIsAnError() {
        // Row 1's rowspan holds (2,2); row 2 has a colspan that runs into it.
        #expect(throws: TableGridError.overlap(row: 2, column: 2)) {
            try TableGrid(rows: [Row([cell("a"), cell("b", 1, 2)]), Row([cell("c", 2)])], columnCount: 2)
        }
    }

    @Test func holeIsAnError() {
        #expect(throws: TableGridError.hole(row: 2, column: 3)) {
            try TableGrid(rows: [Row([cell("a", 3)]), Row([cell("b"), cell("c")])], columnCount: 3)
        }
    }

    @Test func spanOffTheTableIsAnError() {
        #expect(throws: TableGridError.outOfBounds(row: 1, column: 2)) {
            try TableGrid(rows: [Row([cell("a"), cell("b", 2)])], columnCount: 2)
        }
        #expect(throws: TableGridError.outOfBounds(row: 2, column: 1)) {
            try TableGrid(rows: [Row([cell("a", 1, 1), cell("x")]), Row([cell("b", 1, 2), cell("y")])], columnCount: 2)
        }
    }

    @Test func zeroSpanIsAnError() {
        #expect(throws: TableGridError.invalidSpan(row: 1, cell: 1)) {
            try TableGrid(rows: [Row([cell("a", 0)])], columnCount: 1)
        }
    }

    @Test func rowSpanFromHeaderIntoBodyIsAnError() {
        #expect(throws: TableGridError.spanCrossesHeader(row: 1, column: 1)) {
            try TableGrid(rows: [Row([cell("a", 1, 2), cell("b")], isHeader: true), Row([cell("c")])], columnCount: 2)
        }
    }

    @Test func tableConstructionChecksTheGrid() {
        #expect(throws: TableGridError.self) {
            try Table(columnWidths: [.mm(10), .mm(10)], rows: [Row([cell("a")])])
        }
    }
}
