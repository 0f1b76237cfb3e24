import Foundation

/// Turns one scalar of a report file (or one CSV cell) into a table value of the kind its
/// column holds. Counts and amounts are never negative and never "-0"; only 本年增/减 is signed.
public enum ValueParser {
    /// The largest count accepted: no agency handles a billion of anything in a year.
    public static let maxCount = 999_999_999
    /// An amount has at most this many digits in all, and at most `maxAmountDecimals` after
    /// the point: 9 digits before it in 万元 is ten trillion yuan; 6 after it is a cent in 万元.
    public static let maxAmountDigits = 15
    public static let maxAmountDecimals = 6

    public enum Failure: Error {
        case message(String, hint: String)
    }

    /// `raw` is the scalar's text as written; `quoted` says whether it was in quotes.
    public static func parse(_ raw: String, quoted: Bool, kind: TableSpec.ValueKind) throws(Failure) -> CellValue {
        // Fast path: a plain count of at most nine digits, by far the commonest value.
        if !quoted, kind != .amount, raw.utf8.count <= 9, !raw.isEmpty, raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return .count(Int(raw)!)
        }
        let text = raw.trimmedSpaces
        let said = quote(raw)
        // What `gkexport import` writes where it could not read the document: never a number.
        if text == "待填" {
            throw .message("还没有填写（导入时没能从原文读出这个数）", hint: "对照原报告填上这个数，没有就填 0")
        }
        switch kind {
        case .amount:
            return .amount(try amount(text, said: said))
        case .count, .signed:
            if text.isEmpty {
                throw .message("没有填写数字", hint: "填写一个整数，没有就填 0")
            }
            if quoted {
                throw .message("\(said)加了引号，是文字而不是数字", hint: "去掉引号")
            }
            let sign = text.first == "+" || text.first == "-" ? text.first : nil
            let digits = sign == nil ? Substring(text) : text.dropFirst()
            if digits.contains(".") && digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                throw .message("\(said)带小数，这里应为整数", hint: "填写整数")
            }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .message("\(said)不是整数", hint: "填写阿拉伯数字，如 0、12")
            }
            guard digits.count <= 9, let magnitude = Int(digits), magnitude <= maxCount else {
                throw .message("\(said)过大", hint: "核对数字，不超过 \(maxCount)")
            }
            // A clerk never means "-0": it is a digit lost or a sign slipped in.
            if sign == "-" && magnitude == 0 {
                throw .message("\(said)带负号，零不带正负号", hint: kind == .signed ? "没有增减就填 0" : "没有就填 0")
            }
            if kind == .count {
                if sign == "-" { throw .message("\(said)是负数，这里应为不小于 0 的整数", hint: "只有“本年增/减”可以为负数") }
                if sign == "+" { throw .message("\(said)带正负号，这里应为不带符号的整数", hint: "去掉“+”号") }
            }
            return .count(sign == "-" ? -magnitude : magnitude)
        }
    }

    /// Digits, at most one decimal point, an optional unit 万, 万元 or 元; no sign, no exponent,
    /// no commas; bounded in digits.
    public static func amount(_ text: String, said: String) throws(Failure) -> String {
        var body = AmountUnit.split(text).number
        let sign = body.first == "-" || body.first == "+" ? body.first : nil
        if sign != nil { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw .message("\(said)不是金额", hint: "金额写成数字，可带小数和单位“万”或“万元”，如 3775.461335万")
        }
        if sign == "-" {
            let zero = parts.allSatisfy { $0.allSatisfy { $0 == "0" } }
            throw zero ? .message("\(said)带负号，金额不带正负号", hint: "没有就填 0")
                       : .message("\(said)是负数，金额应不小于 0", hint: "核对金额：收费、采购金额都不会是负数")
        }
        if sign == "+" {
            throw .message("\(said)带正号，金额不带正负号", hint: "去掉“+”号")
        }
        let decimals = parts.count == 2 ? parts[1].count : 0
        if parts[0].count + decimals > maxAmountDigits || decimals > maxAmountDecimals {
            throw .message("\(said)有 \(parts[0].count + decimals) 位数字（小数 \(decimals) 位），金额至多 \(maxAmountDigits) 位、小数至多 \(maxAmountDecimals) 位",
                           hint: "核对金额；以万元为单位时，小数保留到第 6 位（分）即可")
        }
        return text
    }

    /// The value as a message quotes it: whole when short, else its start and its length, so
    /// a pasted page never floods the terminal.
    public static func quote(_ raw: String) -> String {
        guard raw.count > 24 else { return "“\(raw)”" }
        return "“\(raw.prefix(20))…”（共 \(raw.count) 个字符）"
    }

    /// Whether `s` is written like an amount (digits, one point, a unit, a leading minus), bounds
    /// aside: how the importer tells a value cell from a label.
    public static func isDecimalAmount(_ s: String) -> Bool {
        var body = AmountUnit.split(s).number
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
