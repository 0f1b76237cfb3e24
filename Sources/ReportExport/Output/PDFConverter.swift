import Foundation
import Templates

/// Converts a DOCX or ODT to PDF with LibreOffice headless. Each conversion gets its own
/// throw-away user profile (parallel runs never share one) and the fontconfig file under
/// `templates/fontconfig/`, which maps the official font names onto Debian's free fonts.
public struct PDFConverter: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        public init(message: String) { self.message = message }
    }

    public let soffice: String
    /// The fontconfig LibreOffice prints with (the template's, plus `--fonts` folders).
    public let fonts: FontSetup
    /// Seconds LibreOffice gets for one conversion before its whole process group is killed.
    public let timeout: TimeInterval

    /// A cold LibreOffice start with a fresh profile takes 5–20 s on a slow machine; two minutes
    /// is far beyond any real conversion of a report and still ends a hang.
    public static let defaultTimeout: TimeInterval = 120
    /// The largest PDF read back from LibreOffice (a report's is about 100 KB a page).
    public static let maxPDFBytes = 256 << 20

    /// Finds `soffice` on the PATH, or fails with what to install.
    public init(templates: TemplateLibrary = TemplateLibrary(), timeout: TimeInterval = PDFConverter.defaultTimeout,
                fonts: FontSetup? = nil) throws(Failure) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/soffice" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(message: "找不到 LibreOffice（soffice），无法生成 PDF。"
                + "请安装：apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-liberation2")
        }
        soffice = found
        self.fonts = fonts ?? FontSetup(template: Self.fontConfig(templates))
        self.timeout = timeout
    }

    /// The template library's fontconfig file.
    public static func fontConfig(_ templates: TemplateLibrary) -> URL {
        templates.directory.appendingPathComponent("fontconfig/fonts.conf")
    }

    /// LibreOffice's environment: ours, with the run's fontconfig file when there is one.
    func environment() throws(Failure) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let config = try fonts.file()
        if FileManager.default.fileExists(atPath: config.path) { environment["FONTCONFIG_FILE"] = config.path }
        return environment
    }

    /// Converts `input` and moves the PDF to `output` atomically; nothing is left on failure:
    /// not when LibreOffice fails, not when it runs past `timeout` (it is killed with everything
    /// it started), and not when what it wrote is not a PDF with at least one page.
    public func convert(_ input: URL, to output: URL) throws(Failure) {
        let work: URL
        do {
            work = try TemporaryFolder.make("gkexport-soffice")
        } catch {
            throw Failure(message: error.description)
        }
        defer { TemporaryFolder.remove(work) }
        let profile = work.appendingPathComponent("profile")
        let outDir = work.appendingPathComponent("out")
        let log = work.appendingPathComponent("soffice.log")
        do {
            try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "无法创建临时文件夹：\(error.localizedDescription)")
        }
        let environment = try self.environment()
        let process: GroupedProcess
        do {
            process = try GroupedProcess(
                executable: soffice,
                arguments: ["-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", outDir.path, input.path],
                environment: environment, log: log.path)
        } catch {
            throw Failure(message: "无法启动 LibreOffice（\(soffice)）：\(String(cString: strerror(error.code)))")
        }
        let outcome = process.wait(timeout: timeout)
        let said = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard case .exited(let status) = outcome else {
            throw Failure(message: "LibreOffice 把 \(input.lastPathComponent) 转成 PDF 超时（超过 \(Self.seconds(timeout)) 秒），"
                + "已终止 LibreOffice 及其启动的全部进程，未写出 PDF。"
                + "请确认 soffice --headless 能正常运行（没有其他 LibreOffice 窗口卡住）；机器很慢时可用 --pdf-timeout 加长时限")
        }
        let produced = outDir.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
        let code = GroupedProcess.exitCode(status)
        // What LibreOffice wrote is read bounded: a report's PDF is well under this.
        guard code == 0, let data = try? BoundedRead.file(produced.path, cap: Self.maxPDFBytes), !data.isEmpty else {
            let how = code.map { "退出码 \($0)" } ?? "被信号 \(status & 0x7F) 终止"
            throw Failure(message: "LibreOffice 未能把 \(input.lastPathComponent) 转成 PDF（\(how)）：\(said)")
        }
        let bytes = [UInt8](data)
        if let problem = PDFCheck.problem(bytes, path: produced.path) {
            throw Self.refused(problem, input.lastPathComponent)
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            throw Failure(message: error.description)
        }
    }

    /// A PDF that `PDFCheck` refused, said for the document it came from.
    static func refused(_ problem: PDFCheck.Problem, _ name: String) -> Failure {
        Failure(message: "LibreOffice 把 \(name) 转出的文件\(problem.words)，未写出 PDF。"
            + "请检查 LibreOffice 安装（可重装 libreoffice-writer-nogui），或先只生成 DOCX（--format docx）再手工转换")
    }

    /// A PDF whose page count is outside what its document can print to: cut short, blank or
    /// running away. Said after the retry, so it says the retry failed too.
    static func pageCountOutside(_ range: PageRange, found: Int, _ name: String) -> Failure {
        Failure(message: "LibreOffice 把 \(name) 转出的 PDF 有 \(found) 页，不在按版面估计的 \(range)之内，"
            + "可能转换不完整或出错，重试一次仍是如此，未写出 PDF。"
            + "请检查 LibreOffice 安装（可重装 libreoffice-writer-nogui），或先只生成 DOCX（--format docx）再手工转换")
    }

    /// The official faces a PDF printed with another font. `faces` are the fonts its document
    /// uses (`Document.eastAsianFontsInUse`): a face no text asked for cannot be missing.
    public func substitutions(in bytes: [UInt8], path: String, faces: Set<String>) -> [FontReport.Substitution] {
        let wanted = OfficialFace.all.filter { faces.contains($0.name) }
        guard !wanted.isEmpty else { return [] }
        let embedded = EmbeddedFonts.names(bytes, path: path)
        let missing = wanted.filter { face in !embedded.contains(where: face.isReal) }
        guard !missing.isEmpty else { return [] }
        let standIns = fonts.standIns(for: OfficialFace.all.map(\.name))
        // Without fontconfig's answer, the embedded fonts that are no official face's real one.
        let others = embedded.filter { name in !OfficialFace.all.contains { $0.isReal(name) } }.sorted().joined(separator: "、")
        return missing.map { FontReport.Substitution(face: $0.name, standIn: standIns[$0.name] ?? (others.isEmpty ? "未知字体" : others)) }
    }

    /// 120 or 0.5, as a person writes it.
    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
