/// A font the document names, with what to use where it is missing.
public struct FontFace: Sendable, Hashable {
    /// What the face looks like; each format maps this onto its own family classification.
    public enum Look: String, Sendable {
        case serif, sans, script, monospace, decorative
    }

    /// The name runs refer to (the official font, e.g. 仿宋_GB2312).
    public var name: String
    /// Other names of the same or an equivalent face, best first.
    public var fallbacks: [String]
    public var look: Look
    /// Whether it is a CJK face (GB2312 character set).
    public var eastAsian: Bool
    /// Fixed-pitch (every CJK face is, for its ideographs) or variable.
    public var fixedPitch: Bool
    /// The PANOSE-1 classification as 20 hex digits, when known.
    public var panose: String?

    public init(name: String, fallbacks: [String] = [], look: Look, eastAsian: Bool,
                fixedPitch: Bool = false, panose: String? = nil) {
        self.name = name
        self.fallbacks = fallbacks
        self.look = look
        self.eastAsian = eastAsian
        self.fixedPitch = fixedPitch
        self.panose = panose
    }
}
