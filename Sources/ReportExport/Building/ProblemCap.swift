/// How many problems one input says before it counts the rest.
public enum ProblemCap: Sendable {
    /// A report file: past `max`, nothing more is looked into (a suggestion costs an edit
    /// distance) and one line counts what was not.
    case stopLooking(max: Int)
    /// A sheet row: all is looked into, at most `max` said (the row's own problems before
    /// the validator's), then one line counting the rest.
    case perRow(max: Int)
}
