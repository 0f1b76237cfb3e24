import Foundation
import ReportExport

/// One golden case: the name its documents take under `golden/`, and the report file rendered.
/// A case is either a report file in `cases/` or a `<name>.case` file there whose one line is the
/// path of a report file kept elsewhere (relative to `cases/`), so a suite can render the
/// examples where they live instead of holding copies that drift.
public struct GoldenCase: Sendable, Equatable {
    public static let referenceExtension = "case"
    /// A reference is one path; anything longer is not one.
    static let referenceBytes = 4096

    public let name: String
    public let source: URL

    /// The case a file in `cases/` stands for, nil when it is neither a report nor a reference.
    static func at(_ url: URL) throws(GoldenSuite.Failure) -> GoldenCase? {
        let name = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.lowercased()
        if ReportFileReader.extensions.contains(ext) { return GoldenCase(name: name, source: url) }
        guard ext == referenceExtension else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try BoundedRead.bytes(url.path, cap: referenceBytes)
        } catch {
            throw GoldenSuite.Failure(description: "\(url.path)：无法读取：\(error.reason) → \(error.hint)")
        }
        let path = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let source = URL(fileURLWithPath: path, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        guard !path.isEmpty, !path.contains("\n"), ReportFileReader.extensions.contains(source.pathExtension.lowercased()) else {
            throw GoldenSuite.Failure(description: "\(url.path)：应只有一行，写报告文件（.yaml、.yml、.json）相对 cases/ 的路径")
        }
        return GoldenCase(name: name, source: source)
    }
}
