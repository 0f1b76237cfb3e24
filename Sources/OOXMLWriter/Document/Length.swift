/// A length on the page, kept in points; each serializer converts to its own unit with fixed
/// rounding (DOCX twips and half-points in DOCX/WordUnits, ODF millimetres and points in
/// ODT/ODFUnits), so the neutral tree knows no format's units.
public struct Length: Sendable, Hashable, Comparable, Codable {
    public var points: Double

    public init(points: Double) { self.points = points }
    public static func pt(_ value: Double) -> Length { Length(points: value) }
    public static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }
    public static let zero = Length(points: 0)

    public var millimetres: Double { points * 25.4 / 72 }

    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }

    public init(from decoder: Decoder) throws {
        points = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(points)
    }
}
