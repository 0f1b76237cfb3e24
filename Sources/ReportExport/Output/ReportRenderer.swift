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

    /// The document serialized in `format` (DOCX or ODT).
    public func bytes(_ document: Document, format: OutputFormat) throws(Failure) -> [UInt8] {
        do {
            switch format {
            case .docx: return try DOCXSerializer.serialize(document)
            case .odt, .pdf: throw Failure.output("\(format.rawValue) 输出尚未实现")
            }
        } catch let error as Failure {
            throw error
        } catch {
            throw .output("\(error)")
        }
    }

    /// Reads `path`, renders each format into `directory` atomically, returns the files written.
    public func render(path: String, to directory: URL, formats: [OutputFormat]) throws(Failure) -> [URL] {
        let report = try read(path: path)
        let document = try document(for: report)
        var outputs: [(URL, [UInt8])] = []
        // Serialize everything first: a failure leaves no file at all.
        for format in formats.sorted() {
            let url = directory.appendingPathComponent(OutputName.fileName(agency: report.agency, year: report.year, format: format))
            outputs.append((url, try bytes(document, format: format)))
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .output("无法创建输出文件夹 \(directory.path)：\(error.localizedDescription)")
        }
        for (url, bytes) in outputs {
            do {
                try AtomicFile.write(bytes, to: url)
            } catch {
                throw .output(error.description)
            }
        }
        return outputs.map(\.0)
    }
}
