/// Writes a `Document` as HTML for a web portal: a self-contained page (inline CSS, no script,
/// nothing fetched) and a fragment (the body alone, after its small `<style>`) for a portal's
/// rich-text editor. Same document, same bytes.
public enum HTMLSerializer {
    /// The page: `<!DOCTYPE html>`, the document's language, title and author, the style sheet
    /// (screen and print), and the body.
    public static func page(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        let blocks = HTMLBlockWriter(document)
        return try page(document, blocks, body: try body(blocks))
    }

    /// The fragment: its `<style>` first, then the report in a `<div class="gk">` carrying the
    /// language, so it keeps its looks and its language wherever it is pasted.
    public static func fragment(_ document: Document) throws(XMLCharacterError) -> [UInt8] {
        let blocks = HTMLBlockWriter(document)
        return try fragment(document, blocks, body: try body(blocks))
    }

    /// Both files, the body written once.
    public static func pageAndFragment(_ document: Document) throws(XMLCharacterError) -> (page: [UInt8], fragment: [UInt8]) {
        let blocks = HTMLBlockWriter(document)
        let body = try body(blocks)
        return (try page(document, blocks, body: body), try fragment(document, blocks, body: body))
    }

    static func body(_ blocks: HTMLBlockWriter) throws(XMLCharacterError) -> [UInt8] {
        var w = HTMLWriter()
        blocks.body(&w)
        return try w.finish()
    }

    static func page(_ document: Document, _ blocks: HTMLBlockWriter, body: [UInt8]) throws(XMLCharacterError) -> [UInt8] {
        let p = document.properties
        var w = HTMLWriter()
        w.raw("<!DOCTYPE html>\n")
        w.open("html", [("lang", p.language)])
        w.raw("\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        w.open("title")
        w.text(p.title)
        w.raw("</title>\n")
        if !p.creator.isEmpty {
            w.open("meta", [("name", "author"), ("content", p.creator)])
            w.raw("\n")
        }
        if let subject = p.subject, !subject.isEmpty {
            w.open("meta", [("name", "description"), ("content", subject)])
            w.raw("\n")
        }
        w.open("meta", [("name", "generator"), ("content", p.generator)])
        w.raw("\n<style>\n" + blocks.sheet.page + "\n</style>\n</head>\n<body>\n")
        w.raw("<main class=\"gk\">\n")
        w.append(body)
        w.raw("</main>\n</body>\n</html>\n")
        return try w.finish()
    }

    static func fragment(_ document: Document, _ blocks: HTMLBlockWriter, body: [UInt8]) throws(XMLCharacterError) -> [UInt8] {
        var w = HTMLWriter(capacity: body.count + 4096)
        w.raw("<style>\n" + blocks.sheet.report + "\n</style>\n")
        w.open("div", [("class", "gk"), ("lang", document.properties.language)])
        w.raw("\n")
        w.append(body)
        w.raw("</div>\n")
        return try w.finish()
    }
}
