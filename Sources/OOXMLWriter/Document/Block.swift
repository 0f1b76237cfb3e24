/// Something that stands in the flow of a page.
public enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case table(Table)
}
