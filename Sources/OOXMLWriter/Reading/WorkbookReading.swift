/// Reads an XLSX back into neutral cells: every sheet's cells as stored (shared strings,
/// inline strings, numbers as their text, formulas with whatever result was saved beside them),
/// merged ranges, visibility and the defined names — within `Limits`, so a crafted file cannot
/// make it hang or eat the machine. It knows no report; the core decides what a cell means.
public enum WorkbookReading {
    public struct Limits: Sendable {
        public var zip = ZipReader.Limits()
        public var sheets = 64
        /// Cells in all sheets together.
        public var cells = 200_000
        public var sharedStrings = 200_000
        /// Characters of one cell's text (Excel itself stops at 32,767).
        public var cellText = 100_000
        public var xmlElements = 2_000_000
        public init() {}
    }

    public struct Cell: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case number, text, boolean, error, date }
        public var kind: Kind
        /// A number's stored text (`12`, `3775.4613349999999`), a string's characters.
        public var value: String
        /// The formula, when the cell holds one (`""` for a shared formula's follower).
        public var formula: String?
    }

    public struct Sheet: Sendable {
        public var name: String
        public var hidden: Bool
        public var cells: [CellAddress: Cell]
        public var merges: [CellRange]
    }

    public struct Book: Sendable {
        public var sheets: [Sheet]
        /// Workbook-level defined names → their formula text.
        public var names: [String: String]

        public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    }

    public enum Failure: Error, Sendable {
        case zip(ZipReadError)
        /// A part is missing or not the XML it should be.
        case malformed(part: String, reason: String)
        /// A cap was passed: what, and the cap.
        case over(what: String, limit: Int)
    }

    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) -> Book {
        let zip: ZipReader
        do { zip = try ZipReader(bytes, limits: limits.zip) } catch { throw .zip(error) }
        var budget = Budget(limits: limits)
        let workbookPath = try officeDocument(zip, &budget) ?? "xl/workbook.xml"
        let workbook = try parse(zip, workbookPath, &budget)
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + workbookPath.split(separator: "/").last! + ".rels"
        let targets = try relationships(zip, relsPath, folder: folder, &budget)
        let strings = try sharedStrings(zip, targets.first { $0.type.hasSuffix("/sharedStrings") }?.target, &budget)
        var names: [String: String] = [:]
        for node in workbook.descendants(local: "definedName") where node.attribute("localSheetId") == nil {
            if let name = node.attribute("name") { names[name] = node.text }
        }
        var sheets: [Sheet] = []
        let declared = workbook.descendants(local: "sheet")
        guard declared.count <= limits.sheets else { throw .over(what: "sheets", limit: limits.sheets) }
        for node in declared {
            guard let name = node.attribute("name"),
                  let id = node.attributes.first(where: { $0.name == "id" && !$0.namespace.isEmpty })?.value,
                  let target = targets.first(where: { $0.id == id })?.target else {
                throw .malformed(part: workbookPath, reason: "sheet without a relationship")
            }
            let root = try parse(zip, target, &budget)
            sheets.append(Sheet(name: name, hidden: (node.attribute("state") ?? "visible") != "visible",
                                cells: try cells(root, strings, part: target, &budget), merges: merges(root)))
        }
        return Book(sheets: sheets, names: names)
    }

    // MARK: - Parts

    private struct Budget {
        let limits: Limits
        var cells = 0
    }

    private struct Target {
        let id: String
        let type: String
        let target: String
    }

    private static func parse(_ zip: ZipReader, _ name: String, _ budget: inout Budget) throws(Failure) -> XMLNode {
        let bytes: [UInt8]
        do { bytes = try zip.data(name) } catch { throw .zip(error) }
        do {
            return try SafeXMLParser.parse(bytes, limits: .init(maxElements: budget.limits.xmlElements))
        } catch {
            if let over = error.exceeded { throw .over(what: "XML elements of \(name)", limit: over.limit) }
            throw .malformed(part: name, reason: error.description)
        }
    }

    private static func officeDocument(_ zip: ZipReader, _ budget: inout Budget) throws(Failure) -> String? {
        guard zip.names.contains("_rels/.rels") else { return nil }
        let targets = try relationships(zip, "_rels/.rels", folder: "", &budget)
        return targets.first { $0.type.hasSuffix("/officeDocument") }?.target
    }

    /// A relationship part's targets, resolved against `folder` (absolute targets from the root).
    private static func relationships(_ zip: ZipReader, _ path: String, folder: String, _ budget: inout Budget) throws(Failure) -> [Target] {
        guard zip.names.contains(path) else { throw .malformed(part: path, reason: "missing") }
        return try parse(zip, path, &budget).descendants(local: "Relationship").compactMap { node in
            guard let id = node.attribute("Id"), let type = node.attribute("Type"), let target = node.attribute("Target"),
                  node.attribute("TargetMode") != "External" else { return nil }
            let resolved = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
            return Target(id: id, type: type, target: resolved)
        }
    }

    private static func sharedStrings(_ zip: ZipReader, _ path: String?, _ budget: inout Budget) throws(Failure) -> [String] {
        guard let path, zip.names.contains(path) else { return [] }
        let items = try parse(zip, path, &budget).children.filter { $0.name == "si" }
        guard items.count <= budget.limits.sharedStrings else { throw .over(what: "shared strings", limit: budget.limits.sharedStrings) }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            let text = runText(item)
            guard text.count <= budget.limits.cellText else { throw .over(what: "characters in one cell", limit: budget.limits.cellText) }
            out.append(text)
        }
        return out
    }

    /// The text of a string item: its `t`, or its runs' `t`s in order; phonetic runs (`rPh`) left out.
    private static func runText(_ item: XMLNode) -> String {
        var text = ""
        for child in item.children {
            switch child.name {
            case "t": text += child.text
            case "r": text += child.children.filter { $0.name == "t" }.map(\.text).joined()
            default: continue
            }
        }
        return text
    }

    private static func cells(_ root: XMLNode, _ strings: [String], part: String, _ budget: inout Budget) throws(Failure) -> [CellAddress: Cell] {
        var out: [CellAddress: Cell] = [:]
        guard let data = root.children.first(where: { $0.name == "sheetData" }) else { return out }
        var nextRow = 0
        for row in data.children where row.name == "row" {
            let rowNumber = row.attribute("r").flatMap { Int($0) }.map { $0 - 1 } ?? nextRow
            nextRow = rowNumber + 1
            var nextColumn = 0
            for c in row.children where c.name == "c" {
                budget.cells += 1
                guard budget.cells <= budget.limits.cells else { throw .over(what: "cells", limit: budget.limits.cells) }
                let address: CellAddress
                if let r = c.attribute("r") {
                    guard let parsed = CellAddress(r) else { throw .malformed(part: part, reason: "cell reference “\(r.prefix(20))”") }
                    address = parsed
                } else {
                    address = CellAddress(row: rowNumber, column: nextColumn)
                }
                nextColumn = address.column + 1
                let formula = c.children.first { $0.name == "f" }.map(\.text)
                let v = c.children.first { $0.name == "v" }?.text
                let cell: Cell?
                switch c.attribute("t") ?? "n" {
                case "s":
                    guard let v, let index = Int(v.filter { $0 != " " }), strings.indices.contains(index) else {
                        throw .malformed(part: part, reason: "\(address) names no shared string")
                    }
                    cell = Cell(kind: .text, value: strings[index], formula: formula)
                case "inlineStr":
                    let text = c.children.first { $0.name == "is" }.map(runText) ?? ""
                    cell = Cell(kind: .text, value: text, formula: formula)
                case "str": cell = Cell(kind: .text, value: v ?? "", formula: formula)
                case "b": cell = Cell(kind: .boolean, value: v ?? "", formula: formula)
                case "e": cell = Cell(kind: .error, value: v ?? "", formula: formula)
                case "d": cell = Cell(kind: .date, value: v ?? "", formula: formula)
                default: cell = v == nil && formula == nil ? nil : Cell(kind: .number, value: v ?? "", formula: formula)
                }
                if let cell {
                    guard cell.value.count <= budget.limits.cellText else {
                        throw .over(what: "characters in one cell", limit: budget.limits.cellText)
                    }
                    out[address] = cell
                }
            }
        }
        return out
    }

    private static func merges(_ root: XMLNode) -> [CellRange] {
        root.descendants(local: "mergeCell").compactMap { node in
            let corners = (node.attribute("ref") ?? "").split(separator: ":").map(String.init)
            guard let first = corners.first.flatMap(CellAddress.init) else { return nil }
            let last = corners.count == 2 ? CellAddress(corners[1]) : first
            return last.map { CellRange(first, $0) }
        }
    }
}

extension XMLNode {
    /// Descendants by local name in any namespace: SpreadsheetML comes in transitional and
    /// strict namespaces, and the reader takes both.
    func descendants(local name: String) -> [XMLNode] {
        var out: [XMLNode] = []
        var stack: [XMLNode] = [self]
        while let node = stack.popLast() {
            if node.name == name { out.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }
}
