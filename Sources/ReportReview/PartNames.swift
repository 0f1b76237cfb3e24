import ReportExport

/// How a message names a narrative part: its heading as printed (一、总体情况).
enum PartNames {
    static func heading(_ key: String, in format: FormatSpec) -> String {
        format.parts.first { $0.narrative == key }?.heading ?? key
    }

    /// Where a part stands in the report's source: its first paragraph's line, else the part.
    static func location(_ key: String, line: Int?, in report: Report) -> SourceLocation {
        if let line { return SourceLocation(file: report.source, line: line) }
        return report.location(nearest: [.narrative(key)])
    }
}
