import Foundation
import Templates
import YAMLEventBounds
import Yams

/// Finds and decodes the formats and style sets under a `templates/` folder — the bundled one
/// unless a user points elsewhere (`--templates DIR` or `GKEXPORT_TEMPLATES`).
public struct TemplateLibrary: Sendable {
    public let directory: URL
    /// Decoded templates, shared by copies of this library: each file is decoded once per process.
    private let cache = TemplateCache()

    public init(directory: URL? = nil) {
        if let directory {
            self.directory = directory
        } else if let env = getenv("GKEXPORT_TEMPLATES").map({ String(cString: $0) }), !env.isEmpty {
            // getenv reads the one variable; `ProcessInfo.environment` copies them all first.
            self.directory = URL(fileURLWithPath: env)
        } else {
            self.directory = TemplateBundle.directory
        }
    }

    /// The editions on offer (file names under `formats/`).
    public func editions() -> [String] {
        let list: [String]? = try? cache.value("editions") { () -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("formats").path)) ?? []
            return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        }
        return list ?? []
    }

    public func format(_ edition: String) throws(TemplateError) -> FormatSpec {
        try cache.value("formats/\(edition)") { () throws(TemplateError) -> FormatSpec in
            try resolve(edition, seen: [])
        }
    }

    /// The validator of edition `edition`, its rules' units worked out once per process.
    func validator(_ edition: String) throws(TemplateError) -> ReportValidator {
        let format = try format(edition)
        let plan = cache.value("plans/\(edition)") { ReportValidator(format: format).plan() }
        return ReportValidator(format: format, plan: plan)
    }

    /// Loads a format file; a variant is its base with its changes applied.
    private func resolve(_ edition: String, seen: [String]) throws(TemplateError) -> FormatSpec {
        let url = directory.appendingPathComponent("formats").appendingPathComponent(edition + ".yaml")
        let file = try decode(FormatFile.self, from: url, what: "报告格式「\(edition)」")
        guard let baseName = file.base else {
            guard let parts = file.parts, let tables = file.tables else {
                throw TemplateError(path: url.path, message: "报告格式「\(edition)」既没有 base，也没有完整的 parts 和 tables")
            }
            let spec = FormatSpec(edition: file.edition, name: file.name, years: file.years, parts: parts, tables: tables,
                                  rules: file.rules ?? [])
            return try adding(file.review ?? [], to: try adding(file.crossYear ?? [], to: spec, edition: edition, url: url),
                              edition: edition, url: url)
        }
        // The edition itself counts as seen: a format based on itself is a cycle of one.
        guard !(seen + [edition]).contains(baseName) else {
            throw TemplateError(path: url.path, key: "base", message: "报告格式的 base 循环引用：\((seen + [edition, baseName]).joined(separator: " → "))")
        }
        var spec = try resolve(baseName, seen: seen + [edition])
        spec.edition = file.edition
        spec.name = file.name
        spec.years = file.years
        if let parts = file.parts { spec.parts = parts }
        for (i, change) in (file.changes ?? []).enumerated() {
            do {
                try change.apply(to: &spec)
            } catch {
                throw TemplateError(path: url.path, key: "changes[\(i)]" + (error.key.map { ".\($0)" } ?? ""), message: "报告格式「\(edition)」：\(error.message)")
            }
        }
        spec.rules += file.rules ?? []
        return try adding(file.review ?? [], to: try adding(file.crossYear ?? [], to: spec, edition: edition, url: url),
                          edition: edition, url: url)
    }

    /// `spec` with the review rules its file gives: a rule restating an inherited id changes the
    /// fields it names, a new one is appended; every resulting rule is checked against the format.
    private func adding(_ rules: [ReviewRule], to spec: FormatSpec, edition: String, url: URL) throws(TemplateError) -> FormatSpec {
        var spec = spec
        spec.review = ReviewRulesFile(review: rules).applied(to: spec.review)
        for rule in spec.review where rules.contains(where: { $0.id == rule.id }) {
            if let problem = rule.problem(in: spec) {
                let index = rules.firstIndex { $0.id == rule.id }.map { "review[\($0)]" }
                throw TemplateError(path: url.path, key: index, message: "报告格式「\(edition)」（\(url.path)）：review 规则“\(rule.id)”：\(problem)")
            }
        }
        return spec
    }

    /// An office's own rules file (`--rules FILE`), read as boundedly as a format file.
    public func reviewRules(path: String) throws(TemplateError) -> ReviewRulesFile {
        let url = URL(fileURLWithPath: path)
        let file = try decode(ReviewRulesFile.self, from: url, what: "审核规则文件")
        var seen = Set<String>()
        for rule in file.review where !seen.insert(rule.id).inserted {
            throw TemplateError(path: path, message: "审核规则文件（\(path)）：规则“\(rule.id)”写了两次")
        }
        return file
    }

    /// `spec` with the cross-year rules its file adds (a variant keeps its base's), each checked
    /// against the tables they name: a wrong id is the file's fault, said with its key.
    private func adding(_ rules: [CrossYearRule], to spec: FormatSpec, edition: String, url: URL) throws(TemplateError) -> FormatSpec {
        var spec = spec
        for (i, rule) in rules.enumerated() {
            if let problem = rule.problem(in: spec) {
                throw TemplateError(path: url.path, key: "cross_year[\(i)].\(problem.key)",
                                    message: "报告格式「\(edition)」（\(url.path)）：cross_year 第 \(i + 1) 条：\(problem.text)")
            }
        }
        spec.crossYear += rules
        return spec
    }

    public func styleSet(_ name: String = "gbt9704") throws(TemplateError) -> StyleSet {
        try cache.value("styles/\(name)") { () throws(TemplateError) -> StyleSet in
            let url = directory.appendingPathComponent("styles").appendingPathComponent(name + ".yaml")
            return try decode(StyleSet.self, from: url, what: "样式集「\(name)」")
        }
    }

    /// The edition a report is read against: the one it names, else its year's. The one choice
    /// the loader (`ReportBuilder.chooseFormat`) and every caller holding only a report make.
    public func edition(named: String?, year: Int) throws(TemplateError) -> String? {
        if let named { return named }
        return try edition(forYear: year)
    }

    /// The format of a report that did not come with one (an aggregate): found as the loader
    /// finds it.
    public func format(for report: Report) throws(TemplateError) -> FormatSpec {
        guard let chosen = try edition(named: report.edition, year: report.year) else {
            throw TemplateError(path: directory.appendingPathComponent("formats").path, message: "没有适用于 \(report.year) 年的报告格式")
        }
        return try format(chosen)
    }

    /// The edition whose `years` include `year`.
    public func edition(forYear year: Int) throws(TemplateError) -> String? {
        for edition in editions() {
            let spec = try format(edition)
            if let years = spec.years, years.from <= year, year <= years.to { return edition }
        }
        return nil
    }

    /// Bytes of one template file: the bundled formats are about 20 KB; a user's variant is
    /// a documented input, so it is read as boundedly as a report file.
    public static let maxFileBytes = 1 << 20

    private func decode<T: Decodable>(_ type: T.Type, from url: URL, what: String) throws(TemplateError) -> T {
        let data: Data
        do {
            data = try BoundedRead.file(url.path, cap: Self.maxFileBytes)
        } catch .missing {
            throw TemplateError(path: url.path, message: "找不到\(what)（\(url.path)）")
        } catch {
            throw TemplateError(path: url.path, message: "\(what)无法读取（\(url.path)）：\(error.reason) → \(error.hint)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(path: url.path, message: "\(what)无法读取（\(url.path)）：须为 UTF-8 文本")
        }
        // The plainest files (the bundled ones) in one walk; anything the walk or the plain
        // decoder is unsure of goes the full way below, and is said in Yams' words.
        if let root = YAMLPlainTree.parse(text), let decoded = try? PlainTemplateDecoder.decode(T.self, from: root) {
            return decoded
        }
        // Bounded before Yams builds anything: an alias bomb costs nothing.
        if let violation = YAMLBounds.check(text) {
            throw TemplateError(path: url.path, message: "\(what)无法读取（\(url.path):\(violation.line)）：\(violation.message) → \(violation.hint)")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch {
            // A value of the wrong kind, unknown or missing: said with its key, never defaulted.
            if let (key, said) = TemplateKeyPath.describe(error) {
                throw TemplateError(path: url.path, key: key, message: "\(what)（\(url.path)）：\(said)")
            }
            throw TemplateError(path: url.path, message: "\(what)无法读取（\(url.path)）：\(error)")
        }
    }
}

/// A lock-guarded memo of decoded template files.
final class TemplateCache: @unchecked Sendable {
    private var values: [String: Any] = [:]
    private let lock = NSLock()

    func value<T, Failure: Error>(_ key: String, _ make: () throws(Failure) -> T) throws(Failure) -> T {
        lock.lock()
        if let hit = values[key] as? T {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = try make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
