/// The paragraph kinds the layout uses, each a named style in the output and an entry of
/// the style set's `paragraphs`.
enum StyleID: String, CaseIterable {
    case body, attachment, title, heading1, heading2, heading3, heading4, signature
    case tableLabel = "table_label"
    case tableHead = "table_head"
    case tableNumber = "table_number"
    case pageNumber = "page_number"

    /// The ASCII style id written into the document.
    var documentID: String {
        rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
