#if canImport(Glibc)
import Glibc
#endif

/// Text in the encodings Foundation on Linux has no codec for — GB18030 (what Excel on Chinese
/// Windows saves a CSV in), Big5, UTF-16 without a byte-order mark — converted with the C
/// library's iconv. The one iconv wrapper of the project: sheets and imports both use it.
public enum LegacyEncoding {
    /// The text of `bytes` read as GB18030, or nil when they are not valid GB18030.
    public static func gb18030(_ bytes: [UInt8]) -> String? {
        convert(bytes, from: "GB18030")
    }

    /// `bytes` converted from `charset` (an iconv name), or nil when they are not valid in it.
    public static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        if bytes.isEmpty { return "" }
        let cd = iconv_open("UTF-8", charset)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Any of these encodings grows at most threefold into UTF-8 (UTF-16's 2 bytes → 3).
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + bytes.count / 2 + 16)
        let written: Int? = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outRaw.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output.prefix(written), as: UTF8.self)
    }

    /// The Unicode encoding other than UTF-8 a byte-order mark announces. UTF-32's marks are
    /// looked at first: little-endian UTF-32's begins with UTF-16's.
    public static func unicodeBOM(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }
}
