import ArgumentParser
import Foundation
import ReportExport
import ReportImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入已有的报告（An existing report → a report file）。",
        discussion: """
            Reads DOCX, ODT, HTML (any declared encoding), Markdown, text dumps (with or without line breaks), \
            PDF (poppler), .doc/.wps/.rtf (LibreOffice) and report workbooks (.xlsx made by init, read cell by cell \
            like validate reads them); finds title, agency, year, edition, the six parts and every \
            table value; says what it corrected, what it dropped and what it could not read. One FILE: writes -o REPORT.yaml \
            (or standard output). Several files or a folder: -o DIR gets one report file each and summary.json. \
            Exit 0 every value read; 2 a file was written but something could not be read (marked 待填, which validate refuses); \
            1 not readable as a report.
            """
    )

    @Argument(help: "The reports to import (.docx .odt .html .md .txt .pdf .doc .wps .rtf .xlsx), folders of them, or - for standard input; at most 20 MB each.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "One input: the report file to write (YAML). Several inputs or a folder: the folder to write into.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let importer = ReportImporter(templates: templateOptions.library)
        let files = ImportInputs.expand(inputs)
        let many = files.count != 1 || inputs.contains { ImportInputs.isDirectory($0) }
        if many {
            guard let output else {
                Terminal.error("导入多个文件时须用 -o 指定输出文件夹")
                throw ExitCode.validationFailure
            }
            throw ImportBatch(importer: importer, inputs: inputs, files: files, directory: output).run()
        }
        let file = files[0]
        // Writing over the source would replace the only copy of the document with YAML.
        if let output, let id = FileIdentity(output), id == FileIdentity(file) {
            Terminal.error("\(output)：输出文件就是要导入的文件 \(file)，写出会覆盖原文档；没有写出任何文件 → -o 另选一个文件名，如 报告.yaml")
            throw ExitCode.validationFailure
        }
        let result: ReportRecognizer.Result
        do {
            result = try importer.recognize(path: file)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.badReport
        }
        ImportReport.print(result)
        let check = ImportCheck(result, templates: importer.templates)
        ImportReport.print(check)
        let complete = check.complete
        guard let output else {
            print(result.yaml, terminator: "")
            if !complete { throw ExitCode.importPartial }
            return
        }
        do {
            try AtomicFile.write(Array(result.yaml.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
        print("已写入 \(output)")
        if !complete {
            Terminal.error(result.missing.isEmpty
                ? "写出的文件没有通过自检（见上面的“自检未通过”），validate 和 render 会拒绝它，须照原文修改"
                : "导入不完整：\(result.missing.count) 处标为“待填”，填好之前 validate 和 render 都会拒绝这个文件")
            throw ExitCode.importPartial
        }
    }
}

/// What one import found, on standard error.
enum ImportReport {
    static func print(_ result: ReportRecognizer.Result) {
        let who = result.agency.isEmpty ? "（单位未找到）" : result.agency
        let when = result.year == 0 ? "（年度未找到）" : "\(result.year)年"
        Terminal.error("识别为：\(who)\(when)，\(result.format.name)" + (result.evidence.isEmpty ? "" : "（\(result.evidence.joined(separator: "，"))）"))
        for note in result.readerNotes { Terminal.error("读入：\(note)") }
        for note in result.corrected { Terminal.error("已更正：\(note)") }
        for note in result.blankNotes { Terminal.error("空白：\(note)") }
        for note in result.dropped { Terminal.error("已略去：\(note)") }
        for note in result.unplaced { Terminal.error("无法归入：\(note)") }
        for note in result.missing { Terminal.error("待填：\(note)") }
    }

    static func print(_ check: ImportCheck) {
        for problem in check.input { Terminal.error("自检未通过：\(problem)") }
        for problem in check.rules { Terminal.error("提示：原文的数字本身不符合勾稽关系：\(problem)") }
    }
}
