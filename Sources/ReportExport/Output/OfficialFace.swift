/// A face GB/T 9704 prescribes for an official document and Linux does not ship, with the names
/// its real font file carries into a PDF (`/BaseFont`, the PostScript name), so a print can tell
/// the real face from a stand-in whatever fontconfig did.
public struct OfficialFace: Sendable, Hashable {
    /// The name the documents use (templates/styles/gbt9704.yaml).
    public let name: String
    /// PostScript and family names of the real font.
    let realNames: [String]

    public static let all: [OfficialFace] = [
        OfficialFace(name: "仿宋_GB2312", realNames: ["FangSong_GB2312", "仿宋_GB2312"]),
        OfficialFace(name: "方正小标宋简体", realNames: ["FZXBSJW--GB1-0", "FZXiaoBiaoSong-B05S", "方正小标宋简体"]),
        OfficialFace(name: "黑体", realNames: ["SimHei", "黑体"]),
        OfficialFace(name: "楷体_GB2312", realNames: ["KaiTi_GB2312", "楷体_GB2312"]),
    ]

    /// Whether an embedded font (subset prefix already gone) is this face's real font.
    func isReal(_ embedded: String) -> Bool {
        let key = Self.key(embedded)
        return realNames.contains { Self.key($0) == key }
    }

    /// Case, spaces, hyphens and underscores do not tell fonts apart in a PDF name.
    private static func key(_ name: String) -> String {
        String(name.lowercased().filter { !" -_".contains($0) })
    }
}
