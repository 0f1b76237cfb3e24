import OOXMLWriter

/// Differences between two versions of a part that can be said in the report's terms. A part
/// whose differences are all said this way needs no XML diff.
struct SemanticDiff {
    let file: String
    let terms: TableTerms

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

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
            GoldenDifference(file: file, kind: .text, part: part, message: "正文第 \(i + 1) 段: \(Self.short(pair.0)) → \(Self.short(pair.1))")
        }
    }

    static func short(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "……" : s }

    // MARK: - DOCX

    static func wordParagraphs(_ root: XMLNode) -> [String] {
        root.child("body", namespace: w)?.children("p", namespace: w).map { $0.descendants("t", namespace: w).map(\.text).joined() } ?? []
    }

    /// Page size and margins of the section.
    func wordPage(_ old: XMLNode, _ new: XMLNode, part: String) -> [GoldenDifference] {
        func section(_ root: XMLNode) -> XMLNode? { root.child("body", namespace: Self.w)?.child("sectPr", namespace: Self.w) }
        var out: [GoldenDifference] = []
        let names = [("pgMar", "top", "页边距 上"), ("pgMar", "bottom", "页边距 下"), ("pgMar", "left", "页边距 左"),
                     ("pgMar", "right", "页边距 右"), ("pgMar", "footer", "页脚距页边"), ("pgSz", "w", "纸张 宽"),
                     ("pgSz", "h", "纸张 高"), ("docGrid", "linePitch", "行距网格")]
        for (element, attribute, label) in names {
            let a = section(old)?.child(element, namespace: Self.w)?.attribute(attribute, namespace: Self.w)
            let b = section(new)?.child(element, namespace: Self.w)?.attribute(attribute, namespace: Self.w)
            guard a != b else { continue }
            let unit = attribute == "linePitch" ? Self.twipsAsPoints : Self.twipsAsMillimetres
            out.append(GoldenDifference(file: file, kind: .page, part: part, message: "\(label): \(unit(a)) → \(unit(b))"))
        }
        return out
    }

    /// Properties of each paragraph style, by its display name.
    func wordStyles(_ old: XMLNode, _ new: XMLNode, part: String) -> [GoldenDifference] {
        func styles(_ root: XMLNode) -> [String: (name: String, props: [String: String])] {
            var out: [String: (String, [String: String])] = [:]
            for s in root.children("style", namespace: Self.w) {
                let id = s.attribute("styleId", namespace: Self.w) ?? ""
                let name = s.child("name", namespace: Self.w)?.attribute("val", namespace: Self.w) ?? id
                var props: [String: String] = [:]
                let rPr = s.child("rPr", namespace: Self.w), pPr = s.child("pPr", namespace: Self.w)
                func v(_ node: XMLNode?, _ child: String, _ attr: String = "val") -> String? {
                    node?.child(child, namespace: Self.w)?.attribute(attr, namespace: Self.w)
                }
                props["字号"] = v(rPr, "sz").flatMap { Int($0) }.map { Length.trim(Double($0) / 2) + " pt" }
                props["中文字体"] = v(rPr, "rFonts", "eastAsia")
                props["西文字体"] = v(rPr, "rFonts", "ascii")
                props["字间距"] = v(rPr, "spacing").flatMap { Int($0) }.map { Length.trim(Double($0) / 20) + " pt" }
                props["加粗"] = rPr?.child("b", namespace: Self.w).map { $0.attribute("val", namespace: Self.w) == "0" ? "否" : "是" }
                props["行距"] = v(pPr, "spacing", "line").flatMap { Int($0) }.map { Length.trim(Double($0) / 20) + " pt" }
                props["首行缩进"] = v(pPr, "ind", "firstLine").flatMap { Int($0) }.map { Length.trim(Double($0) / 20) + " pt" }
                props["对齐"] = v(pPr, "jc")
                out[id] = (name, props.compactMapValues { $0 })
            }
            return out
        }
        return propertyDiffs(styles(old), styles(new), part: part)
    }

    // MARK: - ODT

    static func odfParagraphs(_ root: XMLNode) -> [String] {
        guard let body = root.child("body", namespace: office)?.child("text", namespace: office) else { return [] }
        return body.children.filter { $0.namespace == text && ($0.name == "p" || $0.name == "h") }.map(\.allText)
    }

    func odfPage(_ old: XMLNode, _ new: XMLNode, part: String) -> [GoldenDifference] {
        func layout(_ root: XMLNode) -> XMLNode? {
            root.descendants("page-layout-properties", namespace: Self.style).first
        }
        var out: [GoldenDifference] = []
        for (attribute, ns, label) in [("margin-top", Self.fo, "页边距 上"), ("margin-bottom", Self.fo, "页边距 下（至页脚）"),
                                       ("margin-left", Self.fo, "页边距 左"), ("margin-right", Self.fo, "页边距 右"),
                                       ("page-width", Self.fo, "纸张 宽"), ("page-height", Self.fo, "纸张 高"),
                                       ("layout-grid-base-height", Self.style, "行距网格"), ("layout-grid-lines", Self.style, "每页行数")] {
            let a = layout(old)?.attribute(attribute, namespace: ns), b = layout(new)?.attribute(attribute, namespace: ns)
            if a != b { out.append(GoldenDifference(file: file, kind: .page, part: part, message: "\(label): \(a ?? "（无）") → \(b ?? "（无）")")) }
        }
        return out
    }

    func odfStyles(_ old: XMLNode, _ new: XMLNode, part: String) -> [GoldenDifference] {
        func styles(_ root: XMLNode) -> [String: (name: String, props: [String: String])] {
            var out: [String: (String, [String: String])] = [:]
            guard let named = root.child("styles", namespace: Self.office) else { return [:] }
            for s in named.children("style", namespace: Self.style) {
                let id = s.attribute("name", namespace: Self.style) ?? ""
                let name = s.attribute("display-name", namespace: Self.style) ?? id
                let t = s.child("text-properties", namespace: Self.style), p = s.child("paragraph-properties", namespace: Self.style)
                let props: [String: String?] = [
                    "字号": t?.attribute("font-size", namespace: Self.fo),
                    "中文字体": t?.attribute("font-name-asian", namespace: Self.style),
                    "西文字体": t?.attribute("font-name", namespace: Self.style),
                    "字间距": t?.attribute("letter-spacing", namespace: Self.fo),
                    "加粗": t?.attribute("font-weight", namespace: Self.fo),
                    "行距": p?.attribute("line-height", namespace: Self.fo),
                    "首行缩进": p?.attribute("text-indent", namespace: Self.fo),
                    "对齐": p?.attribute("text-align", namespace: Self.fo),
                ]
                out[id] = (name, props.compactMapValues { $0 })
            }
            return out
        }
        return propertyDiffs(styles(old), styles(new), part: part)
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

    static func twipsAsMillimetres(_ s: String?) -> String {
        guard let s, let v = Double(s) else { return s ?? "（无）" }
        return Length.trim(v / 20 * 25.4 / 72, decimals: 1) + " mm"
    }

    static func twipsAsPoints(_ s: String?) -> String {
        guard let s, let v = Double(s) else { return s ?? "（无）" }
        return Length.trim(v / 20) + " pt"
    }
}
