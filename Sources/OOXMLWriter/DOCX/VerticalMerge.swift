/// A cell's part in a vertical merge, as `w:vMerge` says it: the first cell of the span, or one
/// the span continues through.
enum VerticalMerge: Hashable, Sendable {
    case restart
    case `continue`
}
