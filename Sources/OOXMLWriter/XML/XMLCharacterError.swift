/// A character that XML 1.0 cannot carry at all, not even as a character reference
/// (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF).
///
/// The writer refuses such text instead of dropping or replacing it: silently changing a
/// report's words is worse than stopping. Callers that read user input check it first
/// (`XMLCharacters.firstForbidden`) so the user hears about it with a file and a line.
public struct XMLCharacterError: Error, Equatable, CustomStringConvertible {
    /// The offending scalar's value.
    public let scalar: UInt32
    /// Its offset, in Unicode scalars, inside the text that was being written.
    public let offset: Int
    /// The first characters of that text, for the message.
    public let context: String

    public init(scalar: UInt32, offset: Int, context: String) {
        self.scalar = scalar
        self.offset = offset
        self.context = context
    }

    public var description: String {
        "text contains U+\(String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)), which XML 1.0 does not allow (at character \(offset + 1) of “\(context)”)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
