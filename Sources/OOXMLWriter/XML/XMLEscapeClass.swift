/// What the writer does with each UTF-8 byte of text or of an attribute value, looked up in
/// a table so the common byte costs one load and one compare.
enum XMLEscapeClass {
    /// Copied as it is.
    static let pass: UInt8 = 0
    /// Written as a character reference (`reference(_:)`).
    static let escaped: UInt8 = 1
    /// A C0 control XML 1.0 forbids.
    static let forbidden: UInt8 = 2
    /// 0xEF: starts U+FFFE/U+FFFF (forbidden) as well as full-width punctuation (allowed).
    static let lead: UInt8 = 3

    static let text: [UInt8] = table(attribute: false)
    static let attribute: [UInt8] = table(attribute: true)

    private static func table(attribute: Bool) -> [UInt8] {
        var t = [UInt8](repeating: pass, count: 256)
        for b in 0..<0x20 { t[b] = forbidden }
        t[0x09] = attribute ? escaped : pass  // tab
        t[0x0A] = attribute ? escaped : pass  // line feed
        t[0x0D] = escaped  // carriage return: a raw one would be normalised away
        t[0x26] = escaped  // &
        t[0x3C] = escaped  // <
        t[0x3E] = escaped  // >
        if attribute { t[0x22] = escaped }  // "
        t[0xEF] = lead
        return t
    }

    /// The reference for an escaped byte (as the scalar path writes it).
    static func reference(_ byte: UInt8) -> StaticStringBytes {
        switch byte {
        case 0x26: return StaticStringBytes("&amp;")
        case 0x3C: return StaticStringBytes("&lt;")
        case 0x3E: return StaticStringBytes("&gt;")
        case 0x22: return StaticStringBytes("&quot;")
        case 0x09: return StaticStringBytes("&#9;")
        case 0x0A: return StaticStringBytes("&#10;")
        default: return StaticStringBytes("&#13;")
        }
    }
}

/// A `StaticString`'s bytes as a collection, to append without making a String.
struct StaticStringBytes: RandomAccessCollection {
    let text: StaticString
    init(_ text: StaticString) { self.text = text }
    var startIndex: Int { 0 }
    var endIndex: Int { text.utf8CodeUnitCount }
    subscript(i: Int) -> UInt8 { text.utf8Start[i] }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
