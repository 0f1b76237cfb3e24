import OOXMLWriter

/// The cell looks of a report workbook, from the style set the documents use: table heads,
/// labels and numbers in the faces and sizes the DOCX prints them in.
struct WorkbookFormats {
    let head: CellFormat
    let label: CellFormat
    let labelLeft: CellFormat
    let input: CellFormat
    let total: CellFormat
    let check: CellFormat
    let checkLabel: CellFormat
    let title: CellFormat
    let heading: CellFormat
    let note: CellFormat
    let text: CellFormat
    let textInput: CellFormat

    init(styles: StyleSet) {
        func paragraph(_ id: StyleID) -> StyleSet.Paragraph? { styles.paragraphs[id.rawValue] }
        let headFont = paragraph(.tableHead)?.font ?? "黑体", labelFont = paragraph(.tableLabel)?.font ?? "仿宋_GB2312"
        let numberFont = paragraph(.tableNumber)?.font ?? labelFont
        let size = Length.pt(paragraph(.tableLabel)?.size ?? 10.5)
        head = CellFormat(fontName: headFont, fontSize: size, horizontal: .center, wrap: true, bordered: true)
        label = CellFormat(fontName: labelFont, fontSize: size, horizontal: .center, wrap: true, bordered: true)
        labelLeft = CellFormat(fontName: labelFont, fontSize: size, horizontal: .left, wrap: true, bordered: true)
        input = CellFormat(fontName: numberFont, fontSize: size, horizontal: .center, bordered: true, locked: false)
        total = CellFormat(fontName: numberFont, fontSize: size, horizontal: .center, bordered: true)
        check = CellFormat(fontName: numberFont, fontSize: size, horizontal: .center, wrap: true)
        checkLabel = CellFormat(fontName: labelFont, fontSize: size, horizontal: .right, wrap: true)
        let headingFont = paragraph(.heading1)?.font ?? headFont
        title = CellFormat(fontName: paragraph(.title)?.font ?? headingFont, fontSize: .pt(16), horizontal: .center)
        heading = CellFormat(fontName: headingFont, fontSize: .pt(12), horizontal: .left)
        note = CellFormat(fontName: labelFont, fontSize: size, horizontal: .left, vertical: .top, wrap: true)
        text = CellFormat(fontName: headingFont, fontSize: .pt(12), horizontal: .left, vertical: .top, wrap: true, bordered: true)
        textInput = CellFormat(fontName: paragraph(.body)?.font ?? labelFont, fontSize: .pt(12), horizontal: .left, vertical: .top,
                               wrap: true, bordered: true, locked: false, numberFormat: 49)
    }
}
