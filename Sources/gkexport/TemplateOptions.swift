import ArgumentParser
import Foundation
import ReportExport

/// `--templates DIR`, shared by every command that reads formats or style sets.
struct TemplateOptions: ParsableArguments {
    @Option(help: "A templates folder to use instead of the bundled one (formats/, styles/, fontconfig/).")
    var templates: String?

    var library: TemplateLibrary {
        TemplateLibrary(directory: templates.map { URL(fileURLWithPath: $0) })
    }
}
