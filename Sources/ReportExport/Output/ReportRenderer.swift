import Foundation
import OOXMLWriter

/// Report file in, document bytes out: read and check, lay out once, serialize per format.
public struct ReportRenderer: Sendable {
    public let templates: TemplateLibrary
    public let styleName: String

    public init(templates: TemplateLibrary = TemplateLibrary(), styleName: String = "gbt9704") {
        self.templates = templates
        self.styleName = styleName
    }

    /// What rendering a report failed on, each kind kept as the error that said it.
    public enum Failure: Error, CustomStringConvertible {
        /// The report file: unreadable, malformed or invalid.
        case report(ReportErrors)
        /// A format or style set: missing, undecodable, or not holding together.
        case template(TemplateError)
        /// A report and its templates that cannot be laid out (a table wider than the page).
        case layout(LayoutError)
        /// Writing the output.
        case output(OutputFailure)

        public var description: String {
            switch self {
            case .report(let e): return e.description
            case .template(let e): return e.description
            case .layout(let e): return e.description
            case .output(let e): return e.description
            }
        }
    }

    public func read(path: String) throws(Failure) -> Report {
        do {
            return try ReportFileReader(templates: templates).read(path: path)
        } catch {
            throw .report(error)
        }
    }

    /// Reads and checks a report, keeping the format it was read against. With `allowInvalid`,
    /// broken 勾稽关系 become warnings (the report renders as written); problems with the file
    /// itself always fail. What comes back holds only warnings.
    public func load(path: String, allowInvalid: Bool = false) throws(Failure) -> ReportFileReader.Loaded {
        let loaded: ReportFileReader.Loaded
        do {
            loaded = try ReportFileReader(templates: templates).load(path: path)
        } catch {
            throw .report(error)
        }
        let diagnostics = loaded.diagnostics.allowingInvalid(allowInvalid)
        guard diagnostics.errors.isEmpty else { throw .report(ReportErrors(diagnostics)) }
        return ReportFileReader.Loaded(report: loaded.report, format: loaded.format, diagnostics: diagnostics)
    }

    /// The neutral document of a report as loaded: laid out by the format it was read against.
    public func document(for loaded: ReportFileReader.Loaded) throws(Failure) -> Document {
        guard let format = loaded.format else { return try document(for: loaded.report) }
        return try document(for: loaded.report, format: format)
    }

    /// The neutral document of a report that did not come from a file (an aggregate): its
    /// format found the way the loader finds it (`TemplateLibrary.format(for:)`).
    public func document(for report: Report) throws(Failure) -> Document {
        let format: FormatSpec
        do {
            format = try templates.format(for: report)
        } catch {
            throw .template(error)
        }
        return try document(for: report, format: format)
    }

    /// The neutral document of `report` laid out by `format`.
    public func document(for report: Report, format: FormatSpec) throws(Failure) -> Document {
        let style: StyleSet
        do {
            style = try templates.styleSet(styleName)
        } catch {
            throw .template(error)
        }
        do {
            return try ReportLayout(format: format, styleSet: style).document(for: report)
        } catch {
            throw .layout(error)
        }
    }

    /// The document serialized as DOCX, ODT or an HTML page (PDF comes from LibreOffice: see
    /// `render`; the HTML fragment from `OutputFormat.files`).
    public func bytes(_ document: Document, format: OutputFormat) throws(Failure) -> [UInt8] {
        let bytes: [UInt8]?
        do {
            bytes = try format.serialize(document)
        } catch {
            throw .output(.characters(error))
        }
        guard let bytes else { throw .output(.noSerializer(format)) }
        return bytes
    }

    /// Reads `path`, renders each format into `directory` atomically, returns the files written.
    /// A PDF is LibreOffice's print of the DOCX (the file an agency submits).
    /// `names`, shared by the reports of one run, keeps two reports of the same agency and year
    /// from overwriting each other. `pdf` bounds LibreOffice's conversion (see `PDFConverter`),
    /// names its fonts and collects what they replaced; under `strictFonts` a PDF with a stand-in
    /// font fails the render and nothing is written.
    public func render(path: String, to directory: URL, formats: [OutputFormat], allowInvalid: Bool = false,
                       names: NameRegistry? = nil, pdf settings: PDFSettings = PDFSettings(),
                       warnings: (([Diagnostic]) -> Void)? = nil) throws(Failure) -> [URL] {
        let loaded = try load(path: path, allowInvalid: allowInvalid)
        if !loaded.diagnostics.isEmpty { warnings?(loaded.diagnostics) }
        let report = loaded.report
        let document = try document(for: loaded)
        let edition = report.edition ?? loaded.format?.edition
        let stem = (names ?? NameRegistry()).claim(agency: report.agency, year: report.year, edition: edition)
        func url(_ format: OutputFormat) -> URL {
            directory.appendingPathComponent(stem + "." + format.fileExtension)
        }
        var outputs: [(URL, [UInt8])] = []
        // Serialize everything first: a failure leaves no file at all.
        for format in formats.sorted() where format != .pdf {
            let files: [[UInt8]]
            do {
                files = try format.files(document)
            } catch {
                throw .output(.characters(error))
            }
            for (suffix, file) in zip(format.fileSuffixes, files) {
                outputs.append((directory.appendingPathComponent(stem + "." + suffix), file))
            }
        }
        var converter: PDFConverter?
        if formats.contains(.pdf) {
            do {
                converter = try PDFConverter(templates: templates, timeout: settings.timeout, fonts: settings.fonts)
            } catch {
                throw .output(.pdf(error))
            }
        }
        let created: [URL]
        do {
            created = try OutputFolder.create(directory)
        } catch {
            throw .output(.write(error))
        }
        // A folder made for this report goes again if nothing lands in it: on failure here, and
        // (while empty) on SIGINT or SIGTERM during a long PDF conversion.
        let slots = created.map { TemporaryPaths.register($0, .emptyFolder) }
        var committed = false
        defer {
            slots.forEach(TemporaryPaths.unregister)
            if !committed { for folder in created.reversed() { rmdir(folder.path) } }
        }
        if let converter {
            // Folders of runs killed outright (their pid gone), which no handler could remove.
            TemporaryFolder.sweep()
            // Convert first, from a private copy of the DOCX, so a failed conversion writes nothing.
            let work: URL
            do {
                work = try TemporaryFolder.make("gkexport-pdf")
            } catch {
                throw .output(.write(error))
            }
            defer { TemporaryFolder.remove(work) }
            let docx = work.appendingPathComponent(url(.docx).lastPathComponent)
            let docxBytes = try bytes(document, format: .docx)
            do {
                try AtomicFile.write(docxBytes, to: docx, durable: false)
            } catch {
                throw .output(.write(error))
            }
            let pdf = work.appendingPathComponent(url(.pdf).lastPathComponent)
            // The page count is held against our own layout's estimate, as the batch pool does:
            // a PDF outside it (cut short, blank, running away) gets one more try, then fails.
            let expected = PageEstimate.range(of: document)
            var printed: [UInt8] = []
            for attempt in 1...2 {
                do {
                    try converter.convert(docx, to: pdf)
                } catch {
                    throw .output(.pdf(error))
                }
                do {
                    printed = [UInt8](try Data(contentsOf: pdf))
                } catch {
                    throw .output(.pdfUnreadable(error))
                }
                let pages = PDFCheck.pages(printed, path: pdf.path)
                if expected.contains(pages) { break }
                if attempt == 2 {
                    throw .output(.pdf(PDFConverter.pageCountOutside(expected, found: pages, docx.lastPathComponent)))
                }
            }
            let substituted = converter.substitutions(in: printed, path: pdf.path, faces: document.eastAsianFontsInUse)
            if settings.strictFonts, !substituted.isEmpty {
                throw .output(.substitutedFonts(substituted, file: path))
            }
            settings.report.record(substituted)
            outputs.append((url(.pdf), printed))
        }
        // Every format staged in full before any old file is replaced; all replaced or none.
        // Temporary files a killed run left here (their process gone) go first.
        AtomicFile.sweep(directory)
        do {
            try StagedFiles.stage(outputs).commit()
        } catch {
            throw .output(.write(error))
        }
        committed = true
        return outputs.map(\.0)
    }
}
