/// Page geometry and the footers of a run of pages.
public struct Section: Sendable, Hashable {
    public var pageWidth: Length
    public var pageHeight: Length
    public var marginTop: Length
    public var marginBottom: Length
    public var marginLeft: Length
    public var marginRight: Length
    /// From the bottom edge of the page to the bottom of the footer.
    public var footerDistance: Length
    /// Line pitch of the section's line grid; nil for no grid.
    public var linePitch: Length?
    /// Footer of odd pages (and of every page when `evenFooter` is nil).
    public var oddFooter: [Paragraph]
    public var evenFooter: [Paragraph]?

    public init(pageWidth: Length, pageHeight: Length, marginTop: Length, marginBottom: Length,
                marginLeft: Length, marginRight: Length, footerDistance: Length, linePitch: Length? = nil,
                oddFooter: [Paragraph] = [], evenFooter: [Paragraph]? = nil) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.footerDistance = footerDistance
        self.linePitch = linePitch
        self.oddFooter = oddFooter
        self.evenFooter = evenFooter
    }

    /// Width of the text block.
    public var textWidth: Length { pageWidth - marginLeft - marginRight }
}
