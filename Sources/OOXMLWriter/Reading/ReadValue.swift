/// A setting read back from a document's markup, in neutral terms: a length converted from the
/// format's unit, a yes/no, or the markup's own text where the format says it in words or in
/// units we do not convert (ODF's "16pt", "justify").
public enum ReadValue: Sendable, Equatable {
    case length(Length)
    case flag(Bool)
    case text(String)
}
