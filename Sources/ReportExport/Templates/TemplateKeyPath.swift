/// Where in a template file a decoding failure stands, as the file spells it:
/// `tables[2].rows[5].cells[0].style` (list positions from 0, as a YAML path tool counts).
enum TemplateKeyPath {
    static func string(_ path: [CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out
    }

    /// A decoding failure said in Chinese: the key, what it should be and, for an enum-like
    /// field, the values allowed. Nil for a failure that is not about one key (bad YAML).
    static func describe(_ error: Error) -> (key: String, text: String)? {
        if let unknown = error as? UnknownTemplateValue {
            return (unknown.key, "\(unknown.key) 应为 \(choices(unknown.allowed))，写的是“\(unknown.written)”")
        }
        guard let error = error as? DecodingError else { return nil }
        switch error {
        case .dataCorrupted(let context) where context.underlyingError != nil:
            // Yams wraps what a field's own decoder threw (an unknown value) in "not valid YAML".
            return describe(context.underlyingError!)
        case .keyNotFound(let missing, let context):
            let key = string(context.codingPath + [missing])
            return (key, "缺少 \(key)")
        case .typeMismatch(let type, let context):
            let key = string(context.codingPath)
            return (key, "\(key) 应为\(noun(type))")
        case .valueNotFound(let type, let context):
            let key = string(context.codingPath)
            return (key, "\(key) 没有写值，应为\(noun(type))")
        case .dataCorrupted(let context):
            let key = string(context.codingPath)
            return (key, "\(key)：\(context.debugDescription)")
        @unknown default:
            return nil
        }
    }

    /// "error 或 warning"; "left、center、right 或 justify".
    static func choices(_ allowed: [String]) -> String {
        guard allowed.count > 1 else { return allowed.first ?? "" }
        return allowed.dropLast().joined(separator: "、") + " 或 " + allowed.last!
    }

    /// What a Swift type is in a template file's words.
    static func noun(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "文字"
        case is Int.Type: return "整数"
        case is Double.Type: return "数"
        case is Bool.Type: return " true 或 false"
        default:
            // Yams says what shape of YAML node it expected; a Swift type is a list or a mapping.
            let name = "\(type)"
            if name.hasSuffix("Scalar") { return "单个值（不是列表或映射）" }
            if name.hasSuffix("Sequence") || name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "列表" }
            return "映射（键: 值）"
        }
    }
}
