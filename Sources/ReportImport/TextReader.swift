import ReportExport
/// Plain text in its several shapes: Word's "save as text" dump (tab-indented table cells),
/// Markdown, a page with no line breaks at all, or lines as a PDF or a web page gives them.
/// Form feeds (a PDF's page breaks) and other control characters are line breaks here: they
/// must never reach a report file.
enum TextReader {
    static func read(_ raw: String, kind: String, templates: TemplateLibrary,
                     limits: ImportLimits = ImportLimits()) throws(DocumentReaders.Failure) -> ImportedDocument {
        var controls = 0
        // A lone CR (classic Mac OS) is a line break; CRLF stays as it was.
        let scalars = Array(raw.unicodeScalars)
        let text = String(String.UnicodeScalarView(scalars.indices.map { i -> Unicode.Scalar in
            let s = scalars[i]
            if s == "\r" { return i + 1 < scalars.count && scalars[i + 1] == "\n" ? s : "\n" }
            if s == "\t" || s == "\n" { return s }
            if s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0xFFFE || s.value == 0xFFFF { controls += 1; return "\n" }
            return s
        }))
        var document: ImportedDocument
        if kind == "md" || kind == "markdown" || (kind != "txt" && MarkdownReader.looksLikeMarkdown(text)) {
            document = MarkdownReader.read(text)
        } else if RunOnText.applies(text) {
            document = RunOnText.read(text, templates: templates)
        } else {
            document = try DocumentReaders.text(text, limits: limits)
        }
        if controls > 0 { document.notes.append("\(controls) 个控制字符（如 PDF 的换页符）按换行读入") }
        return document
    }
}
