/// `META-INF/manifest.xml`: every file of the package with its media type.
enum ODFManifestPart {
    static func xml(files: [String]) -> [UInt8] {
        var xml = XMLWriter(capacity: 1024)
        xml.declaration(standalone: false)
        xml.start("manifest:manifest", ["xmlns:manifest": ODFNamespace.manifest, "manifest:version": ODFNamespace.version])
        xml.empty("manifest:file-entry", [
            "manifest:full-path": "/", "manifest:version": ODFNamespace.version, "manifest:media-type": ODFNamespace.mediaType,
        ])
        for file in files {
            xml.empty("manifest:file-entry", ["manifest:full-path": file, "manifest:media-type": "text/xml"])
        }
        return try! xml.finish()  // constant ASCII names only
    }
}
