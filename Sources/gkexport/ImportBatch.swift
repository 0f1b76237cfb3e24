import ArgumentParser
import Foundation
import ReportExport
import ReportImport

/// `import FILE…|DIR -o DIR`: last year's reports of many agencies in one go. Each input gets
/// a report file named after it (`…（2）` on a repeat); a closing summary says per file what
/// was read, corrected and missing, and `DIR/summary.json` says it for programs.
struct ImportBatch {
    let importer: ReportImporter
    /// What the user named (files and folders), for a message when nothing is found in them.
    let inputs: [String]
    let files: [String]
    let directory: String

    /// The exit code: 0 all complete, 2 some written with 待填, 1 some not readable at all.
    func run() -> ExitCode {
        guard !files.isEmpty else {
            Terminal.error("\(inputs.joined(separator: "、"))：没有找到可导入的文件（.docx .odt .html .md .txt .pdf .doc .wps .rtf）\n    → 检查给出的文件夹里是否有这些类型的报告")
            return .badReport
        }
        let folder = URL(fileURLWithPath: directory)
        do {
            try OutputFolder.make(folder)
        } catch {
            Terminal.error("\(error)")
            return .outputFailed
        }
        // Reading is independent per file: on every core (LibreOffice conversions included,
        // each with its own profile); naming and writing then go in input order.
        let importer = self.importer
        let total = files.count
        let results = ParallelMap.map(files, jobs: ProcessInfo.processInfo.activeProcessorCount) { file -> Result<ReportRecognizer.Result, ReportImporter.Failure> in
            defer { Terminal.error("已读：\(file)") }
            do throws(ReportImporter.Failure) { return .success(try importer.recognize(path: file)) } catch { return .failure(error) }
        }
        Terminal.error("共读了 \(total) 个文件")
        var names = ImportedFileNames()
        var entries: [ImportedFile] = []
        for (file, outcome) in zip(files, results) {
            do {
                let result = try outcome.get()
                let target = folder.appendingPathComponent(names.claim(for: file))
                try AtomicFile.write(Array(result.yaml.utf8), to: target)
                entries.append(ImportedFile(input: file, output: target.path, result: result,
                                            check: ImportCheck(result, templates: importer.templates)))
            } catch {
                entries.append(ImportedFile(input: file, error: "\(error)"))
            }
        }
        Terminal.error("")
        Terminal.error("导入汇总：")
        for e in entries {
            let head = e.status == "complete" ? "完整" : e.status == "partial" ? "不完整" : "失败"
            Terminal.error("  [\(head)] \(e.input)" + (e.output.map { " → \($0)" } ?? ""))
            if let error = e.error { Terminal.error("      \(error)") }
            if !e.corrected.isEmpty { Terminal.error("      更正 \(e.corrected.count) 处：" + e.corrected.prefix(3).joined(separator: "；") + (e.corrected.count > 3 ? "……" : "")) }
            for b in e.blanks { Terminal.error("      空白：\(b)") }
            for m in e.missing { Terminal.error("      待填：\(m)") }
            for r in e.rules { Terminal.error("      提示：原文不符合勾稽关系：\(r)") }
        }
        let complete = entries.filter { $0.status == "complete" }.count
        let partial = entries.filter { $0.status == "partial" }.count
        let failed = entries.count - complete - partial
        Terminal.error("共 \(entries.count) 个文件：完整 \(complete)，不完整（待填）\(partial)，失败 \(failed)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let json = try encoder.encode(["files": entries])
            try AtomicFile.write([UInt8](json) + [0x0A], to: folder.appendingPathComponent("summary.json"))
        } catch {
            Terminal.error("无法写出 summary.json：\(error)")
            return .outputFailed
        }
        print("已写入 \(directory)（\(complete + partial) 个报告文件和 summary.json）")
        return failed > 0 ? .badReport : partial > 0 ? .importPartial : .success
    }
}
