import Foundation

/// Turns one scalar of a report file into a table value of the kind its column holds.
enum ValueParser {
    /// The largest count accepted: no agency handles a billion of anything in a year.
    static let maxCount = 999_999_999

    enum Failure: Error {
        case message(String, hint: String)
    }

    /// `raw` is the scalar's text as written; `quoted` says whether it was in quotes.
    static func parse(_ raw: String, quoted: Bool, kind: TableSpec.ValueKind) throws(Failure) -> CellValue {
        // Fast path: a plain count of at most nine digits, by far the commonest value.
        if !quoted, kind != .amount, raw.utf8.count <= 9, !raw.isEmpty, raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return .count(Int(raw)!)
        }
        let text = raw.trimmedSpaces
        // What `gkexport import` writes where it could not read the document: never a number.
        if text == "待填" {
            throw .message("还没有填写（导入时没能从原文读出这个数）", hint: "对照原报告填上这个数，没有就填 0")
        }
        switch kind {
        case .amount:
            guard isDecimalAmount(text) else {
                throw .message("“\(raw)”不是金额", hint: "金额写成数字，可带小数和单位“万”或“万元”，如 3775.461335万")
            }
            return .amount(text)
        case .count, .signed:
            if text.isEmpty {
                throw .message("没有填写数字", hint: "填写一个整数，没有就填 0")
            }
            if quoted {
                throw .message("“\(raw)”加了引号，是文字而不是数字", hint: "去掉引号")
            }
            let signed = text.hasPrefix("+") || text.hasPrefix("-")
            let digits = signed ? text.dropFirst() : Substring(text)
            if digits.contains(".") && digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                throw .message("“\(raw)”带小数，这里应为整数", hint: "填写整数")
            }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .message("“\(raw)”不是整数", hint: "填写阿拉伯数字，如 0、12")
            }
            guard digits.count <= 9, let magnitude = Int(digits), magnitude <= maxCount else {
                throw .message("“\(raw)”过大", hint: "核对数字，不超过 \(maxCount)")
            }
            let value = text.hasPrefix("-") ? -magnitude : magnitude
            if kind == .count {
                if value < 0 { throw .message("“\(raw)”是负数，这里应为不小于 0 的整数", hint: "只有“本年增/减”可以为负数") }
                if signed { throw .message("“\(raw)”带正负号，这里应为不带符号的整数", hint: "去掉“+”号") }
            }
            return .count(value)
        }
    }

    /// Digits, at most one decimal point, an optional unit 万 or 万元; no exponent, no commas.
    static func isDecimalAmount(_ s: String) -> Bool {
        var body = Substring(s)
        for unit in ["万元", "万", "元"] where body.hasSuffix(unit) {
            body = body.dropLast(unit.count)
            break
        }
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
