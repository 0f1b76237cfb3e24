/// JSON may indent with tabs, which YAML's block style refuses; outside strings (where JSON
/// allows no raw tab) a tab is only white space, so each becomes a space.
enum JSONTabs {
    /// `text` with every tab a space; `text` itself (no copy) when it has none, as most do.
    static func spaced(_ text: String) -> String {
        guard text.containsUTF8(0x09) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }
}
