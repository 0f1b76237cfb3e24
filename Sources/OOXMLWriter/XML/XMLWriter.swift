/// A streaming XML writer into a byte buffer.
///
/// Text and attribute values are always escaped; names are the caller's constants and are
/// written as given. Attributes are written in the order given, so output is stable.
/// A character XML 1.0 forbids is not written: the first one is remembered and `finish()`
/// throws it, so a bad document can never be produced.
public struct XMLWriter {
    public private(set) var bytes: [UInt8] = []
    private var stack: [String] = []
    private var startTagOpen = false
    private var firstError: XMLCharacterError?

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline.
    public mutating func declaration(standalone: Bool = true) {
        raw(standalone
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Opens `<name attr="value" …>`; children follow until `end()`.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for (key, value) in attributes { attribute(key, value) }
        stack.append(name)
        startTagOpen = true
    }

    /// Like `start`, with attributes built at run time (order kept).
    public mutating func start(_ name: String, attributes: [(String, String)]) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for (key, value) in attributes { attribute(key, value) }
        stack.append(name)
        startTagOpen = true
    }

    /// Closes the innermost open element (as `<x/>` when it got no content).
    public mutating func end() {
        guard let name = stack.popLast() else {
            preconditionFailure("XMLWriter.end() without an open element")
        }
        if startTagOpen {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        } else {
            bytes.append(UInt8(ascii: "<"))
            bytes.append(UInt8(ascii: "/"))
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// An element with no children.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        end()
    }

    /// An element with no children, attributes built at run time.
    public mutating func empty(_ name: String, attributes: [(String, String)]) {
        start(name, attributes: attributes)
        end()
    }

    /// An element holding only `text`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// Escaped character data: `&`, `<`, `>` and CR become references.
    public mutating func text(_ text: String) {
        closeStartTag()
        escape(text, inAttribute: false)
    }

    /// Inserts the finished output of another `XMLWriter` here (a fragment written before
    /// what precedes it was known, such as a body whose automatic styles come first).
    public mutating func embed(_ fragment: [UInt8]) {
        closeStartTag()
        bytes.append(contentsOf: fragment)
    }

    /// Closes every open element and returns the document, or the first forbidden character.
    public mutating func finish() throws(XMLCharacterError) -> [UInt8] {
        while !stack.isEmpty { end() }
        if let firstError { throw firstError }
        return bytes
    }

    // MARK: - Private

    private mutating func attribute(_ key: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: key.utf8)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        escape(value, inAttribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    private mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func escape(_ s: String, inAttribute: Bool) {
        // Fast path: nothing to escape or check (most text in a report).
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
            case "\t" where inAttribute: raw("&#9;")
            case "\n" where inAttribute: raw("&#10;")
            case "\r": raw("&#13;")
            default:
                if XMLCharacters.isAllowed(scalar) {
                    UTF8.encode(scalar) { bytes.append($0) }
                } else if firstError == nil {
                    firstError = XMLCharacterError(
                        scalar: scalar.value, offset: offset,
                        context: String(s.unicodeScalars.prefix(24).map(Character.init))
                    )
                }
            }
        }
    }
}
