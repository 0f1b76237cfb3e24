import Foundation
import ArgumentParser
import ReportExport

/// `fields` and `rules` print a document made from the templates, or write it to a file.
enum GeneratedDocument {
    static func emit(to output: String?, _ make: () throws -> String) throws {
        let text: String
        do {
            text = try make()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.badTemplate
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.outputFailed
        }
    }
}
