import Foundation
import OOXMLWriter

/// The text lines of a PDF with their boxes (points, origin top-left), from `pdftotext -bbox-layout`.
public struct PDFText {
    public struct Line: CustomStringConvertible {
        public var xMin, yMin, xMax, yMax: Double
        public var text: String
        public var height: Double { yMax - yMin }
        public var description: String { String(format: "[%.1f %.1f %.1f %.1f] ", xMin, yMin, xMax, yMax) + text }
    }

    public struct Page {
        public var width, height: Double
        public var lines: [Line]
    }

    public var pages: [Page]

    public init(pdf: URL) throws {
        let out = pdf.deletingPathExtension().appendingPathExtension("bbox.html")
        try Shell.run("/usr/bin/env", ["pdftotext", "-bbox-layout", pdf.path, out.path])
        // pdftotext writes an XHTML DOCTYPE, which the safe parser refuses: drop it.
        var page = try String(contentsOf: out, encoding: .utf8)
        if let start = page.range(of: "<!DOCTYPE"), let end = page[start.upperBound...].range(of: ">") {
            page.removeSubrange(start.lowerBound..<end.upperBound)
        }
        let root = try SafeXMLParser.parse(Array(page.utf8))
        let xhtml = "http://www.w3.org/1999/xhtml"
        pages = root.descendants("page", namespace: xhtml).map { page in
            Page(width: Double(page.attribute("width")!)!, height: Double(page.attribute("height")!)!,
                 lines: page.descendants("line", namespace: xhtml).map { line in
                     Line(xMin: Double(line.attribute("xMin")!)!, yMin: Double(line.attribute("yMin")!)!,
                          xMax: Double(line.attribute("xMax")!)!, yMax: Double(line.attribute("yMax")!)!,
                          text: line.children("word", namespace: xhtml).map(\.text).joined(separator: " "))
                 })
        }
    }
}

/// Runs a command and fails with its output when it fails.
public enum Shell {
    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(tool) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(output)")
        }
        return (process.terminationStatus, output)
    }

    /// Whether `name` is on the PATH.
    public static func has(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
