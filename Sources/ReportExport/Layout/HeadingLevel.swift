import Foundation

/// The level a narrative paragraph's opening marker gives it (print.md, "Text hierarchy"):
/// 一、 → 1, （一） → 2, 1. → 3, （1） → 4; no marker → body text.
enum HeadingLevel {
    static func of(_ text: String) -> (level: Int, markerEnd: String.Index)? {
        let scalars = Array(text.unicodeScalars.prefix(12))
        func isHanNumeral(_ c: Unicode.Scalar) -> Bool { "〇一二三四五六七八九十百".unicodeScalars.contains(c) }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func end(_ n: Int) -> String.Index { text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: n) }
        guard let first = scalars.first else { return nil }

        // 一、
        if isHanNumeral(first) {
            var i = 0
            while i < scalars.count, isHanNumeral(scalars[i]) { i += 1 }
            if i < scalars.count, scalars[i] == "、" { return (1, end(i + 1)) }
            return nil
        }
        // （一） or （1）, full- or half-width brackets
        if first == "（" || first == "(" {
            var i = 1
            let han = i < scalars.count && isHanNumeral(scalars[i])
            while i < scalars.count, han ? isHanNumeral(scalars[i]) : isDigit(scalars[i]) { i += 1 }
            if i > 1, i < scalars.count, scalars[i] == "）" || scalars[i] == ")" {
                return (han ? 2 : 4, end(i + 1))
            }
            return nil
        }
        // 1. or 1、 (but not 2020年 or 3.5亿)
        if isDigit(first) {
            var i = 0
            while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            guard i <= 2, i < scalars.count else { return nil }
            let mark = scalars[i]
            if mark == "、" || mark == "．" { return (3, end(i + 1)) }
            if mark == "." {
                if i + 1 < scalars.count, isDigit(scalars[i + 1]) { return nil }
                return (3, end(i + 1))
            }
        }
        return nil
    }

    /// Where a run-in heading ends: after the first 。 or ： when more text follows it.
    ///
    /// Scans scalars, not Characters: grapheme breaking over every paragraph was a third of the
    /// layout's time. Neither mark has a canonical equivalent, so a Character equals one exactly
    /// when the scalar stands alone — a Character boundary before it and after it (no combining
    /// mark attached), which is what the two `samePosition` checks ask.
    static func runInEnd(_ text: String, after markerEnd: String.Index) -> String.Index? {
        let scalars = text.unicodeScalars
        var i = markerEnd
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if scalar == "。" || scalar == "：", i.samePosition(in: text) != nil,
               next == scalars.endIndex || next.samePosition(in: text) != nil {
                return next < text.endIndex ? next : nil
            }
            i = next
        }
        return nil
    }
}
