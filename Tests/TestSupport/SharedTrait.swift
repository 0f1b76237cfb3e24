import Testing

extension Trait where Self == ConditionTrait {
    /// For tests that read `../shared`: skipped, with this reason, in a clone without it.
    public static var needsShared: Self {
        .enabled(if: Paths.hasShared, "needs ../shared beside the clone (official schemas, formats.md, the seed)")
    }
}
