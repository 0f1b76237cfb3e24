/// `settings.xml`: the one application setting the document needs. ODF has no keep-with-next
/// for table rows; LibreOffice keeps a row with the next one when the row's first paragraph
/// keeps with the next (`fo:keep-with-next`), but only under its `TableRowKeep` setting, which
/// it turns off for an ODT that does not say it (it is on for DOCX, as in Word).
enum ODFSettingsPart {
    static func xml() -> [UInt8] {
        var xml = XMLWriter(capacity: 512)
        xml.declaration(standalone: false)
        xml.start("office:document-settings", [
            "xmlns:office": ODFNamespace.office, "xmlns:config": ODFNamespace.config, "xmlns:ooo": ODFNamespace.ooo,
            "office:version": ODFNamespace.version,
        ])
        xml.start("office:settings")
        // The set's name is a plain string to ODF, but LibreOffice reads its prefix as a
        // namespace: without `xmlns:ooo` the set is ignored.
        xml.start("config:config-item-set", ["config:name": "ooo:configuration-settings"])
        xml.element("config:config-item", ["config:name": "TableRowKeep", "config:type": "boolean"], text: "true")
        return try! xml.finish()  // constant ASCII only
    }
}
