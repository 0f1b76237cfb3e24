/// What XML 1.0 allows in character data (production `Char`).
public enum XMLCharacters {
    /// Whether `scalar` may appear in an XML 1.0 document in any form.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The first scalar of `text` that XML 1.0 forbids, with its scalar offset; nil if none.
    public static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        // Fast path: in UTF-8 every forbidden scalar is a C0 control other than tab, line
        // feed and carriage return, or U+FFFE/U+FFFF (EF BF BE/BF); surrogates never occur
        // in a String. Full-width punctuation (EF BC 8C …) and line breaks pass unscanned.
        guard mayForbid(text) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isAllowed(scalar) {
            return (scalar, offset)
        }
        return nil
    }

    /// Whether `text`'s UTF-8 holds a byte sequence only a forbidden scalar is written with.
    static func mayForbid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return true }
                if byte == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
    }
}
