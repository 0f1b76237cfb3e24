import OOXMLWriter

/// DOCX and ODT are ZIPs whose entries carry a CRC-32, so almost every mutation of a real package
/// is refused before any XML is parsed. An input that does not start like a ZIP is therefore
/// taken as the package's main part itself and wrapped in a fresh, valid ZIP: the fuzzer then
/// mutates the XML directly, while inputs that are ZIPs still exercise the ZIP reader.
public enum PackagedPart {
    public static func package(_ bytes: [UInt8], as name: String) -> [UInt8] {
        if bytes.starts(with: [0x50, 0x4B]) { return bytes }  // "PK"
        var zip = ZipWriter()
        zip.add(name, bytes, method: .stored)
        return zip.finish()
    }
}
