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
        // Fast path: the UTF-8 bytes of every forbidden scalar are a C0 control or EF BF BE/BF.
        var suspicious = false
        for byte in text.utf8 where byte < 0x20 || byte == 0xEF {
            suspicious = true
            break
        }
        guard suspicious else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isAllowed(scalar) {
            return (scalar, offset)
        }
        return nil
    }
}
