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

    struct Entry: Encodable {
        var input: String
        var output: String?
        /// complete | partial | failed
        var status: String
        var agency: String?
        var year: Int?
        var edition: String?
        /// How the file was read (an encoding, a conversion).
        var read: [String] = []
        var corrected: [String] = []
        var blanks: [String] = []
        var dropped: [String] = []
        var unplaced: [String] = []
        var missing: [String] = []
        /// 勾稽关系 the document's own numbers break (said, not corrected).
        var rules: [String] = []
        var error: String?
    }

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
        var used = Set<String>()
        var entries: [Entry] = []
        for (file, outcome) in zip(files, results) {
            var entry = Entry(input: file, status: "failed")
            do {
                let result = try outcome.get()
                var name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                if name.isEmpty || name.hasPrefix(".") { name = "report" }
                var candidate = name + ".yaml"
                var k = 2
                while used.contains(candidate) { candidate = "\(name)（\(k)）.yaml"; k += 1 }
                used.insert(candidate)
                let target = folder.appendingPathComponent(candidate)
                try AtomicFile.write(Array(result.yaml.utf8), to: target)
                entry.output = target.path
                let check = ImportCheck(result, templates: importer.templates)
                entry.status = result.isComplete && check.input.isEmpty ? "complete" : "partial"
                entry.rules = check.rules
                entry.missing = result.missing + check.input.map { "自检未通过：\($0)" }
                entry.agency = result.agency.isEmpty ? nil : result.agency
                entry.year = result.year == 0 ? nil : result.year
                entry.edition = result.edition
                entry.corrected = result.corrected
                entry.blanks = result.blankNotes
                entry.dropped = result.dropped
                entry.read = result.readerNotes
                entry.unplaced = result.unplaced
            } catch {
                entry.error = "\(error)"
            }
            entries.append(entry)
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
