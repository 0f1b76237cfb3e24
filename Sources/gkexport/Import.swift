import ArgumentParser
import Foundation
import ReportExport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入已有的报告（An existing report → a report file）。",
        discussion: "Reads a DOCX, ODT, HTML page or plain-text dump; finds title, agency, year, edition, the six parts and every table value; says what it corrected and what it could not place."
    )

    @Argument(help: "The report to import (.docx, .odt, .html, .txt), or - for standard input; at most 20 MB.")
    var file: String

    @Option(name: .shortAndLong, help: "The report file to write (YAML); standard output if not given.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let importer = ReportImporter(templates: templateOptions.library)
        let result: ReportRecognizer.Result
        do {
            result = try importer.recognize(path: file)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.badReport
        }
        Terminal.error("识别为：\(result.agency)\(result.year)年，\(result.format.name)")
        for note in result.corrected { Terminal.error("已更正：\(note)") }
        for note in result.unplaced { Terminal.error("无法归入：\(note)") }
        guard let output else {
            print(result.yaml, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Array(result.yaml.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
        print("已写入 \(output)")
    }
}
