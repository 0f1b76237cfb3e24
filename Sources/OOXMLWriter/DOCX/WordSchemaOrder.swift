/// The child order of each WordprocessingML property element we write, from wml.xsd
/// (ECMA-376 transitional). Each list is the schema's sequence, trimmed to what we use;
/// the XSD test catches any drift.
enum WordSchemaOrder {
    /// CT_PPrBase, then CT_PPr's tail.
    static let pPr = SchemaOrder([
        "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
        "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
        "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
    ])
    /// EG_RPrBase.
    static let rPr = SchemaOrder([
        "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
        "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
        "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
        "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
        "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
    ])
    /// CT_SectPr.
    static let sectPr = SchemaOrder([
        "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz",
        "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt",
        "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
        "w:printerSettings", "w:sectPrChange",
    ])
    /// CT_TblPrBase.
    static let tblPr = SchemaOrder([
        "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
        "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
        "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
    ])
    /// CT_TblBorders.
    static let tblBorders = SchemaOrder(["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"])
    /// CT_TblCellMar.
    static let tblCellMar = SchemaOrder(["w:top", "w:left", "w:bottom", "w:right"])
    /// CT_TrPrBase is a choice; we keep one fixed order for stable output.
    static let trPr = SchemaOrder(["w:cantSplit", "w:trHeight", "w:tblHeader"])
    /// CT_TcPr.
    static let tcPr = SchemaOrder([
        "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
        "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    ])
    /// CT_Style.
    static let style = SchemaOrder([
        "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
        "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
        "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr",
        "w:tblStylePr",
    ])
    /// CT_Font.
    static let font = SchemaOrder(["w:altName", "w:panose1", "w:charset", "w:family", "w:notTrueType", "w:pitch", "w:sig"])
    /// CT_Settings, trimmed.
    static let settings = SchemaOrder([
        "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
        "w:embedTrueTypeFonts", "w:mirrorMargins", "w:proofState", "w:defaultTabStop",
        "w:autoHyphenation", "w:evenAndOddHeaders", "w:characterSpacingControl", "w:compat",
        "w:themeFontLang", "w:decimalSymbol", "w:listSeparator",
    ])
}
