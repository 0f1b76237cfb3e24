/// Lengths as ODF writes them: fixed precision, trailing zeros dropped, so output is stable.
extension Length {
    /// "16pt", "28.95pt", "-0.25pt".
    var odfPoints: String { Self.trim(points, decimals: 3) + "pt" }
    /// "210mm", "37mm", "10.85mm".
    var odfMillimetres: String { Self.trim(millimetres, decimals: 3) + "mm" }

    static func trim(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var s = String(rounded)
        if s.contains("e") { s = String(Int(rounded)) }
        return s
    }
}
