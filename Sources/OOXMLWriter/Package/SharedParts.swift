/// A format's frame-only parts, compressed, for one frame: the serializers' cache, kept beside
/// them so the neutral tree (Document/) depends on neither XML nor ZIP.
public struct SharedParts: Sendable {
    public let frame: DocumentFrame
    let entries: [String: ZipEntry]

    init(frame: DocumentFrame, entries: [String: ZipEntry]) {
        self.frame = frame
        self.entries = entries
    }

    /// `shared` when it was made for `document`'s frame, else freshly made ones.
    static func reusing(_ shared: SharedParts?, for document: Document,
                        else make: (Document) throws(XMLCharacterError) -> SharedParts) throws(XMLCharacterError) -> SharedParts {
        if let shared, shared.frame == DocumentFrame(document) { return shared }
        return try make(document)
    }
}
