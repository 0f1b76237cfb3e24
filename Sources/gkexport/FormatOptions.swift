import ArgumentParser
import ReportExport

/// Which output formats a command offers, and how it words an unknown one.
protocol FormatChoices {
    static var allowed: [OutputFormat] { get }
    static var help: String { get }
    static func unknown(_ name: String) -> String
}

/// `render`: every format, PDF through LibreOffice.
enum DocumentFormats: FormatChoices {
    static let allowed: [OutputFormat] = [.docx, .odt, .html, .pdf]
    static let help = "Output formats, comma-separated: docx, odt, html (a page and a .fragment.html for a portal's editor), pdf (pdf needs LibreOffice)."
    static func unknown(_ name: String) -> String { "Unknown format '\(name)'; choose from: docx, odt, html, pdf." }
}

/// `batch`: every format too, PDF through a pool of LibreOffice processes.
enum BatchFormats: FormatChoices {
    static let allowed: [OutputFormat] = [.docx, .odt, .html, .pdf]
    static let help = "Output formats, comma-separated: docx, odt, html (a page and a .fragment.html), pdf (pdf needs LibreOffice)."
    static func unknown(_ name: String) -> String { "Unknown batch format '\(name)'; choose from: docx, odt, html, pdf." }
}

/// `--format docx,odt`, parsed one way for every command that writes documents.
struct FormatOptions<Choices: FormatChoices>: ParsableArguments {
    @Option(help: ArgumentHelp(Choices.help))
    var format: String = "docx,odt"

    /// The command calls this from its own `validate()`, where its other checks stand in order.
    func check() throws {
        // An empty list would write nothing and still report success: a typo, not a choice.
        if names.isEmpty {
            throw ValidationError("--format 没有写任何格式（“\(format)”）\n    → 写一种或几种，用逗号分隔，如 --format docx,odt")
        }
        for name in names where OutputFormat(rawValue: name).map({ !Choices.allowed.contains($0) }) ?? true {
            throw ValidationError(Choices.unknown(name))
        }
    }

    var formats: [OutputFormat] { names.compactMap(OutputFormat.init(rawValue:)) }

    private var names: [String] {
        format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }
}
