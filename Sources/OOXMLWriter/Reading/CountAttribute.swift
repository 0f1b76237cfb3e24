/// Span, repeat and white-space counts read from a document's attributes. Whatever the file
/// says, the result is nil (use the default) or a positive Int that cannot overflow when added
/// to a capped position: more than nine digits reads as `Int.max`, which fails every cap.
public enum CountAttribute {
    /// An XML count (`w:gridSpan`, `table:number-columns-repeated`, `text:c`, …): digits only,
    /// around white space, with an optional "+". Malformed, zero or negative → nil, as office
    /// suites fall back to the default.
    public static func xml(_ value: String?) -> Int? {
        guard var s = value?.utf8[...] else { return nil }
        while let f = s.first, isSpace(f) { s = s.dropFirst() }
        while let l = s.last, isSpace(l) { s = s.dropLast() }
        if s.first == 0x2B { s = s.dropFirst() }
        guard !s.isEmpty, s.allSatisfy(isDigit) else { return nil }
        return number(s)
    }

    /// HTML's rules for parsing a non-negative integer (`colspan`, `rowspan`): leading white
    /// space, an optional "+", then the digits up to the first non-digit ("2abc" is 2).
    public static func html(_ value: String?) -> Int? {
        guard var s = value?.utf8[...] else { return nil }
        while let f = s.first, isSpace(f) || f == 0x0C { s = s.dropFirst() }
        if s.first == 0x2B { s = s.dropFirst() }
        return number(s.prefix(while: isDigit))
    }

    private static func number(_ digits: Substring.UTF8View.SubSequence) -> Int? {
        let significant = digits.drop { $0 == 0x30 }
        guard significant.count <= 9 else { return Int.max }
        let n = significant.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return n > 0 ? n : nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
