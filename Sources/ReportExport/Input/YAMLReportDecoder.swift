import Foundation
import YAMLEventBounds
import OOXMLWriter
import Yams

/// Walks the YAML tree of a report file and hands each key, with its raw value and line, to
/// the `ReportBuilder`, which owns every rule; this type knows only YAML's shapes.
struct YAMLReportDecoder {
    let file: String
    let templates: TemplateLibrary

    static let fixedKeys = ["agency", "year", "edition", "attachment", "title", "date"]
    /// Whether to try the one-walk reader before Yams; tests turn it off to compare the two.
    var plainFirst = true

    init(file: String, templates: TemplateLibrary) {
        self.file = file
        self.templates = templates
    }

    /// JSON files are read by the same YAML parser (JSON is YAML's flow style); only the word
    /// in messages differs.
    var syntaxName: String { file.lowercased().hasSuffix(".json") ? "JSON" : "YAML" }

    func at(_ node: YAMLPlainNode?) -> SourceLocation {
        SourceLocation(file: file, line: node?.line, column: node?.column)
    }

    /// The report, its format (nil when it could not be chosen) and the problems found. Throws
    /// only when there is nothing to work with (not YAML, not a mapping).
    func decode(_ text: String) throws(ReportErrors) -> ReportFileReader.Loaded {
        let root: YAMLPlainNode
        if plainFirst, let plain = YAMLPlainTree.parse(text) {
            root = plain
        } else {
            root = try composed(text)
        }
        return try decode(root: root)
    }

    /// The tree by the full path: bounds first, then Yams, each problem in its own words.
    private func composed(_ text: String) throws(ReportErrors) -> YAMLPlainNode {
        if let violation = YAMLBounds.check(text) {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: file, line: violation.line, column: violation.column),
                                           violation.message, hint: violation.hint)])
        }
        let root: Node
        do {
            // The basic resolver tags nothing: values are checked by the column they stand in,
            // and it spares a regular-expression match per scalar.
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                throw ReportErrors([Diagnostic(at: SourceLocation(file: file), "文件里没有内容",
                                               hint: "用 gkexport init 生成一个报告文件模板再填写")])
            }
            root = composed
        } catch let error as ReportErrors {
            throw error
        } catch {
            throw ReportErrors([syntaxDiagnostic(error)])
        }
        return YAMLPlainNode(root)
    }

    private func decode(root: YAMLPlainNode) throws(ReportErrors) -> ReportFileReader.Loaded {
        guard let mapping = root.mapping else {
            throw ReportErrors([Diagnostic(at: at(root), "报告文件的最外层应是“键: 值”的列表（如 agency: 某某局）",
                                           hint: "参照 examples/ 下的示例文件")])
        }
        var builder = ReportBuilder(source: file, whole: SourceLocation(file: file), words: .reportFile,
                                    cap: .stopLooking(max: ReportBuilder.maxProblems), templates: templates)

        var fields: [String: (key: YAMLPlainNode, value: YAMLPlainNode)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                builder.problem(at: at(key), "键应是文字")
                continue
            }
            fields[name] = (key, value)
        }

        builder.report.agency = builder.required("agency", given(fields["agency"]?.value)) ?? ""
        let year = builder.year(fields["year"].map { $0.value.string.map { .text($0, at: at(fields["year"]?.value)) }
                                                     ?? .notText(at: at($0.value)) } ?? .absent)
        builder.report.year = year ?? 0
        let edition = optionalText("edition", fields, &builder)

        // The format decides which other keys exist.
        builder.chooseFormat(year: year, named: edition, namedAt: at(fields["edition"]?.value), noEditionAt: at(fields["year"]?.value))
        if builder.format == nil { builder.report.edition = edition }
        builder.report.attachment = optionalText("attachment", fields, &builder)
        builder.report.title = optionalText("title", fields, &builder)
        builder.report.date = optionalText("date", fields, &builder)

        if let format = builder.format {
            let narrativeKeys = format.parts.compactMap(\.narrative)
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if Self.fixedKeys.contains(name) { continue }
                // Past the cap, nothing more is looked into (a suggestion costs an edit distance).
                guard builder.saying() else { continue }
                if narrativeKeys.contains(name) {
                    builder.report.locations[.narrative(name)] = at(value)
                    builder.report.narratives[name] = narrative(name, value, &builder)
                } else if let table = format.table(name) {
                    decodeTable(table, value, &builder)
                } else {
                    builder.unknownKey(name, at: at(key), fixed: Self.fixedKeys)
                }
            }
            builder.checkNarratives { at(fields[$0]?.value) }
            for id in format.parts.compactMap(\.table) {
                builder.report.locations[.table(id)] = at(fields[id]?.key)
            }
        }
        for key in ["agency", "attachment", "title", "date"] {
            guard let field = fields[key], let text = field.value.string else { continue }
            builder.checkCharacters(field: key, text, at: at(field.value))
        }
        builder.checkParagraphs()
        return builder.finish()
    }

    // MARK: - Fields

    /// A required field as the builder takes it: trimmed of spaces, or not text.
    private func given(_ node: YAMLPlainNode?) -> Given {
        guard let node else { return .absent }
        guard let text = node.string else { return .notText(at: at(node)) }
        return .text(text.trimmingCharacters(in: .whitespaces), at: at(node))
    }

    private func optionalText(_ key: String, _ fields: [String: (key: YAMLPlainNode, value: YAMLPlainNode)],
                              _ builder: inout ReportBuilder) -> String? {
        guard let field = fields[key] else { return nil }
        guard let text = field.value.string else {
            builder.problem(at: at(field.value), "“\(key)”应是一段文字")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func narrative(_ key: String, _ node: YAMLPlainNode, _ builder: inout ReportBuilder) -> Narrative {
        guard let text = node.string, let style = node.style else {
            builder.problem(at: at(node), "“\(key)”应是一段文字（每段一行）", hint: "写成 \(key): | 然后在下面缩进逐段填写")
            return Narrative([])
        }
        // A block scalar's text starts on the line after its indicator.
        let block = style == .literal || style == .folded
        let first = node.line + (block ? 1 : 0)
        return builder.narrative(key, text, firstLine: first, noun: "“\(key)”", at: at(node)) ?? Narrative([])
    }

    // MARK: - Tables

    private func decodeTable(_ table: TableSpec, _ node: YAMLPlainNode, _ builder: inout ReportBuilder) {
        guard let rows = node.mapping else {
            builder.problem(at: at(node), "\(table.name)（\(table.id)）应按行列出，每行一个行号", hint: "参照 examples/ 下的示例文件")
            return
        }
        builder.report.values.give(table: table.id)
        for (key, value) in rows {
            guard builder.saying() else { continue }
            let rowID = key.string ?? ""
            guard let row = table.row(rowID) else {
                builder.unknownRow(rowID, in: table, at: at(key))
                continue
            }
            decodeRow(table, row, value, &builder)
            builder.report.locations[.row(row.key(in: table.id))] = at(value)
        }
    }

    private func decodeRow(_ table: TableSpec, _ row: ValueRow, _ node: YAMLPlainNode, _ builder: inout ReportBuilder) {
        let columns = row.valueColumns
        // Named only when a problem is said: most rows have none.
        var where_: String { ReportBuilder.name(table, row) }
        var pairs: [(column: String, value: YAMLPlainNode)] = []
        if let list = node.sequence {
            guard list.count == columns.count else {
                builder.report.unusable.insert(.row(row.key(in: table.id)))
                builder.problem(at: at(node), "\(where_)应有 \(columns.count) 个数，填写了 \(list.count) 个",
                                hint: "按顺序填写：\(columns.map { table.labels[$0] ?? $0 }.joined(separator: "、"))")
                return
            }
            pairs = zip(columns, list).map { ($0, $1) }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard builder.saying() else { continue }
                let column = key.string ?? ""
                guard columns.contains(column) else {
                    builder.unknownColumn(column, in: table, row: row, at: at(key))
                    continue
                }
                pairs.append((column, value))
            }
        } else {
            builder.report.unusable.insert(.row(row.key(in: table.id)))
            builder.problem(at: at(node), "\(where_)应列出各列的数", hint: "写成 {列号: 数, …} 或按顺序写成 [数, …]")
            return
        }
        for (column, value) in pairs {
            guard let text = value.string, let style = value.style else {
                builder.notAValue(table: table, row: row, column: column, at: at(value))
                continue
            }
            let quoted = style == .singleQuoted || style == .doubleQuoted
            builder.value(text, quoted: quoted, table: table, row: row, column: column, at: at(value))
        }
    }

    // MARK: - Syntax

    private func syntaxDiagnostic(_ error: Error) -> Diagnostic {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let extra = context.map { "（\($0.text)）" } ?? ""
                return Diagnostic(at: SourceLocation(file: file, line: mark.line, column: mark.column),
                                  "\(syntaxName) 格式有误：\(problem)\(extra)",
                                  hint: "检查这一行及上一行的缩进、冒号和引号；冒号后要有空格")
            case .reader(let problem, _, _, _):
                return Diagnostic(at: SourceLocation(file: file), "无法读取文本：\(problem)", hint: "文件须为 UTF-8 编码")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return Diagnostic(at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                                  "键重复出现：\(duplicates.joined(separator: "、"))", hint: "每个键只写一次，删去多余的一个")
            default:
                return Diagnostic(at: SourceLocation(file: file), "\(syntaxName) 格式有误：\(yaml)")
            }
        }
        return Diagnostic(at: SourceLocation(file: file), "无法读取：\(error)")
    }
}
