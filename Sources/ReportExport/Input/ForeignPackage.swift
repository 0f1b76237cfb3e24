/// ZIP caps for a package from outside — an imported report, a golden file someone committed:
/// past these a file is a zip bomb or not an office document (docs/LIMITS.md, ImportLimits).
public enum ForeignPackage {
    public static let maxEntries = 2_000
    /// Compression ratio beyond which an entry over 1 MB is taken for a zip bomb.
    public static let maxRatio = 200
}
