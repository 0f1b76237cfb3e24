/// How a hostile input's time limit is checked inside `swift test`. The promise ("under a
/// second") is for the binary running alone; `scripts/hostile-corpus` measures exactly that
/// and prints the figures. Inside the test runner a debug binary shares two cores with every
/// other test running in parallel, so wall time there says more about the neighbours than
/// about the input: the work itself is bounded by CPU seconds (user + system, which
/// contention does not inflate), and wall time only by a hang guard of five times the limit.
///
/// A debug binary (what `swift test` builds) runs the same work about three times slower than
/// the release binary the promise is about, so in a debug build the CPU limit is three times the
/// stated one; `scripts/hostile-corpus` holds the release binary to the stated limit itself.
public enum TimeBudget {
    public static let wallFactor = 5.0
    #if DEBUG
    public static let buildFactor = 3.0
    #else
    public static let buildFactor = 1.0
    #endif

    /// nil when within budget, else what went over.
    public static func overrun(wall: Double, cpu: Double, limit: Double) -> String? {
        if cpu >= limit * buildFactor { return "used \(cpu) s of CPU (limit \(limit * buildFactor) s in this build)" }
        if wall >= limit * wallFactor { return "took \(wall) s wall (hang guard \(limit * wallFactor) s)" }
        return nil
    }
}
