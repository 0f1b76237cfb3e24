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
    public let fontConfig: URL
    /// Seconds LibreOffice gets for one conversion before its whole process group is killed.
    public let timeout: TimeInterval

    /// A cold LibreOffice start with a fresh profile takes 5–20 s on a slow machine; two minutes
    /// is far beyond any real conversion of a report and still ends a hang.
    public static let defaultTimeout: TimeInterval = 120
    /// The largest PDF read back from LibreOffice (a report's is about 100 KB a page).
    public static let maxPDFBytes = 256 << 20

    /// Finds `soffice` on the PATH, or fails with what to install.
    public init(templates: TemplateLibrary = TemplateLibrary(), timeout: TimeInterval = PDFConverter.defaultTimeout) throws(Failure) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/soffice" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(message: "找不到 LibreOffice（soffice），无法生成 PDF。"
                + "请安装：apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-liberation2")
        }
        soffice = found
        fontConfig = templates.directory.appendingPathComponent("fontconfig/fonts.conf")
        self.timeout = timeout
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
        var environment = ProcessInfo.processInfo.environment
        if FileManager.default.fileExists(atPath: fontConfig.path) { environment["FONTCONFIG_FILE"] = fontConfig.path }
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
            let what = switch problem {
            case .notPDF: "不是 PDF 文件（开头没有 %PDF-）"
            case .truncated: "不完整（结尾没有 %%EOF）"
            case .noPages: "是一个没有任何页面的 PDF"
            }
            throw Failure(message: "LibreOffice 把 \(input.lastPathComponent) 转出的文件\(what)，未写出 PDF。"
                + "请检查 LibreOffice 安装（可重装 libreoffice-writer-nogui），或先只生成 DOCX（--format docx）再手工转换")
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            throw Failure(message: error.description)
        }
    }

    /// 120 or 0.5, as a person writes it.
    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
