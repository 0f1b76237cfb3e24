import Foundation
import ReportExport

/// A folder of golden cases: report files (or `.case` references to them) under `cases/`, their
/// expected DOCX and ODT under `golden/` (named after the case file). `update` rewrites only
/// what changed; `check` re-renders in memory and never writes under `golden/`.
public struct GoldenSuite: Sendable {
    public let directory: URL
    public let renderer: ReportRenderer

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(directory: URL, renderer: ReportRenderer = ReportRenderer()) {
        self.directory = directory
        self.renderer = renderer
    }

    /// How `update` and `check` name a gkexport document named after no current case.
    public static let staleNote = GoldenFiles.staleNote

    public var casesFolder: URL { directory.appendingPathComponent("cases") }
    public var goldenFolder: URL { directory.appendingPathComponent("golden") }

    /// The cases (report files, and `.case` references to report files elsewhere); none at
    /// all is an error, never "nothing to keep" (which would make `update` delete every golden file).
    public func cases() throws(Failure) -> [GoldenCase] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path) else {
            throw Failure(description: "找不到 \(casesFolder.path)：golden 目录下应有 cases/（报告文件）\n    → 检查路径是否指向 golden 目录（其中有 cases/ 和 golden/）")
        }
        var found: [GoldenCase] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            if let case_ = try GoldenCase.at(casesFolder.appendingPathComponent(name)) { found.append(case_) }
        }
        guard !found.isEmpty else {
            throw Failure(description: "\(casesFolder.path) 中没有报告文件（.yaml、.yml、.json）：没有 case，golden 文件一个也不会改动\n    → 把报告文件放进 cases/，或检查路径是否正确")
        }
        return found
    }

    struct Rendered: Sendable {
        let format: FormatSpec?
        let files: [(name: String, bytes: [UInt8])]
    }

    /// Every case rendered in memory, on all cores; a case that does not render stops the run.
    func renderAll() throws(Failure) -> [Rendered] {
        let list = try cases()
        let results = ParallelMap.map(list) { [renderer] case_ -> Result<Rendered, Failure> in
            let url = case_.source
            do {
                let loaded = try renderer.load(path: url.path, allowInvalid: true)
                let document = try renderer.document(for: loaded)
                let stem = case_.name
                return .success(Rendered(format: loaded.format, files: [
                    (stem + ".docx", try renderer.bytes(document, format: .docx)),
                    (stem + ".odt", try renderer.bytes(document, format: .odt)),
                ]))
            } catch {
                return .failure(Failure(description: "\(url.path)：无法生成：\(error)"))
            }
        }
        var out: [Rendered] = []
        for result in results {
            switch result {
            case .success(let r): out.append(r)
            case .failure(let f): throw f
            }
        }
        return out
    }

    public struct UpdateResult: Sendable {
        public var written: [String] = []
        /// Page images beyond a re-printed case document's new page count (named after a case).
        public var removed: [String] = []
        /// gkexport documents (and page images) under `golden/` named after no current case:
        /// listed, never deleted — only files named after a case are the suite's to delete.
        public var stale: [String] = []
        public var unchanged = 0
    }

    /// Renders every case into `golden/`, writing only files whose bytes changed. All work
    /// (renders, and with `layout` the page images `*.page-N.png`) is done first, then every
    /// file is replaced in one all-or-nothing step: a failed run leaves `golden/` as it was.
    /// Nothing is deleted that is not named after a current case.
    public func update(layout: Bool) throws(Failure) -> UpdateResult {
        let rendered = try renderAll()
        var result = UpdateResult()
        var produced = Set<String>()
        var rasterized = Set<String>()
        var changed: [(URL, [UInt8])] = []
        for file in rendered.flatMap(\.files) {
            produced.insert(file.name)
            let url = goldenFolder.appendingPathComponent(file.name)
            // Bounded: a 1 GB file where a golden file should be is simply replaced.
            if let existing = try? BoundedRead.bytes(url.path, cap: GoldenFiles.fileBytes), existing == file.bytes {
                result.unchanged += 1
                continue
            }
            changed.append((url, file.bytes))
            result.written.append(file.name)
        }
        if layout {
            do {
                let converter = try PDFConverter(templates: renderer.templates)
                for file in rendered.flatMap(\.files) where result.written.contains(file.name) || !pagesExist(file.name) {
                    rasterized.insert(file.name)
                    let work = try TemporaryFolder.make("gkexport-golden")
                    defer { TemporaryFolder.remove(work) }
                    let doc = work.appendingPathComponent(file.name)
                    try Data(file.bytes).write(to: doc)
                    let pdf = work.appendingPathComponent("out.pdf")
                    try converter.convert(doc, to: pdf)
                    let pages = try LayoutComparison(converter: converter).raster(pdf, prefix: work.appendingPathComponent("p").path)
                    for (i, page) in pages.enumerated() {
                        let gray = page.pixels.flatMap { [$0, $0, $0] }
                        let name = "\(file.name).page-\(i + 1).png"
                        changed.append((goldenFolder.appendingPathComponent(name), PNGImage.rgb(width: page.width, height: page.height, pixels: gray)))
                        produced.insert(name)
                        result.written.append(name)
                    }
                }
            } catch {
                throw Failure(description: "\(error)\n    → golden 文件一个也没有改动；检查 LibreOffice（soffice）能否运行后重试")
            }
        }
        // Only now is golden/ touched: created if need be, then all files replaced together.
        if !changed.isEmpty {
            do {
                try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "无法创建 \(goldenFolder.path)：\(error.localizedDescription)")
            }
            do {
                try StagedFiles.stage(changed).commit()
            } catch {
                throw Failure(description: error.description)
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? [] where !produced.contains(name) {
            let url = goldenFolder.appendingPathComponent(name)
            if let owner = GoldenFiles.pageImageOwner(name), GoldenFiles.isRegularFile(url) {
                // A page past a re-printed case document's new count: named after a case, so ours.
                if produced.contains(owner) {
                    guard layout, rasterized.contains(owner) else { continue }
                    guard unlink(url.path) == 0 else {
                        throw Failure(description: WriteError(path: url.path, errno: errno).description)
                    }
                    result.removed.append(name)
                } else if GoldenFiles.documentExtensions.contains(URL(fileURLWithPath: owner).pathExtension) {
                    result.stale.append(name)
                }
            } else if GoldenFiles.isCaseOutput(url) {
                result.stale.append(name)
            }
        }
        result.written.sort()
        result.removed.sort()
        result.stale.sort()
        return result
    }

    private func pagesExist(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: goldenFolder.appendingPathComponent("\(name).page-1.png").path)
    }

    public struct CheckResult: Sendable {
        public var compared = 0
        public var differences: [GoldenDifference] = []
    }

    /// Re-renders every case and compares it with its golden files. With `layout`, both are
    /// printed through LibreOffice and compared page by page; diff images go to `images`.
    public func check(layout: Bool, images: URL) throws(Failure) -> CheckResult {
        let rendered = try renderAll()
        var result = CheckResult()
        let expected = Set(rendered.flatMap { $0.files.map(\.name) })
        let present = Set(((try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? [])
            .filter { GoldenFiles.isCaseOutput(goldenFolder.appendingPathComponent($0)) })
        for name in present.subtracting(expected).sorted() {
            result.differences.append(GoldenDifference(file: name, kind: .unexpected, message: GoldenFiles.staleNote))
        }
        let converter = layout ? try? PDFConverter(templates: renderer.templates) : nil
        if layout && converter == nil { throw Failure(description: "--layout 需要 LibreOffice（soffice）") }
        for case_ in rendered {
            for file in case_.files {
                result.compared += 1
                let old: [UInt8]
                do {
                    old = try BoundedRead.bytes(goldenFolder.appendingPathComponent(file.name).path, cap: GoldenFiles.fileBytes)
                } catch .missing {
                    result.differences.append(GoldenDifference(file: file.name, kind: .missing, message: "没有 golden 文件（运行 golden update 生成）"))
                    continue
                } catch {
                    // Over the cap or unreadable: a difference (the file is not what update writes).
                    result.differences.append(GoldenDifference(file: file.name, kind: .entries, message: GoldenFiles.unreadable(error)))
                    continue
                }
                result.differences += PackageComparison(file: file.name, terms: TableTerms(format: case_.format)).compare(old, file.bytes)
                if let converter, old != file.bytes {
                    do {
                        result.differences += try LayoutComparison(converter: converter).compare(file: file.name, old: old, new: file.bytes, images: images)
                    } catch {
                        throw Failure(description: "\(file.name)：版面比较失败：\(error)")
                    }
                }
            }
        }
        return result
    }
}
