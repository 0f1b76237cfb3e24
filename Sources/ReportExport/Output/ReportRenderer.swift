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

    /// What rendering a report failed on.
    public enum Failure: Error, CustomStringConvertible {
        /// The report file: unreadable, malformed or invalid.
        case report(ReportErrors)
        /// A format or style set.
        case template(String)
        /// Writing the output.
        case output(String)

        public var description: String {
            switch self {
            case .report(let e): return e.description
            case .template(let s), .output(let s): return s
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

    /// Reads and checks a report. With `allowInvalid`, broken 勾稽关系 become warnings (the
    /// report renders as written); problems with the file itself always fail.
    public func load(path: String, allowInvalid: Bool = false) throws(Failure) -> (report: Report, warnings: [Diagnostic]) {
        let loaded: ReportFileReader.Loaded
        do {
            loaded = try ReportFileReader(templates: templates).load(path: path)
        } catch {
            throw .report(error)
        }
        let diagnostics = loaded.diagnostics.allowingInvalid(allowInvalid)
        guard diagnostics.errors.isEmpty else { throw .report(ReportErrors(diagnostics)) }
        return (loaded.report, diagnostics)
    }

    /// The neutral document of a report.
    public func document(for report: Report) throws(Failure) -> Document {
        do {
            let format = try templates.format(report.edition ?? templates.edition(forYear: report.year) ?? "")
            let style = try templates.styleSet(styleName)
            return try ReportLayout(format: format, styleSet: style).document(for: report)
        } catch {
            throw .template("\(error)")
        }
    }

    /// The document serialized as DOCX or ODT (PDF comes from LibreOffice: see `render`).
    public func bytes(_ document: Document, format: OutputFormat) throws(Failure) -> [UInt8] {
        let bytes: [UInt8]?
        do {
            bytes = try format.serialize(document)
        } catch {
            throw .output("\(error)")
        }
        guard let bytes else { throw .output("PDF 由 LibreOffice 从 DOCX 转换而来，不能直接序列化") }
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
        let (report, found) = try load(path: path, allowInvalid: allowInvalid)
        if !found.isEmpty { warnings?(found) }
        let document = try document(for: report)
        let edition = report.edition ?? (try? templates.edition(forYear: report.year)) ?? nil
        let stem = (names ?? NameRegistry()).claim(agency: report.agency, year: report.year, edition: edition)
        func url(_ format: OutputFormat) -> URL {
            directory.appendingPathComponent(stem + "." + format.fileExtension)
        }
        var outputs: [(URL, [UInt8])] = []
        // Serialize everything first: a failure leaves no file at all.
        for format in formats.sorted() where format != .pdf {
            outputs.append((url(format), try bytes(document, format: format)))
        }
        var converter: PDFConverter?
        if formats.contains(.pdf) {
            do {
                converter = try PDFConverter(templates: templates, timeout: settings.timeout, fonts: settings.fonts)
            } catch {
                throw .output(error.description)
            }
        }
        let created: [URL]
        do {
            created = try OutputFolder.create(directory)
        } catch {
            throw .output(error.description)
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
                throw .output(error.description)
            }
            defer { TemporaryFolder.remove(work) }
            do {
                let docx = work.appendingPathComponent(url(.docx).lastPathComponent)
                try AtomicFile.write(try bytes(document, format: .docx), to: docx, durable: false)
                let pdf = work.appendingPathComponent(url(.pdf).lastPathComponent)
                try converter.convert(docx, to: pdf)
                let printed = [UInt8](try Data(contentsOf: pdf))
                let substituted = converter.substitutions(in: printed, path: pdf.path, faces: document.eastAsianFontsInUse)
                if settings.strictFonts, !substituted.isEmpty {
                    throw Failure.output(FontReport.refusal(substituted, file: path))
                }
                settings.report.record(substituted)
                outputs.append((url(.pdf), printed))
            } catch let error as Failure {
                throw error
            } catch let error as PDFConverter.Failure {
                throw .output(error.message)
            } catch {
                throw .output("\(error)")
            }
        }
        // Every format staged in full before any old file is replaced; all replaced or none.
        // Temporary files a killed run left here (their process gone) go first.
        AtomicFile.sweep(directory)
        do {
            try StagedFiles.stage(outputs).commit()
        } catch {
            throw .output(error.description)
        }
        committed = true
        return outputs.map(\.0)
    }
}
