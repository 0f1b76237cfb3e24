import OOXMLWriter

extension ReportWorkbook {
    /// The workbook `init` writes: zeros in every input, the placeholder narratives of the
    /// report-file skeleton, “附件2”: it validates and renders as it is, like that skeleton.
    public func skeleton(agency: String, year: Int) -> Workbook {
        let format = layout.format
        var report = Report(agency: agency, year: year, edition: format.edition, attachment: "附件2")
        let totals = RuleFormulas(layout: layout).totals()
        for table in format.tables {
            report.values.give(table: table.id)
            for row in table.valueRows {
                for column in row.valueColumns where totals[row.key(in: table.id).cell(column)] == nil {
                    report.values[row.key(in: table.id).cell(column)] = table.kind(of: column) == .amount ? .amount("0") : .count(0)
                }
            }
        }
        let skeleton = ReportSkeleton(format: format)
        for part in format.parts {
            guard let key = part.narrative else { continue }
            report.narratives[key] = Narrative(skeleton.placeholder(key).map { Narrative.Paragraph($0) })
        }
        return workbook(report)
    }
}

extension ReportWorkbook {
    /// The skeleton workbook's bytes, for `init`: a format whose tables cannot be laid out, or
    /// a text XML cannot carry, is an error said in Chinese.
    public static func skeletonBytes(format: FormatSpec, styles: StyleSet, agency: String, year: Int) throws -> [UInt8] {
        try XLSXSerializer.serialize(try ReportWorkbook(format: format, styles: styles).skeleton(agency: agency, year: year))
    }

    /// A report's workbook bytes (`aggregate -o 汇总.xlsx`).
    public static func bytes(_ report: Report, format: FormatSpec, styles: StyleSet) throws -> [UInt8] {
        try XLSXSerializer.serialize(try ReportWorkbook(format: format, styles: styles).workbook(report))
    }
}
