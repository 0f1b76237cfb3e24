/// JSON may indent with tabs, which YAML's block style refuses; outside strings (where JSON
/// allows no raw tab) a tab is only white space, so each becomes a space.
enum JSONTabs {
    /// `text` with every tab a space; `text` itself (no copy) when it has none.
    static func spaced(_ text: String) -> String {
        guard text.containsUTF8(0x09) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            // One copy, tabs replaced as it goes: a tab-indented JSON file has thousands.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count {
                    let byte = bytes[i]
                    out[i] = byte == 0x09 ? 0x20 : byte
                }
                return bytes.count
            }
        }
    }
}
