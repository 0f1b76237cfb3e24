import ArgumentParser

/// What each exit code means, so scripts can tell a bad report from a broken installation.
extension ExitCode {
    /// The report file is missing, malformed or invalid.
    static let badReport = ExitCode(1)
    /// A template (format or style set) is missing or broken.
    static let badTemplate = ExitCode(3)
    /// An output file could not be written.
    static let outputFailed = ExitCode(4)
}

extension ExitCode {
    /// `import` wrote a report file but could not read everything; the file says what.
    static let importPartial = ExitCode(2)
}
