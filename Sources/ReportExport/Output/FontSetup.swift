import Foundation

/// The fontconfig LibreOffice prints with: the template's file (templates/fontconfig/fonts.conf,
/// mapping the official names onto free faces), plus folders of fonts an office owns
/// (`--fonts DIR`). A family those folders hold is printed with its own font: the template's rule
/// that would replace that name is left out of the file written for the run.
public final class FontSetup: @unchecked Sendable {
    public let template: URL
    public let folders: [URL]
    /// The families the added folders hold (fontconfig's names, every language's).
    public let ownedFamilies: Set<String>
    private let lock = NSLock()
    private var standIns: [String: String]?
    private var written: URL?

    /// The template alone.
    public init(template: URL) {
        self.template = template
        folders = []
        ownedFamilies = []
    }

    /// The template and `folders`; fails when a folder is missing or holds no font fontconfig can read.
    public init(template: URL, folders: [URL]) throws(PDFConverter.Failure) {
        self.template = template
        self.folders = folders.map(\.standardizedFileURL)
        for folder in self.folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw PDFConverter.Failure(message: "--fonts 指定的字体文件夹 \(folder.path) 不存在或不是文件夹")
            }
        }
        ownedFamilies = try Self.families(in: self.folders)
    }

    /// The file for `FONTCONFIG_FILE`: the template itself when no folder was added, else a copy
    /// with the folders and without the rules for owned families, written once for the run into
    /// a temporary folder that goes with this setup.
    public func file() throws(PDFConverter.Failure) -> URL {
        guard !folders.isEmpty else { return template }
        lock.lock()
        defer { lock.unlock() }
        if let written { return written.appendingPathComponent("fonts.conf") }
        let text: String
        do {
            text = try String(contentsOf: template, encoding: .utf8)
        } catch {
            throw PDFConverter.Failure(message: "无法读取字体配置 \(template.path)：\(error.localizedDescription)")
        }
        let work: URL
        do {
            work = try TemporaryFolder.make("gkexport-soffice")
        } catch {
            throw PDFConverter.Failure(message: error.description)
        }
        let url = work.appendingPathComponent("fonts.conf")
        do {
            try Data(Self.config(text, folders: folders, owned: ownedFamilies).utf8).write(to: url)
        } catch {
            TemporaryFolder.remove(work)
            throw PDFConverter.Failure(message: "无法写入临时字体配置 \(url.path)：\(error.localizedDescription)")
        }
        written = work
        return url
    }

    deinit {
        if let written { TemporaryFolder.remove(written) }
    }

    /// The template's text with `folders` added after its opening tag and each `<match>` whose
    /// family test names an owned family taken out (the template is ours: one test per match).
    static func config(_ template: String, folders: [URL], owned: Set<String>) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "<match"), let close = rest.range(of: "</match>", range: open.upperBound..<rest.endIndex) {
            out += rest[..<open.lowerBound]
            let block = rest[open.lowerBound..<close.upperBound]
            let tested = block.range(of: "<string>").flatMap { start in
                block.range(of: "</string>", range: start.upperBound..<block.endIndex).map { String(block[start.upperBound..<$0.lowerBound]) }
            }
            if let tested, owned.contains(tested) {
                out += "<!-- \(tested): the office's own font, from a fonts folder -->"
            } else {
                out += block
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        let dirs = folders.map { "\n  <dir>\(escaped($0.path))</dir>" }.joined()
        if let tag = out.range(of: "<fontconfig>") { out.insert(contentsOf: dirs, at: tag.upperBound) }
        return out
    }

    private static func escaped(_ path: String) -> String {
        path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Every family name fontconfig reads in `folders` (fc-list on a configuration holding only
    /// them). Without fc-list nothing can be said, and nothing is refused.
    private static func families(in folders: [URL]) throws(PDFConverter.Failure) -> Set<String> {
        guard !folders.isEmpty, HelperTool.find("fc-list") != nil else { return [] }
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-fonts-\(UUID().uuidString).conf")
        defer { try? FileManager.default.removeItem(at: config) }
        let dirs = folders.map { "<dir>\(escaped($0.path))</dir>" }.joined()
        try? Data("<?xml version=\"1.0\"?>\n<fontconfig>\(dirs)</fontconfig>\n".utf8).write(to: config)
        let listed = HelperTool.output("fc-list", ["--format", "%{family}\n"], environment: ["FONTCONFIG_FILE": config.path]) ?? ""
        let names = Set(listed.split(whereSeparator: { $0 == "\n" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        guard !names.isEmpty else {
            throw PDFConverter.Failure(message: "--fonts 指定的文件夹里没有可用的字体文件（.ttf、.otf、.ttc）："
                + folders.map(\.path).joined(separator: "、"))
        }
        return names
    }

    /// What fontconfig gives each of `faces` under `file()` ("Noto Serif CJK SC Bold"), asked once
    /// per run; a face it cannot answer for is missing.
    func standIns(for faces: [String]) -> [String: String] {
        guard let config = try? file() else { return [:] }
        lock.lock()
        defer { lock.unlock() }
        if let standIns { return standIns }
        var found: [String: String] = [:]
        for face in faces {
            guard let line = HelperTool.output("fc-match", ["--format", "%{family[0]}|%{style[0]}", face],
                                               environment: ["FONTCONFIG_FILE": config.path], timeout: 10),
                  let bar = line.firstIndex(of: "|") else { continue }
            let family = String(line[..<bar]), style = String(line[line.index(after: bar)...])
            found[face] = ["Regular", "Book", "Medium", "R", ""].contains(style) ? family : "\(family) \(style)"
        }
        standIns = found
        return found
    }
}
