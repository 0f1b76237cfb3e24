import Foundation

/// A folder of golden cases: report files under `cases/`, their expected DOCX and ODT under
/// `golden/` (named after the case file). `update` rewrites only what changed; `check`
/// re-renders in memory and never writes under `golden/`.
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

    public var casesFolder: URL { directory.appendingPathComponent("cases") }
    public var goldenFolder: URL { directory.appendingPathComponent("golden") }

    /// The case files; none at all is an error, never "nothing to keep" (which would make
    /// `update` delete every golden file).
    public func cases() throws(Failure) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path) else {
            throw Failure(description: "找不到 \(casesFolder.path)：golden 目录下应有 cases/（报告文件）\n    → 检查路径是否指向 golden 目录（其中有 cases/ 和 golden/）")
        }
        let found = names.filter { !$0.hasPrefix(".") && BatchInput.reportExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
        guard !found.isEmpty else {
            throw Failure(description: "\(casesFolder.path) 中没有报告文件（.yaml、.yml、.json）：没有 case，golden 文件一个也不会改动\n    → 把报告文件放进 cases/，或检查路径是否正确")
        }
        return found.sorted().map { casesFolder.appendingPathComponent($0) }
    }

    struct Rendered: Sendable {
        let format: FormatSpec?
        let files: [(name: String, bytes: [UInt8])]
    }

    /// Every case rendered in memory, on all cores; a case that does not render stops the run.
    func renderAll() throws(Failure) -> [Rendered] {
        let list = try cases()
        let results = ParallelMap.map(list) { [renderer] url -> Result<Rendered, Failure> in
            do {
                let (report, _) = try renderer.load(path: url.path, allowInvalid: true)
                let document = try renderer.document(for: report)
                let stem = url.deletingPathExtension().lastPathComponent
                let format = try? renderer.templates.format(report.edition ?? "")
                return .success(Rendered(format: format, files: [
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
        public var removed: [String] = []
        public var unchanged = 0
    }

    /// Renders every case into `golden/`, writing only files whose bytes changed, and removing
    /// golden files no case produces any more. With `layout`, page images too (`*.page-N.png`).
    public func update(layout: Bool) throws(Failure) -> UpdateResult {
        let rendered = try renderAll()
        do {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "无法创建 \(goldenFolder.path)：\(error.localizedDescription)")
        }
        var result = UpdateResult()
        var produced = Set<String>()
        var rasterized = Set<String>()
        var changed: [(URL, [UInt8])] = []
        for file in rendered.flatMap(\.files) {
            produced.insert(file.name)
            let url = goldenFolder.appendingPathComponent(file.name)
            if let existing = FileManager.default.contents(atPath: url.path), [UInt8](existing) == file.bytes {
                result.unchanged += 1
                continue
            }
            changed.append((url, file.bytes))
            result.written.append(file.name)
        }
        // All changed golden files replaced together, or none (a suite never half updated).
        do {
            try StagedFiles.stage(changed).commit()
        } catch {
            throw Failure(description: error.description)
        }
        if layout {
            do {
                let converter = try PDFConverter(templates: renderer.templates)
                for file in rendered.flatMap(\.files) where result.written.contains(file.name) || !pagesExist(file.name) {
                    rasterized.insert(file.name)
                    let work = try TemporaryFolder.make("gkexport-golden")
                    defer { try? FileManager.default.removeItem(at: work) }
                    let doc = work.appendingPathComponent(file.name)
                    try Data(file.bytes).write(to: doc)
                    let pdf = work.appendingPathComponent("out.pdf")
                    try converter.convert(doc, to: pdf)
                    let pages = try LayoutComparison(converter: converter).raster(pdf, prefix: work.appendingPathComponent("p").path)
                    for (i, page) in pages.enumerated() {
                        let gray = page.pixels.flatMap { [$0, $0, $0] }
                        let name = "\(file.name).page-\(i + 1).png"
                        try AtomicFile.write(PNGImage.rgb(width: page.width, height: page.height, pixels: gray), to: goldenFolder.appendingPathComponent(name))
                        produced.insert(name)
                        result.written.append(name)
                    }
                }
            } catch {
                throw Failure(description: "\(error)")
            }
        }
        // Only what a case once produced goes: documents of removed cases, and with --layout
        // page images of removed cases or beyond a re-printed document's new page count.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? [] where !produced.contains(name) {
            let url = goldenFolder.appendingPathComponent(name)
            if let owner = GoldenFiles.pageImageOwner(name) {
                guard layout, rasterized.contains(owner) || !produced.contains(owner), GoldenFiles.isRegularFile(url) else { continue }
            } else if !GoldenFiles.isCaseOutput(url) {
                continue
            }
            guard unlink(url.path) == 0 else {
                throw Failure(description: WriteError(path: url.path, errno: errno).description)
            }
            result.removed.append(name)
        }
        result.written.sort()
        result.removed.sort()
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
            result.differences.append(GoldenDifference(file: name, kind: .unexpected, message: "golden 文件没有对应的 case（运行 golden update 删除）"))
        }
        let converter = layout ? try? PDFConverter(templates: renderer.templates) : nil
        if layout && converter == nil { throw Failure(description: "--layout 需要 LibreOffice（soffice）") }
        for case_ in rendered {
            for file in case_.files {
                result.compared += 1
                guard let golden = FileManager.default.contents(atPath: goldenFolder.appendingPathComponent(file.name).path) else {
                    result.differences.append(GoldenDifference(file: file.name, kind: .missing, message: "没有 golden 文件（运行 golden update 生成）"))
                    continue
                }
                let old = [UInt8](golden)
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
