import OOXMLWriter
import ReportExport

/// Compares a golden DOCX or ODT with a fresh render, fastest first: identical bytes; then
/// the entry lists; then each part's canonical XML; then, for parts that differ, what changed
/// in the report's terms, or a small line diff where that says nothing.
struct PackageComparison {
    let file: String
    let terms: TableTerms

    func compare(_ old: [UInt8], _ new: [UInt8]) -> [GoldenDifference] {
        if old == new { return [] }
        let a: ZipReader, b: ZipReader
        do {
            a = try ZipReader(old, limits: GoldenFiles.zipLimits)
            b = try ZipReader(new, limits: GoldenFiles.zipLimits)
        } catch {
            return [GoldenDifference(file: file, kind: .entries, message: "无法读取：\(error.reason) → 运行 golden update 重新生成")]
        }
        var out: [GoldenDifference] = []
        let added = b.names.filter { !a.names.contains($0) }, removed = a.names.filter { !b.names.contains($0) }
        if !added.isEmpty || !removed.isEmpty || a.names.filter(b.names.contains) != b.names.filter(a.names.contains) {
            out.append(GoldenDifference(file: file, kind: .entries,
                message: "部件清单: 缺少 \(removed.isEmpty ? "无" : removed.joined(separator: "、"))；新增 \(added.isEmpty ? "无" : added.joined(separator: "、"))"))
        }
        for name in a.names where b.names.contains(name) {
            guard let x = try? a.data(name), let y = try? b.data(name), x != y else { continue }
            out += part(name, x, y)
        }
        if out.isEmpty {
            out.append(GoldenDifference(file: file, kind: .entries, message: "内容相同，但 ZIP 的打包字节不同（压缩或顺序）"))
        }
        return out
    }

    /// What changed in one part.
    func part(_ name: String, _ old: [UInt8], _ new: [UInt8]) -> [GoldenDifference] {
        guard name.hasSuffix(".xml") || name.hasSuffix(".rels") else {
            return [GoldenDifference(file: file, kind: .xml, part: name, message: "内容不同（\(old.count) → \(new.count) 字节）")]
        }
        guard let ca = try? Canonicalizer.canonical(old), let cb = try? Canonicalizer.canonical(new) else {
            return [GoldenDifference(file: file, kind: .xml, part: name, message: "无法解析为 XML")]
        }
        if ca == cb { return [] }
        let semantic = SemanticDiff(file: file, terms: terms)
        var found: [GoldenDifference] = []
        if let x = try? SafeXMLParser.parse(old), let y = try? SafeXMLParser.parse(new) {
            switch name {
            case "word/document.xml":
                if let a = try? TableReading.word(x), let b = try? TableReading.word(y) { found += semantic.tables(a, b, part: name) ?? [] }
                found += semantic.paragraphs(WordBodyReading.paragraphTexts(x), WordBodyReading.paragraphTexts(y), part: name) ?? []
                found += semantic.page(PageReading.word(x), PageReading.word(y), part: name)
                found += semantic.columnWidths(ColumnWidthReading.word(x), ColumnWidthReading.word(y), part: name) ?? []
            case "word/styles.xml":
                found += semantic.styles(StyleReading.word(x), StyleReading.word(y), part: name)
            case "content.xml":
                if let a = try? TableReading.odf(x), let b = try? TableReading.odf(y) { found += semantic.tables(a, b, part: name) ?? [] }
                found += semantic.paragraphs(ODFBodyReading.paragraphTexts(x), ODFBodyReading.paragraphTexts(y), part: name) ?? []
                found += semantic.columnWidths(ColumnWidthReading.odf(x), ColumnWidthReading.odf(y), part: name) ?? []
            case "styles.xml":
                found += semantic.page(PageReading.odf(x), PageReading.odf(y), part: name)
                found += semantic.styles(StyleReading.odf(x), StyleReading.odf(y), part: name)
            default:
                break
            }
        }
        if !found.isEmpty { return found }
        return [GoldenDifference(file: file, kind: .xml, part: name, message: "XML 内容不同", detail: LineDiff.diff(ca, cb))]
    }
}
