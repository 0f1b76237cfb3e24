extension Length {
    /// A number rounded to `decimals` places with trailing zeros dropped ("16", "28.95",
    /// "-0.25"), so text made from lengths is stable: ODF's units and the golden diff's
    /// messages both say numbers this way.
    public static func trim(_ value: Double, decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var s = String(rounded)
        if s.contains("e") { s = String(Int(rounded)) }
        return s
    }
}
