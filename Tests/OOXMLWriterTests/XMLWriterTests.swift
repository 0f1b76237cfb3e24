import OOXMLWriter
import Testing
import TestSupport

@Suite struct XMLWriterTests {
    @Test func escapesTextAndAttributesSoLibxml2ReadsThemBack() throws {
        let tricky = "A & B < C > D \"quoted\" 'single'\ttab\nnewline 《公开》"
        var xml = XMLWriter()
        xml.declaration()
        xml.start("root", ["attr": tricky])
        xml.text(tricky)
        let bytes = try xml.finish()
        let root = try SafeXMLParser.parse(bytes)
        #expect(root.text == tricky)
        // Tab and newline survive in an attribute only as character references.
        #expect(root.attribute("attr") == tricky)
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("&amp; B &lt; C &gt; D"))
        #expect(raw.contains("attr=\"A &amp; B &lt; C &gt; D &quot;quoted&quot; 'single'&#9;tab&#10;newline"))
    }

    @Test func chineseTextWithFullWidthPunctuationIsCopiedAndEscapedByteForByte() throws {
        // Full-width punctuation starts with 0xEF, as U+FFFE/U+FFFF do: it must pass, and
        // escapes between Chinese runs must land where the scalar path put them.
        let text = "（一）主动公开情况，“政府信息”：A&B<C>D\t\n\r；〇"
        var xml = XMLWriter()
        xml.start("r")
        xml.attribute("v", text)
        xml.text(text)
        let raw = String(decoding: try xml.finish(), as: UTF8.self)
        #expect(raw == "<r v=\"（一）主动公开情况，“政府信息”：A&amp;B&lt;C&gt;D&#9;&#10;&#13;；〇\">"
            + "（一）主动公开情况，“政府信息”：A&amp;B&lt;C&gt;D\t\n&#13;；〇</r>")
    }

    @Test func attributesAddedAfterStartMatchThePairsForm() throws {
        var pairs = XMLWriter(), added = XMLWriter()
        pairs.start("table:table-cell", ["table:style-name": "ce1", "table:number-columns-spanned": "2"])
        pairs.text("1")
        pairs.end()
        added.start("table:table-cell")
        added.attribute("table:style-name", "ce1")
        added.attribute("table:number-columns-spanned", "2")
        added.text("1")
        added.end()
        #expect(try pairs.finish() == added.finish())
    }

    @Test func aReusedStartTagWritesWhatStartAndAttributesWrite() throws {
        // With content, empty (`/>`), nested, and with a value that needs escaping.
        let tag = XMLWriter.openTag("text:p", [("text:style-name", "P<1>&\"")])
        var long = XMLWriter(), reused = XMLWriter()
        for writer in [0, 1] {
            func open(_ xml: inout XMLWriter) {
                if writer == 0 {
                    xml.start("text:p")
                    xml.attribute("text:style-name", "P<1>&\"")
                } else {
                    xml.start(tag)
                }
            }
            var xml = XMLWriter()
            xml.start("office:text")
            open(&xml)
            xml.text("一")
            xml.end()
            open(&xml)
            xml.end()
            open(&xml)
            open(&xml)
            xml.end()
            xml.end()
            if writer == 0 { long = xml } else { reused = xml }
        }
        let expected = try long.finish()
        #expect(try reused.finish() == expected)
        #expect(String(decoding: expected, as: UTF8.self)
            == #"<office:text><text:p text:style-name="P&lt;1&gt;&amp;&quot;">一</text:p><text:p text:style-name="P&lt;1&gt;&amp;&quot;"/><text:p text:style-name="P&lt;1&gt;&amp;&quot;"><text:p text:style-name="P&lt;1&gt;&amp;&quot;"/></text:p></office:text>"#)
    }

    @Test func aStartTagWithAForbiddenCharacterIsNotReusable() {
        #expect(XMLWriter.openTag("text:p", [("text:style-name", "P\u{1}")]).isReusable == false)
        #expect(XMLWriter.openTag("text:p", [("text:style-name", "P1")]).isReusable)
    }

    @Test func forbiddenCharacterAfterEscapesIsNamedAtItsScalarOffset() throws {
        var xml = XMLWriter()
        let text = "甲&乙\u{FFFF}"
        xml.element("r", text: text)
        #expect(throws: XMLCharacterError(scalar: 0xFFFF, offset: 3, context: text)) { try xml.finish() }
    }

    @Test func carriageReturnSurvivesInText() throws {
        var xml = XMLWriter()
        xml.element("r", text: "a\r\nb")
        #expect(try SafeXMLParser.parse(try xml.finish()).text == "a\r\nb")
    }

    @Test(arguments: [0x0 as UInt32, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF])
    func refusesCharactersXMLForbids(_ value: UInt32) throws {
        var xml = XMLWriter()
        let text = "前文" + String(Unicode.Scalar(value)!) + "后文"
        xml.element("r", text: text)
        #expect(throws: XMLCharacterError(scalar: value, offset: 2, context: text)) { try xml.finish() }
    }

    @Test func refusesForbiddenCharactersInAttributesToo() {
        var xml = XMLWriter()
        xml.empty("r", ["v": "x\u{7}"])
        #expect(throws: XMLCharacterError.self) { try xml.finish() }
    }

    @Test func allowsEverythingXMLAllows() throws {
        let text = "\t\n\u{20}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}𠀀"
        var xml = XMLWriter()
        xml.element("r", text: text)
        #expect(try SafeXMLParser.parse(try xml.finish()).text == text)
        #expect(XMLCharacters.firstForbidden(in: text) == nil)
    }

    @Test func emptyElementsSelfCloseAndAttributesKeepOrder() throws {
        var xml = XMLWriter()
        xml.start("a")
        xml.empty("b", ["z": "1", "a": "2"])
        let raw = String(decoding: try xml.finish(), as: UTF8.self)
        #expect(raw == "<a><b z=\"1\" a=\"2\"/></a>")
    }
}

@Suite struct SchemaValidatorTests {
    @Test(.needsShared) func catchesAnElementOutOfSchemaOrder() {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        // w:jc before w:spacing breaks CT_PPr's sequence.
        let bad = "<w:document xmlns:w=\"\(w)\"><w:body><w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:line=\"579\"/></w:pPr></w:p></w:body></w:document>"
        #expect(!Schemas.wml.errors(in: Array(bad.utf8)).isEmpty)
        let good = bad.replacingOccurrences(of: "<w:jc w:val=\"center\"/><w:spacing w:line=\"579\"/>", with: "<w:spacing w:line=\"579\"/><w:jc w:val=\"center\"/>")
        #expect(Schemas.wml.errors(in: Array(good.utf8)).isEmpty)
    }
}
