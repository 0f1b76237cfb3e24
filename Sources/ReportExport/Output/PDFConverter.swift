import Foundation
import Templates

/// Converts a DOCX or ODT to PDF with LibreOffice headless. Each conversion gets its own
/// throw-away user profile (parallel runs never share one) and the fontconfig file under
/// `templates/fontconfig/`, which maps the official font names onto Debian's free fonts.
public struct PDFConverter: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public let soffice: String
    public let fontConfig: URL

    /// Finds `soffice` on the PATH, or fails with what to install.
    public init(templates: TemplateLibrary = TemplateLibrary()) throws(Failure) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = path.split(separator: ":").map({ "\($0)/soffice" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(message: "找不到 LibreOffice（soffice），无法生成 PDF。"
                + "请安装：apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-liberation2")
        }
        soffice = found
        fontConfig = templates.directory.appendingPathComponent("fontconfig/fonts.conf")
    }

    /// Converts `input` and moves the PDF to `output` atomically; nothing is left on failure.
    public func convert(_ input: URL, to output: URL) throws(Failure) {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("gkexport-soffice-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let profile = work.appendingPathComponent("profile")
        let outDir = work.appendingPathComponent("out")
        do {
            try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "无法创建临时文件夹：\(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", outDir.path, input.path]
        var environment = ProcessInfo.processInfo.environment
        if FileManager.default.fileExists(atPath: fontConfig.path) { environment["FONTCONFIG_FILE"] = fontConfig.path }
        process.environment = environment
        let log = Pipe()
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw Failure(message: "无法启动 LibreOffice：\(error.localizedDescription)")
        }
        let said = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let produced = outDir.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: produced.path), !data.isEmpty else {
            throw Failure(message: "LibreOffice 未能把 \(input.lastPathComponent) 转成 PDF（退出码 \(process.terminationStatus)）：\(said.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        do {
            try AtomicFile.write([UInt8](data), to: output)
        } catch {
            throw Failure(message: error.description)
        }
    }
}
