/// A raw value as an input hands it to the builder, with where it stands.
public enum Given: Sendable {
    /// Not in the input at all.
    case absent
    /// Text as written (the adapter trims what its syntax trims).
    case text(String, at: SourceLocation)
    /// Something that is not text where text belongs (a YAML list or mapping).
    case notText(at: SourceLocation)
}
