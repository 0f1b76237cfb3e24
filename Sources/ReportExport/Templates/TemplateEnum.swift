/// An enum-like field of a template file (a style set's `look` or `align`, a cell's `style`, a
/// rule's `each`): decoded strictly, so a value not among the cases is an error naming the key
/// and the values allowed — never a silent default.
public protocol TemplateEnum: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension TemplateEnum {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let written = try container.decode(String.self)
        guard let value = Self(rawValue: written) else {
            throw UnknownTemplateValue(codingPath: decoder.codingPath, written: written, allowed: Self.allCases.map(\.rawValue))
        }
        self = value
    }
}

/// A template value that is not one of its field's cases.
public struct UnknownTemplateValue: Error, Sendable {
    public let key: String
    public let written: String
    public let allowed: [String]

    init(codingPath: [CodingKey], written: String, allowed: [String]) {
        key = TemplateKeyPath.string(codingPath)
        self.written = written
        self.allowed = allowed
    }
}
