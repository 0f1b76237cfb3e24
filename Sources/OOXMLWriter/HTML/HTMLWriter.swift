/// Builds HTML text into a byte buffer. Text and attribute values are escaped exactly once,
/// here; tag and attribute names are the caller's constants. A character XML 1.0 forbids (a
/// control the page could not carry either) is not written: the first is remembered and
/// `finish()` throws it, as `XMLWriter` does.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []
    private var firstError: XMLCharacterError?

    init(capacity: Int = 65_536) { bytes.reserveCapacity(capacity) }

    /// Markup written as given (the caller's constants and numbers).
    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// `<name a="v" …>`: values escaped, attributes in the order given.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        raw("<" + name)
        for (key, value) in attributes {
            raw(" " + key + "=\"")
            escape(value, inAttribute: true)
            raw("\"")
        }
        raw(">")
    }

    mutating func close(_ name: String) { raw("</" + name + ">") }

    /// Bytes another `HTMLWriter` finished (the body both files share).
    mutating func append(_ finished: [UInt8]) { bytes.append(contentsOf: finished) }

    /// Escaped character data.
    mutating func text(_ s: String) { escape(s, inAttribute: false) }

    mutating func finish() throws(XMLCharacterError) -> [UInt8] {
        if let firstError { throw firstError }
        return bytes
    }

    private mutating func escape(_ s: String, inAttribute: Bool) {
        var clean = true
        for b in s.utf8 where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0xEF {
            clean = false
            break
        }
        if clean {
            bytes.append(contentsOf: s.utf8)
            return
        }
        for (offset, scalar) in s.unicodeScalars.enumerated() {
            switch scalar {
            case "&": raw("&amp;")
            case "<": raw("&lt;")
            case ">": raw("&gt;")
            case "\"" where inAttribute: raw("&quot;")
            // A bare CR would be folded into the next line feed by the HTML parser.
            case "\r": raw("&#13;")
            default:
                if XMLCharacters.isAllowed(scalar) {
                    UTF8.encode(scalar) { bytes.append($0) }
                } else if firstError == nil {
                    firstError = XMLCharacterError(scalar: scalar.value, offset: offset,
                                                   context: String(s.unicodeScalars.prefix(24).map(Character.init)))
                }
            }
        }
    }
}
