import ArgumentParser
import Foundation
import ReportExport

/// The PDF options `render` and `batch` share: LibreOffice's time limit and the fonts it prints with.
struct PDFOptions: ParsableArguments {
    @Option(name: .customLong("pdf-timeout"), help: ArgumentHelp("Seconds LibreOffice may take to make one PDF; then it and everything it started are killed (default 120).", valueName: "SECONDS"))
    var pdfTimeout: Double = PDFConverter.defaultTimeout

    @Option(name: .customLong("fonts"), help: ArgumentHelp("A folder of fonts the office owns (e.g. 仿宋_GB2312.ttf), for the PDF; repeatable.", valueName: "DIR"))
    var fontFolders: [String] = []

    @Flag(name: .customLong("strict-fonts"), help: "Refuse to write a PDF in which an official face (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) was replaced by another font.")
    var strictFonts = false

    func check() throws {
        if !(pdfTimeout > 0 && pdfTimeout.isFinite) {
            throw ValidationError("--pdf-timeout 应为大于 0 的秒数（如 120），填写的是 \(pdfTimeout)")
        }
    }

    /// The run's settings; a bad `--fonts` folder is said and exits 64, before anything is rendered.
    func settings(_ templates: TemplateLibrary, jobs: Int? = nil) throws -> PDFSettings {
        var settings = PDFSettings()
        settings.timeout = pdfTimeout
        settings.strictFonts = strictFonts
        if let jobs { settings.jobs = jobs }
        if !fontFolders.isEmpty {
            do {
                settings.fonts = try FontSetup(template: PDFConverter.fontConfig(templates),
                                               folders: fontFolders.map { URL(fileURLWithPath: $0) })
            } catch {
                Terminal.error(error.message)
                throw ExitCode(64)
            }
        }
        return settings
    }

    /// The run's one font report, when a PDF was made with a stand-in face.
    static func printFontReport(_ settings: PDFSettings) {
        if let text = settings.report.text { Terminal.error(text) }
    }
}
