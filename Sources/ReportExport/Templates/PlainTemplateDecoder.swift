import YAMLEventBounds

/// Decodes a template from the one-walk tree (`YAMLPlainTree`) for the plainest forms only,
/// each read exactly as Yams' decoder reads it: a text is the scalar as written, an integer
/// is `0` or plain digits without a leading zero, a number plain digits with an optional
/// fraction, a yes/no a plain `true` or `false`, nothing a plain `null`, `~` or empty scalar.
/// Anything else — another spelling, a merge key, a shape a type does not expect, a type's own
/// error — is `Unsure`, and the caller decodes the file with Yams, which says what is wrong in
/// its own words. A template costs a few milliseconds less per process this way.
enum PlainTemplateDecoder {
    struct Unsure: Error {}

    static func decode<T: Decodable>(_ type: T.Type, from node: YAMLPlainNode) throws -> T {
        try T(from: NodeDecoder(node: node, codingPath: []))
    }

    struct NodeDecoder: Decoder, SingleValueDecodingContainer {
        let node: YAMLPlainNode
        let codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .mapping(let pairs) = node.content else { throw Unsure() }
            var values: [String: YAMLPlainNode] = [:]
            for (key, value) in pairs {
                // A key that is not text, or YAML's merge key, is Yams' to read.
                guard case .scalar(let name, let style) = key.content, !(name == "<<" && style == .plain) else { throw Unsure() }
                values[name] = value
            }
            return KeyedDecodingContainer(Keyed<Key>(values: values, order: pairs.compactMap(\.key.string), codingPath: codingPath))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            guard case .sequence(let items) = node.content else { throw Unsure() }
            return Unkeyed(items: items, codingPath: codingPath)
        }

        func singleValueContainer() throws -> SingleValueDecodingContainer { self }

        // MARK: Scalars

        func decodeNil() -> Bool {
            guard case .scalar(let text, .plain) = node.content else { return false }
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .scalar(let text, .plain) = node.content, text == "true" || text == "false" else { throw Unsure() }
            return text == "true"
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .scalar(let text, _) = node.content else { throw Unsure() }
            return text
        }

        func decode(_ type: Double.Type) throws -> Double {
            guard case .scalar(let text, .plain) = node.content, Self.isDecimal(text), let value = Double(text) else { throw Unsure() }
            return value
        }

        func decode(_ type: Int.Type) throws -> Int {
            guard case .scalar(let text, .plain) = node.content, Self.isInteger(text), let value = Int(text) else { throw Unsure() }
            return value
        }

        func decode(_ type: Float.Type) throws -> Float { throw Unsure() }
        func decode(_ type: Int8.Type) throws -> Int8 { throw Unsure() }
        func decode(_ type: Int16.Type) throws -> Int16 { throw Unsure() }
        func decode(_ type: Int32.Type) throws -> Int32 { throw Unsure() }
        func decode(_ type: Int64.Type) throws -> Int64 { throw Unsure() }
        func decode(_ type: UInt.Type) throws -> UInt { throw Unsure() }
        func decode(_ type: UInt8.Type) throws -> UInt8 { throw Unsure() }
        func decode(_ type: UInt16.Type) throws -> UInt16 { throw Unsure() }
        func decode(_ type: UInt32.Type) throws -> UInt32 { throw Unsure() }
        func decode(_ type: UInt64.Type) throws -> UInt64 { throw Unsure() }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            switch type {
            case is String.Type: return try decode(String.self) as! T
            case is Int.Type: return try decode(Int.self) as! T
            case is Double.Type: return try decode(Double.self) as! T
            case is Bool.Type: return try decode(Bool.self) as! T
            default: return try T(from: self)
            }
        }

        /// `0`, or digits not starting with 0, optionally negative (Yams reads a leading 0 as octal).
        static func isInteger(_ text: String) -> Bool {
            let digits = text.utf8.first == UInt8(ascii: "-") ? Substring(text.dropFirst()) : Substring(text)
            guard let first = digits.utf8.first, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            return first != 0x30 || (digits.utf8.count == 1 && text.utf8.count == 1)
        }

        /// Digits with an optional fraction, optionally negative.
        static func isDecimal(_ text: String) -> Bool {
            let body = text.utf8.first == UInt8(ascii: "-") ? Substring(text.dropFirst()) : Substring(text)
            let parts = body.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return false }
            return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let values: [String: YAMLPlainNode]
        let order: [String]
        let codingPath: [CodingKey]

        var allKeys: [Key] { order.compactMap(Key.init(stringValue:)) }

        func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

        func child(_ key: Key) throws -> NodeDecoder {
            guard let node = values[key.stringValue] else { throw Unsure() }
            return NodeDecoder(node: node, codingPath: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
        func superDecoder() throws -> Decoder { throw Unsure() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unsure() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [YAMLPlainNode]
        let codingPath: [CodingKey]
        var currentIndex = 0

        init(items: [YAMLPlainNode], codingPath: [CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        mutating func next() throws -> NodeDecoder {
            guard !isAtEnd else { throw Unsure() }
            defer { currentIndex += 1 }
            return NodeDecoder(node: items[currentIndex], codingPath: codingPath)
        }

        /// Yams moves past the item whether or not it is nil; no template holds a list of
        /// optionals, so that reading is left to Yams.
        mutating func decodeNil() throws -> Bool { throw Unsure() }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> Decoder { throw Unsure() }
    }
}
