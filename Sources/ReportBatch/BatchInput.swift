import Foundation
import ReportExport

/// What a batch renders: the report files of a folder (recursively) or of a manifest (one path
/// per line, relative to the manifest; `#` starts a comment), or the rows of a CSV sheet.
public enum BatchInput: Sendable {
    case files([String])
    case sheet(SheetReports)

    public static let reportExtensions = ReportFileReader.extensions

    public static func open(_ path: String, templates: TemplateLibrary, excluding excluded: URL? = nil) throws(ReportErrors) -> BatchInput {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReportErrors([Diagnostic(at: SourceLocation(file: path), "找不到批量输入：文件或文件夹不存在")])
        }
        if isDirectory.boolValue {
            return .files(reportFiles(in: URL(fileURLWithPath: path), excluding: excluded))
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv":
            return .sheet(try SheetReports(path: path, templates: templates))
        case let ext where reportExtensions.contains(ext):
            return .files([path])
        default:
            return .files(try manifest(path))
        }
    }

    /// True when `input` and `output` name the same existing folder: by identity (device and
    /// inode), so a symbolic link or a bind mount of the folder is caught too.
    public static func isSameFolder(_ input: String, _ output: String) -> Bool {
        guard let a = FolderIdentity(input), let b = FolderIdentity(output) else { return false }
        return a == b
    }

    /// What the whole input deserves a word about before its items: a sheet read partly as
    /// UTF-8 and partly as GB18030.
    public var warnings: [Diagnostic] {
        guard case .sheet(let sheet) = self, let note = sheet.sheet.encodingNote else { return [] }
        return [Diagnostic(.warning, at: SourceLocation(file: sheet.path), "表格的编码不统一：\(note)",
                           hint: "核对这些行的单位名称和文字；最好把表格整个另存为一种编码（UTF-8）")]
    }

    public var count: Int {
        switch self {
        case .files(let list): return list.count
        case .sheet(let sheet): return sheet.count
        }
    }

    /// How a person finds item `index`: its file, or the sheet and line.
    public func label(_ index: Int) -> String {
        switch self {
        case .files(let list): return list[index]
        case .sheet(let sheet): return sheet.location(index).description
        }
    }

    /// Item `index`, read and checked; a file that cannot be read at all comes back as a
    /// report-less result with its diagnostics.
    public func load(_ index: Int, templates: TemplateLibrary) -> Result<ReportFileReader.Loaded, ReportErrors> {
        switch self {
        case .files(let list):
            do {
                return .success(try ReportFileReader(templates: templates).load(path: list[index]))
            } catch {
                return .failure(error)
            }
        case .sheet(let sheet):
            return .success(sheet.load(index))
        }
    }

    static func reportFiles(in folder: URL, excluding excluded: URL?) -> [String] {
        // The output folder, however named (through a link, a bind mount): by identity when it
        // exists, else by its real path.
        let skip = excluded.map { URL(fileURLWithPath: FolderIdentity.realPath($0.path)).standardizedFileURL.path }
        let skipIdentity = excluded.flatMap { FolderIdentity($0.path) }
        var out: [String] = []
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        // A plain file (no link) is never the output folder nor leads into it, unless the whole
        // input folder lies in it: then every entry is resolved, as before. Resolving costs a
        // readlink per path component, per file.
        let root = URL(fileURLWithPath: FolderIdentity.realPath(folder.path)).standardizedFileURL.path
        let plainFilesAreSafe = skip.map { !(root.hasPrefix($0 + "/") || root == $0) } ?? true
        for case let url as URL in walker {
            var info = stat()
            if plainFilesAreSafe, lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                if reportExtensions.contains(url.pathExtension.lowercased()) { out.append(url.path) }
                continue
            }
            let real = URL(fileURLWithPath: FolderIdentity.realPath(url.path)).standardizedFileURL.path
            if let skip, real.hasPrefix(skip + "/") || real == skip || (skipIdentity != nil && FolderIdentity(url.path) == skipIdentity) {
                walker.skipDescendants()
                continue
            }
            if reportExtensions.contains(url.pathExtension.lowercased()) { out.append(url.path) }
        }
        return out.sorted()
    }

    static func manifest(_ path: String) throws(ReportErrors) -> [String] {
        let here = SourceLocation(file: path)
        let data = try BoundedRead.namedInput(path, cap: BoundedRead.Cap.manifest, noun: "清单文件",
                                              tooLargeHint: "清单每行写一个报告文件路径；确认选择的是清单文件")
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ReportErrors([Diagnostic(at: here, "无法读取清单文件：须为 UTF-8 文本，每行一个报告文件")])
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        return text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { raw in
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            return line.isEmpty ? nil : URL(fileURLWithPath: line, relativeTo: base).standardizedFileURL.path
        }
    }
}
