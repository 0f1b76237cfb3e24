import OOXMLWriter
import ReportExport

/// Differences between two versions of a part that can be said in the report's terms. A part
/// whose differences are all said this way needs no XML diff. The markup is read by
/// OOXMLWriter (`TableReading`, `PageReading`, `StyleReading`, …); this only compares and words.
struct SemanticDiff {
    let file: String
    let terms: TableTerms

    /// Table cells and paragraphs of two bodies; nil when the tables changed shape (then only
    /// an XML diff can say what happened).
    func tables(_ old: [ReadTable], _ new: [ReadTable], part: String) -> [GoldenDifference]? {
        guard old.count == new.count else { return nil }
        var out: [GoldenDifference] = []
        for (k, (a, b)) in zip(old, new).enumerated() {
            guard a.columns == b.columns, a.rows == b.rows,
                  a.cells.map({ [$0.row, $0.column, $0.rowSpan, $0.colSpan] }) == b.cells.map({ [$0.row, $0.column, $0.rowSpan, $0.colSpan] }) else {
                out.append(GoldenDifference(file: file, kind: .cell, part: part, message: "\(terms.name(k)) 的行列或合并单元格变了"))
                continue
            }
            for (x, y) in zip(a.cells, b.cells) where x.text != y.text {
                out.append(GoldenDifference(file: file, kind: .cell, part: part,
                    message: "\(terms.describe(tableIndex: k, b, row: y.row, column: y.column)): \(x.text) → \(y.text)"))
            }
        }
        return out
    }

    func paragraphs(_ old: [String], _ new: [String], part: String) -> [GoldenDifference]? {
        guard old.count == new.count else {
            return [GoldenDifference(file: file, kind: .text, part: part, message: "正文段落数: \(old.count) → \(new.count)")]
        }
        return zip(old, new).enumerated().filter { $0.element.0 != $0.element.1 }.map { i, pair in
            GoldenDifference(file: file, kind: .text, part: part, message: "正文第 \(i + 1) 段: \(pair.0.excerpt) → \(pair.1.excerpt)")
        }
    }

    // MARK: - Page and styles

    /// Page size, margins and line grid, from OOXMLWriter's `PageReading` of either format.
    func page(_ old: [PageReading.Setting], _ new: [PageReading.Setting], part: String) -> [GoldenDifference] {
        zip(old, new).filter { $0.value != $1.value }.map { a, b in
            GoldenDifference(file: file, kind: .page, part: part,
                message: "\(Self.label(a.property)): \(Self.shown(a.value, a.property)) → \(Self.shown(b.value, b.property))")
        }
    }

    /// Properties of each paragraph style, by its display name, from `StyleReading`.
    func styles(_ old: [StyleReading.Style], _ new: [StyleReading.Style], part: String) -> [GoldenDifference] {
        func byID(_ styles: [StyleReading.Style]) -> [String: (name: String, props: [String: String])] {
            var out: [String: (String, [String: String])] = [:]
            for s in styles {
                out[s.id] = (s.name, Dictionary(uniqueKeysWithValues: s.properties.map { (Self.label($0.key), Self.shown($0.value)) }))
            }
            return out
        }
        return propertyDiffs(byID(old), byID(new), part: part)
    }

    static func label(_ property: PageReading.Property) -> String {
        switch property {
        case .marginTop: "页边距 上"
        case .marginBottom: "页边距 下"
        case .marginBottomToFooter: "页边距 下（至页脚）"
        case .marginLeft: "页边距 左"
        case .marginRight: "页边距 右"
        case .footerDistance: "页脚距页边"
        case .pageWidth: "纸张 宽"
        case .pageHeight: "纸张 高"
        case .linePitch: "行距网格"
        case .linesPerPage: "每页行数"
        }
    }

    static func label(_ property: StyleReading.Property) -> String {
        switch property {
        case .fontSize: "字号"
        case .eastAsianFont: "中文字体"
        case .latinFont: "西文字体"
        case .letterSpacing: "字间距"
        case .bold: "加粗"
        case .lineHeight: "行距"
        case .firstLineIndent: "首行缩进"
        case .alignment: "对齐"
        }
    }

    /// A page setting as a person reads it: the line pitch in points, other lengths in
    /// millimetres.
    static func shown(_ value: ReadValue?, _ property: PageReading.Property) -> String {
        guard case .length(let length)? = value, property != .linePitch else { return value.map { shown($0) } ?? "（无）" }
        return Length.trim(length.millimetres, decimals: 1) + " mm"
    }

    /// A value as a person reads it: lengths in points.
    static func shown(_ value: ReadValue) -> String {
        switch value {
        case .length(let length): Length.trim(length.points) + " pt"
        case .flag(let yes): yes ? "是" : "否"
        case .text(let text): text
        }
    }

    // MARK: - Shared

    private func propertyDiffs(_ a: [String: (name: String, props: [String: String])], _ b: [String: (name: String, props: [String: String])],
                               part: String) -> [GoldenDifference] {
        var out: [GoldenDifference] = []
        for id in Set(a.keys).union(b.keys).sorted() {
            let name = b[id]?.name ?? a[id]?.name ?? id
            guard let x = a[id], let y = b[id] else {
                out.append(GoldenDifference(file: file, kind: .style, part: part, message: "样式「\(name)」\(a[id] == nil ? "新增" : "删除")"))
                continue
            }
            for key in Set(x.props.keys).union(y.props.keys).sorted() where x.props[key] != y.props[key] {
                out.append(GoldenDifference(file: file, kind: .style, part: part,
                    message: "样式「\(name)」\(key): \(x.props[key] ?? "（无）") → \(y.props[key] ?? "（无）")"))
            }
        }
        return out
    }
}
