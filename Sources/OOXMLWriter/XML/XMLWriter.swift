/// A streaming XML writer into a byte buffer.
///
/// Text and attribute values are always escaped; names are the caller's constants and are
/// written as given. Attributes are written in the order given, so output is stable.
/// A character XML 1.0 forbids is not written: the first one is remembered and `finish()`
/// throws it, so a bad document can never be produced.
public struct XMLWriter {
    public private(set) var bytes: [UInt8] = []
    /// Where each open element's name stands in `bytes` (its end tag copies it from there:
    /// no String kept, retained and released per element).
    private var stack: [(at: Int, count: Int)] = []
    private var startTagOpen = false
    private var firstError: XMLCharacterError?

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer into `buffer`, emptied first (its capacity is what is wanted: see `ScratchBuffers`).
    init(buffer: [UInt8]) {
        bytes = buffer
        bytes.removeAll(keepingCapacity: true)
    }

    /// The document, as `finish`, moved out: the writer keeps no reference to it, so the
    /// caller may hand the buffer back to `ScratchBuffers` when done with it.
    mutating func finishTaking() throws(XMLCharacterError) -> [UInt8] {
        let out = try finish()
        bytes = []
        return out
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
        let at = bytes.count
        bytes.append(contentsOf: name.utf8)
        stack.append((at, bytes.count - at))
        for (key, value) in attributes { writeAttribute(key, value) }
        startTagOpen = true
    }

    /// Like `start`, with attributes built at run time (order kept).
    public mutating func start(_ name: String, attributes: [(String, String)]) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        let at = bytes.count
        bytes.append(contentsOf: name.utf8)
        stack.append((at, bytes.count - at))
        for (key, value) in attributes { writeAttribute(key, value) }
        startTagOpen = true
    }

    /// Opens `<name>` with no attributes yet: `attribute(_:_:)` may add them (no pairs are
    /// built, which the hot paths of a body avoid).
    public mutating func start(_ name: String) {
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        let at = bytes.count
        bytes.append(contentsOf: name.utf8)
        stack.append((at, bytes.count - at))
        startTagOpen = true
    }

    /// Opens an element from a start tag written before by `openTag` (`<name attr="v"`, no
    /// `>`): the same bytes as `start` and `attribute`, without escaping the same values again
    /// for every row, cell and paragraph that repeats them.
    public mutating func start(_ tag: OpenTag) {
        closeStartTag()
        stack.append((bytes.count + 1, tag.nameLength))
        bytes.append(contentsOf: tag.bytes)
        startTagOpen = true
    }

    /// A start tag to reuse with `start(_:)`: `<name` and its attributes, escaped once.
    public static func openTag(_ name: String, _ attributes: [(String, String)]) -> OpenTag {
        var w = XMLWriter(capacity: 64)
        w.start(name, attributes: attributes)
        // A value XML cannot carry leaves the tag empty of it; the caller's `finish` still
        // throws, because such values are escaped through `attribute` there instead.
        return OpenTag(bytes: w.bytes, nameLength: name.utf8.count, clean: w.firstError == nil)
    }

    /// One more attribute on the element just opened (before any content).
    public mutating func attribute(_ key: String, _ value: String) {
        precondition(startTagOpen, "XMLWriter.attribute(\(key)) after the start tag was closed")
        writeAttribute(key, value)
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
            // Copied out to the stack first: appending from the buffer being appended to is
            // not allowed.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { copy in
                bytes.withUnsafeBufferPointer { buffer in
                    _ = copy.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: buffer[name.at..<(name.at + name.count)]))
                }
                bytes.append(contentsOf: UnsafeBufferPointer(copy))
            }
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

    private mutating func writeAttribute(_ key: String, _ value: String) {
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
        // One pass over the UTF-8: runs of bytes that need nothing are copied whole, so
        // Chinese text (full-width punctuation included) costs a scan and a copy.
        var s = s
        let start = bytes.count
        let clean = s.withUTF8 { src -> Bool in
            let classes = inAttribute ? XMLEscapeClass.attribute : XMLEscapeClass.text
            var run = 0, i = 0
            let n = src.count
            while i < n {
                let cls = classes[Int(src[i])]
                if cls == XMLEscapeClass.pass { i += 1; continue }
                if cls == XMLEscapeClass.lead {
                    // EF BF BE / EF BF BF are U+FFFE / U+FFFF, which XML forbids.
                    if i + 2 < n, src[i + 1] == 0xBF, src[i + 2] >= 0xBE { return false }
                    i += 1
                    continue
                }
                if cls == XMLEscapeClass.forbidden { return false }
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: src[run..<i])) }
                bytes.append(contentsOf: XMLEscapeClass.reference(src[i]))
                i += 1
                run = i
            }
            if n > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: src[run..<n])) }
            return true
        }
        if clean { return }
        // A forbidden character: redo this text scalar by scalar, to name it and where it is.
        bytes.removeSubrange(start...)
        escapeScalars(s, inAttribute: inAttribute)
    }

    private mutating func escapeScalars(_ s: String, inAttribute: Bool) {
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

/// A start tag made once and written many times (see `XMLWriter.start(_:)`).
public struct OpenTag: Sendable, Equatable {
    let bytes: [UInt8]
    let nameLength: Int
    /// False when an attribute held a character XML forbids: such a tag is never used.
    let clean: Bool

    public var isReusable: Bool { clean }
}
