import Foundation
import ReportExport

/// .doc, .wps and .rtf — what offices keep last year's report as — through LibreOffice:
/// converted to DOCX with a throw-away profile, under a deadline, then read as any DOCX (with
/// every limit of that reader).
enum OfficeConverter {
    static let seconds: Double = 90

    static func read(path: String, kind: String) throws(DocumentReaders.Failure) -> ImportedDocument {
        guard let soffice = ExternalTool.find("soffice") ?? ExternalTool.find("libreoffice") else {
            throw DocumentReaders.Failure(description: "读取 .\(kind) 文件需要 LibreOffice（soffice），本机没有安装。"
                + "请安装 LibreOffice（如 apt-get install libreoffice-writer-nogui），或在 Word/WPS 中另存为 .docx 后再导入")
        }
        let work = try ExternalTool.scratch("import")
        defer { try? FileManager.default.removeItem(at: work) }
        // A plain name: soffice names its output after the input, and the original's name may
        // hold anything.
        let input = work.appendingPathComponent("input.\(kind)")
        do {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: path), to: input)
        } catch {
            throw DocumentReaders.Failure(description: "无法复制到临时文件夹：\(error.localizedDescription)")
        }
        let outcome = try ExternalTool.run(soffice, [
            "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteURL.absoluteString)",
            "--headless", "--norestore", "--nologo", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.appendingPathComponent("out").path, input.path,
        ], seconds: seconds, log: work.appendingPathComponent("log"))
        if outcome.timedOut {
            throw DocumentReaders.Failure(description: "LibreOffice 转换 .\(kind) 超过 \(Int(seconds)) 秒，已终止")
        }
        // LibreOffice's DOCX is read like any other input: bounded (docs/LIMITS.md).
        let converted = work.appendingPathComponent("out/input.docx").path
        guard let data = try? BoundedRead.bytes(converted, cap: ImportLimits().fileBytes), !data.isEmpty else {
            throw DocumentReaders.Failure(description: "LibreOffice 未能转换这个 .\(kind) 文件（退出码 \(outcome.status)）：\(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        var document = try WordDocumentReader.read(data)
        document.notes.append(".\(kind) 文件经 LibreOffice 转为 DOCX 后读入")
        return document
    }
}
