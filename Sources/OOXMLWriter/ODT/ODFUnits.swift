/// Lengths as ODF writes them: fixed precision, trailing zeros dropped, so output is stable.
extension Length {
    /// "16pt", "28.95pt", "-0.25pt".
    var odfPoints: String { Self.trim(points, decimals: 3) + "pt" }
    /// "210mm", "37mm", "10.85mm".
    var odfMillimetres: String { Self.trim(millimetres, decimals: 3) + "mm" }
}
