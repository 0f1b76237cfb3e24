import Foundation
import OOXMLWriter

/// Which files under `golden/` belong to the suite. `update` may write and delete only these;
/// everything else there (READMEs, `.gitkeep`, subfolders, hidden files, a person's own
/// documents) is never touched and never reported.
enum GoldenFiles {
    static let documentExtensions = ["docx", "odt"]

    /// A document a case once produced: a regular file `<stem>.docx` or `<stem>.odt` whose
    /// package says gkexport made it. A hand-made `notes.docx` is not one.
    static func isCaseOutput(_ url: URL) -> Bool {
        let name = url.lastPathComponent
        guard !name.hasPrefix("."), documentExtensions.contains(url.pathExtension), isRegularFile(url),
              let data = FileManager.default.contents(atPath: url.path), let zip = try? ZipReader([UInt8](data)) else { return false }
        let (part, mark) = url.pathExtension == "docx"
            ? ("docProps/app.xml", "<Application>gkexport</Application>")
            : ("meta.xml", "<meta:generator>gkexport</meta:generator>")
        guard let xml = try? zip.data(part) else { return false }
        return String(decoding: xml, as: UTF8.self).contains(mark)
    }

    /// `<document name>` of a page image `<document name>.page-<N>.png`, else nil.
    static func pageImageOwner(_ name: String) -> String? {
        guard !name.hasPrefix("."), name.hasSuffix(".png"), let range = name.range(of: ".page-", options: .backwards) else { return nil }
        let number = name[range.upperBound...].dropLast(4)
        let owner = String(name[..<range.lowerBound])
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), documentExtensions.contains(URL(fileURLWithPath: owner).pathExtension) else { return nil }
        return owner
    }

    static func isRegularFile(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
