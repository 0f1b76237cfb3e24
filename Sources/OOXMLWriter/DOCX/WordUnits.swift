/// Lengths as WordprocessingML measures them, rounded to whole units.
extension Length {
    /// Twentieths of a point, as WordprocessingML measures most lengths.
    var twips: Int { Int((points * 20).rounded()) }
    /// Half-points, as WordprocessingML measures font sizes.
    var halfPoints: Int { Int((points * 2).rounded()) }

    /// A length given in twips or half-points, as a reader finds it in the markup.
    init(twips: Double) { self.init(points: twips / 20) }
    init(halfPoints: Double) { self.init(points: halfPoints / 2) }
}
