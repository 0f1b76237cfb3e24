/// Why an archive could not be read. Every limit is a typed error, never a crash or a hang.
public enum ZipReadError: Error, Equatable, CustomStringConvertible {
    case notAZip
    case truncated
    case tooManyEntries(limit: Int)
    case unsafeName(String)
    case entryTooLarge(name: String, limit: Int)
    case archiveTooLarge(limit: Int)
    case suspiciousRatio(name: String)
    case unsupportedMethod(name: String, method: UInt16)
    case corrupt(name: String)
    case missing(name: String)

    public var description: String {
        switch self {
        case .notAZip: return "not a ZIP archive (no end-of-central-directory record)"
        case .truncated: return "the ZIP archive is truncated"
        case .tooManyEntries(let limit): return "the ZIP archive has more than \(limit) entries"
        case .unsafeName(let name): return "the ZIP archive holds an unsafe entry name “\(name)” (absolute or with ..)"
        case .entryTooLarge(let name, let limit): return "ZIP entry \(name) inflates to more than \(limit) bytes"
        case .archiveTooLarge(let limit): return "the ZIP archive inflates to more than \(limit) bytes in all"
        case .suspiciousRatio(let name): return "ZIP entry \(name) has a compression ratio typical of a zip bomb"
        case .unsupportedMethod(let name, let method): return "ZIP entry \(name) uses compression method \(method), which is not supported"
        case .corrupt(let name): return "ZIP entry \(name) is corrupt (bad deflate data or CRC)"
        case .missing(let name): return "the archive has no \(name)"
        }
    }
}
