/// The units an amount may carry (万元, 万, 元), known in one place: the parser reads them, the
/// aggregation keeps them apart.
public enum AmountUnit {
    /// Longest first, so 万元 is not read as 万 followed by 元.
    public static let all = ["万元", "万", "元"]

    /// `text` split into its number and its unit ("" when it has none).
    public static func split<S: StringProtocol>(_ text: S) -> (number: S.SubSequence, unit: String) {
        for unit in all where text.hasSuffix(unit) {
            return (text.dropLast(unit.count), unit)
        }
        return (text[...], "")
    }
}
