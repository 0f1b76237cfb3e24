import Foundation
import YAMLEventBounds
import OOXMLWriter
import Yams

/// Walks the YAML tree of a report file, collecting every problem before giving up, so a
/// clerk fixes them all in one pass.
public struct YAMLReportDecoder {
    let file: String
    let templates: TemplateLibrary
    private var problems: [Diagnostic] = []

    static let fixedKeys = ["agency", "year", "edition", "attachment", "title", "date"]
    /// The longest narrative part accepted, in characters.
    public static let maxNarrative = 100_000

    init(file: String, templates: TemplateLibrary) {
        self.file = file
        self.templates = templates
    }

    /// JSON files are read by the same YAML parser (JSON is YAML's flow style); only the word
    /// in messages differs.
    var syntaxName: String { file.lowercased().hasSuffix(".json") ? "JSON" : "YAML" }

    func at(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column)
    }

    mutating func problem(_ node: Node?, _ message: String, hint: String? = nil) {
        problems.append(Diagnostic(at: at(node), message, hint: hint))
    }

    /// The most problems said about one file: past it a file is not a report gone wrong but
    /// something else, and thousands of lines would bury the first ones.
    static let maxProblems = 200

    /// Whether another problem would still be said; counts the ones that would not.
    private mutating func saying() -> Bool {
        if problems.count < Self.maxProblems { return true }
        unsaid += 1
        return false
    }

    private var unsaid = 0

    /// The report, its format (nil when it could not be chosen) and the problems found. Throws
    /// only when there is nothing to work with (not YAML, not a mapping).
    mutating func decode(_ text: String) throws(ReportErrors) -> (Report, FormatSpec?, [Diagnostic]) {
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
        guard let mapping = root.mapping else {
            throw ReportErrors([Diagnostic(at: at(root), "报告文件的最外层应是“键: 值”的列表（如 agency: 某某局）",
                                           hint: "参照 examples/ 下的示例文件")])
        }

        var fields: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                problem(key, "键应是文字")
                continue
            }
            fields[name] = (key, value)
        }

        let agency = requiredText("agency", "填报单位名称", fields, example: "agency: 丰城市行政审批局")
        let year = requiredYear(fields)
        let edition = optionalText("edition", fields)

        // The format decides which other keys exist.
        var format: FormatSpec?
        if let year {
            do {
                let chosen = try edition ?? templates.edition(forYear: year)
                if let chosen {
                    if templates.editions().contains(chosen) {
                        format = try templates.format(chosen)
                    } else {
                        problem(fields["edition"]?.value, "没有“\(chosen)”版的报告格式",
                                hint: "可用的版本：\(templates.editions().joined(separator: "、"))")
                    }
                } else {
                    problem(fields["year"]?.value, "没有适用于 \(year) 年的报告格式", hint: "用 edition: 指定格式版本")
                }
            } catch {
                problems.append(Diagnostic(at: SourceLocation(file: file), "\(error)"))
            }
        }

        var report = Report(agency: agency ?? "", year: year ?? 0, edition: format?.edition ?? edition)
        report.source = file
        report.attachment = optionalText("attachment", fields)
        report.title = optionalText("title", fields)
        report.date = optionalText("date", fields)

        if let format {
            let narrativeKeys = format.parts.compactMap(\.narrative)
            let tableKeys = format.parts.compactMap(\.table)
            let known = Self.fixedKeys + narrativeKeys + tableKeys
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                if Self.fixedKeys.contains(name) { continue }
                // Past the cap, nothing more is looked into (a suggestion costs an edit distance).
                guard saying() else { continue }
                if narrativeKeys.contains(name) {
                    report.locations[name] = at(value)
                    report.narratives[name] = narrative(name, value)
                } else if let table = format.table(name) {
                    decodeTable(table, value, into: &report)
                } else {
                    let guess = Suggestion.closest(to: name, in: known)
                    if let guess { report.unusable.insert(guess) }
                    problem(key, "不认识的键“\(name)”" + (guess.map { "，是不是“\($0)”？" } ?? ""),
                            hint: "可用的键：\(known.joined(separator: "、"))")
                }
            }
            for part in format.parts {
                if let key = part.narrative {
                    if let narrative = report.narratives[key] {
                        if narrative.paragraphs.isEmpty {
                            problem(fields[key]?.value, "「\(part.heading)」（\(key)）没有内容", hint: "逐段填写；没有可填“无”")
                        }
                    } else if !report.unusable.contains(key) {
                        problem(nil, "缺少「\(part.heading)」的内容（键 \(key)）", hint: "加上 \(key): | 并在下面逐段填写；没有可填“无”")
                    }
                }
                if let id = part.table {
                    report.locations[id] = at(fields[id]?.key)
                }
            }
        }
        checkText(&report, fields)
        if unsaid > 0 {
            problems.append(Diagnostic(at: SourceLocation(file: file), "另有 \(unsaid) 处未逐一检查和列出：问题超过 \(Self.maxProblems) 个",
                                       hint: "先改正上面列出的问题，或确认这是报告文件"))
        }
        return (report, format, problems)
    }

    // MARK: - Fields

    private mutating func requiredText(_ key: String, _ what: String, _ fields: [String: (key: Node, value: Node)],
                                       example: String) -> String? {
        guard let field = fields[key] else {
            problem(nil, "缺少必填项“\(key)”（\(what)）", hint: "在文件开头加上一行：\(example)")
            return nil
        }
        guard let text = field.value.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(field.value, "“\(key)”（\(what)）不能为空", hint: "填写，如 \(example)")
            return nil
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func requiredYear(_ fields: [String: (key: Node, value: Node)]) -> Int? {
        guard let field = fields["year"] else {
            problem(nil, "缺少必填项“year”（报告年度）", hint: "在文件开头加上一行：year: 2021")
            return nil
        }
        guard let scalar = field.value.scalar, let year = Int(scalar.string), (2008...2100).contains(year) else {
            problem(field.value, "“year”应是四位数的年份，填写的是“\(field.value.scalar?.string ?? "（非文字）")”",
                    hint: "如 year: 2021")
            return nil
        }
        return year
    }

    private mutating func optionalText(_ key: String, _ fields: [String: (key: Node, value: Node)]) -> String? {
        guard let field = fields[key] else { return nil }
        guard let text = field.value.scalar?.string else {
            problem(field.value, "“\(key)”应是一段文字")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private mutating func narrative(_ key: String, _ node: Node) -> Narrative {
        guard let scalar = node.scalar else {
            problem(node, "“\(key)”应是一段文字（每段一行）", hint: "写成 \(key): | 然后在下面缩进逐段填写")
            return Narrative([])
        }
        // A block scalar's text starts on the line after its indicator.
        let block = scalar.style == .literal || scalar.style == .folded
        let first = node.mark.map { $0.line + (block ? 1 : 0) }
        if scalar.string.count > Self.maxNarrative {
            problem(node, "“\(key)”长达 \(scalar.string.count) 字，超过上限 \(Self.maxNarrative) 字",
                    hint: "年度报告的一部分通常不过几千字；确认没有误粘贴大段内容")
            return Narrative([])
        }
        return Narrative(text: scalar.string, firstLine: first)
    }

    // MARK: - Tables

    private mutating func decodeTable(_ table: TableSpec, _ node: Node, into report: inout Report) {
        guard let rows = node.mapping else {
            problem(node, "\(table.name)（\(table.id)）应按行列出，每行一个行号", hint: "参照 examples/ 下的示例文件")
            return
        }
        let rowIDs = table.valueRows.compactMap(\.id)
        var values: [String: [String: CellValue]] = [:]
        for (key, value) in rows {
            guard saying() else { continue }
            let rowID = key.scalar?.string ?? ""
            guard let row = table.row(rowID) else {
                let guess = Suggestion.closest(to: rowID, in: rowIDs)
                if let guess { report.unusable.insert("\(table.id).\(guess)") }
                problem(key, "\(table.name)没有行“\(rowID)”" + (guess.map { "，是不是“\($0)”（\(table.row($0)!.displayLabel)）？" } ?? ""),
                        hint: "\(table.name)的行：\(rowIDs.joined(separator: "、"))")
                continue
            }
            values[rowID] = decodeRow(table, row, value, report: &report)
            report.locations["\(table.id).\(rowID)"] = at(value)
        }
        report.values[table.id] = values
    }

    private mutating func decodeRow(_ table: TableSpec, _ row: TableSpec.RowSpec, _ node: Node,
                                    report: inout Report) -> [String: CellValue] {
        let columns = row.valueColumns
        let where_ = "\(table.name)「\(row.displayLabel)」"
        var pairs: [(column: String, key: Node?, value: Node)] = []
        if let list = node.sequence {
            guard list.count == columns.count else {
                report.unusable.insert("\(table.id).\(row.id!)")
                problem(node, "\(where_)应有 \(columns.count) 个数，填写了 \(list.count) 个",
                        hint: "按顺序填写：\(columns.map { table.labels[$0] ?? $0 }.joined(separator: "、"))")
                return [:]
            }
            pairs = zip(columns, list).map { ($0, nil, $1) }
        } else if let mapping = node.mapping {
            for (key, value) in mapping {
                guard saying() else { continue }
                let column = key.scalar?.string ?? ""
                guard columns.contains(column) else {
                    let guess = Suggestion.closest(to: column, in: columns)
                    if let guess { report.unusable.insert("\(table.id).\(row.id!).\(guess)") }
                    problem(key, "\(where_)没有列“\(column)”" + (guess.map { "，是不是“\($0)”（\(table.labels[$0] ?? $0)）？" } ?? ""),
                            hint: "这一行的列：\(columns.joined(separator: "、"))")
                    continue
                }
                pairs.append((column, key, value))
            }
        } else {
            report.unusable.insert("\(table.id).\(row.id!)")
            problem(node, "\(where_)应列出各列的数", hint: "写成 {列号: 数, …} 或按顺序写成 [数, …]")
            return [:]
        }
        var out: [String: CellValue] = [:]
        for (column, _, value) in pairs {
            let place = "\(where_)×「\(table.labels[column] ?? column)」"
            guard let scalar = value.scalar else {
                report.unusable.insert("\(table.id).\(row.id!).\(column)")
                problem(value, "\(place)应是一个数")
                continue
            }
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            do {
                out[column] = try ValueParser.parse(scalar.string, quoted: quoted, kind: table.kind(of: column))
                report.locations["\(table.id).\(row.id!).\(column)"] = at(value)
            } catch {
                report.unusable.insert("\(table.id).\(row.id!).\(column)")
                guard case .message(let message, let hint) = error else { continue }
                problem(value, "\(place)：\(message)", hint: hint)
            }
        }
        return out
    }

    // MARK: - Text

    /// Refuses characters XML cannot carry, naming the line they are on.
    private mutating func checkText(_ report: inout Report, _ fields: [String: (key: Node, value: Node)]) {
        for key in ["agency", "attachment", "title", "date"] {
            guard let field = fields[key], let text = field.value.scalar?.string else { continue }
            if let bad = XMLCharacters.firstForbidden(in: text) {
                problem(field.value, "“\(key)”含有不可打印的控制字符 U+\(String(format: "%04X", bad.scalar.value))（第 \(bad.offset + 1) 个字符）",
                        hint: "删去这个字符（常见于从网页或 PDF 复制的文字）")
            }
        }
        for (key, narrative) in report.narratives.sorted(by: { $0.key < $1.key }) {
            for (index, paragraph) in narrative.paragraphs.enumerated() {
                if let bad = XMLCharacters.firstForbidden(in: paragraph.text) {
                    problems.append(Diagnostic(at: SourceLocation(file: file, line: paragraph.line),
                        "“\(key)”第 \(index + 1) 段含有不可打印的控制字符 U+\(String(format: "%04X", bad.scalar.value))（第 \(bad.offset + 1) 个字符）",
                        hint: "删去这个字符（常见于从网页或 PDF 复制的文字）"))
                }
            }
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
