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
        switch self {
        case .body: return "Body"
        case .attachment: return "Attachment"
        case .title: return "Title"
        case .heading1: return "Heading1"
        case .heading2: return "Heading2"
        case .heading3: return "Heading3"
        case .heading4: return "Heading4"
        case .signature: return "Signature"
        case .tableLabel: return "TableLabel"
        case .tableHead: return "TableHead"
        case .tableNumber: return "TableNumber"
        case .pageNumber: return "PageNumber"
        }
    }
}
