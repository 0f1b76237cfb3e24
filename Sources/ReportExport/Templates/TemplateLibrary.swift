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
        } else if let env = ProcessInfo.processInfo.environment["GKEXPORT_TEMPLATES"], !env.isEmpty {
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

    public func format(_ edition: String) throws -> FormatSpec {
        try cache.value("formats/\(edition)") {
            try resolve(edition, seen: [])
        }
    }

    /// Loads a format file; a variant is its base with its changes applied.
    private func resolve(_ edition: String, seen: [String]) throws -> FormatSpec {
        let url = directory.appendingPathComponent("formats").appendingPathComponent(edition + ".yaml")
        let file = try decode(FormatFile.self, from: url, what: "报告格式「\(edition)」")
        guard let baseName = file.base else {
            guard let parts = file.parts, let tables = file.tables else {
                throw TemplateError(path: url.path, message: "报告格式「\(edition)」既没有 base，也没有完整的 parts 和 tables")
            }
            let spec = FormatSpec(edition: file.edition, name: file.name, years: file.years, parts: parts, tables: tables,
                                  rules: file.rules ?? [])
            return try adding(file.crossYear ?? [], to: spec, edition: edition, url: url)
        }
        // The edition itself counts as seen: a format based on itself is a cycle of one.
        guard !(seen + [edition]).contains(baseName) else {
            throw TemplateError(path: url.path, message: "报告格式的 base 循环引用：\((seen + [edition, baseName]).joined(separator: " → "))")
        }
        var spec = try resolve(baseName, seen: seen + [edition])
        spec.edition = file.edition
        spec.name = file.name
        spec.years = file.years
        if let parts = file.parts { spec.parts = parts }
        for change in file.changes ?? [] {
            do {
                try change.apply(to: &spec)
            } catch {
                throw TemplateError(path: url.path, message: "报告格式「\(edition)」：\(error.message)")
            }
        }
        spec.rules += file.rules ?? []
        return try adding(file.crossYear ?? [], to: spec, edition: edition, url: url)
    }

    /// `spec` with the cross-year rules its file adds (a variant keeps its base's), each checked
    /// against the tables they name: a wrong id is the file's fault, said with its key.
    private func adding(_ rules: [CrossYearRule], to spec: FormatSpec, edition: String, url: URL) throws -> FormatSpec {
        var spec = spec
        for (i, rule) in rules.enumerated() {
            if let problem = rule.problem(in: spec) {
                throw TemplateError(path: url.path, message: "报告格式「\(edition)」（\(url.path)）：cross_year 第 \(i + 1) 条：\(problem)")
            }
        }
        spec.crossYear += rules
        return spec
    }

    public func styleSet(_ name: String = "gbt9704") throws -> StyleSet {
        try cache.value("styles/\(name)") {
            let url = directory.appendingPathComponent("styles").appendingPathComponent(name + ".yaml")
            return try decode(StyleSet.self, from: url, what: "样式集「\(name)」")
        }
    }

    /// The edition whose `years` include `year`.
    public func edition(forYear year: Int) throws -> String? {
        for edition in editions() {
            let spec = try format(edition)
            if let years = spec.years, years.from <= year, year <= years.to { return edition }
        }
        return nil
    }

    /// Bytes of one template file: the bundled formats are about 20 KB; a user's variant is
    /// a documented input, so it is read as boundedly as a report file.
    public static let maxFileBytes = 1 << 20

    private func decode<T: Decodable>(_ type: T.Type, from url: URL, what: String) throws -> T {
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
            throw TemplateError(path: url.path, message: "\(what)无法读取（\(url.path)）：\(error)")
        }
    }
}

/// A template file that is missing or does not decode: a fault of the installation or of a
/// user's own variant, reported with its path.
public struct TemplateError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { message }
}

/// A lock-guarded memo of decoded template files.
final class TemplateCache: @unchecked Sendable {
    private var values: [String: Any] = [:]
    private let lock = NSLock()

    func value<T>(_ key: String, _ make: () throws -> T) throws -> T {
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
