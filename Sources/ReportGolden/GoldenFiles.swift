import Foundation
import OOXMLWriter
import ReportExport

/// Which files under `golden/` belong to the suite. `update` may write and delete only these;
/// everything else there (READMEs, `.gitkeep`, subfolders, hidden files, a person's own
/// documents) is never touched and never reported.
enum GoldenFiles {
    static let documentExtensions = ["docx", "odt"]

    /// Bytes of one golden file read back (ours: 10–40 KB; a page image some 100 KB), as
    /// import's file cap: a 1 GB file there costs nothing before it is reported.
    static let fileBytes = 20 << 20
    /// Declared size of one part inflated (ours: 70 KB), as import's main-part cap.
    static let partBytes = 8 << 20

    /// Golden packages are opened with import's ZIP caps: a bomb is refused before inflating.
    static var zipLimits: ZipReader.Limits {
        var limits = ZipReader.Limits()
        limits.maxEntries = ForeignPackage.maxEntries
        limits.maxEntrySize = partBytes
        limits.maxTotalSize = fileBytes * 4
        limits.maxRatio = ForeignPackage.maxRatio
        return limits
    }

    static let staleNote = "没有对应的 case（如不再需要请手动删除）"

    /// A golden file that could not be read back, as a difference's message.
    static func unreadable(_ failure: BoundedRead.Failure) -> String {
        switch failure {
        case .tooLarge:
            return "golden \(failure.reason)，不是 golden update 写出的文件 → 运行 golden update 重新生成"
        default:
            return "无法读取 golden 文件：\(failure.reason) → \(failure.hint)，或运行 golden update 重新生成"
        }
    }

    /// A document a case once produced: a regular file `<stem>.docx` or `<stem>.odt` whose
    /// package says gkexport made it. A hand-made `notes.docx` is not one.
    static func isCaseOutput(_ url: URL) -> Bool {
        let name = url.lastPathComponent
        guard !name.hasPrefix("."), documentExtensions.contains(url.pathExtension), isRegularFile(url),
              let data = try? BoundedRead.bytes(url.path, cap: fileBytes), let zip = try? ZipReader(data, limits: zipLimits) else { return false }
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
