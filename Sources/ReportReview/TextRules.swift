import ReportExport

/// The rules read off one report's own text and fields: placeholders, part lengths, required
/// sub-headings and the edition a year allows.
enum TextRules {
    static func severity(_ rule: ReviewRule) -> Diagnostic.Severity { rule.isError ? .error : .warning }

    static func finding(_ rule: ReviewRule, _ report: Report, input: String, at location: SourceLocation, _ message: String,
                        detail: [String] = []) -> Finding {
        Finding(agency: report.agency, input: input, severity: severity(rule), rule: rule.id, location: location,
                message: message, fix: rule.fix ?? "", detail: detail)
    }

    /// Each placeholder phrase, once per paragraph it stands in.
    static func placeholders(_ rule: ReviewRule, _ report: Report, _ format: FormatSpec, input: String) -> [Finding] {
        let phrases = rule.phrases ?? []
        var out: [Finding] = []
        for key in narrativeKeys(rule, format) {
            guard let narrative = report.narratives[key] else { continue }
            for paragraph in narrative.paragraphs {
                let found = phrases.filter { paragraph.text.contains($0) }
                guard !found.isEmpty else { continue }
                out.append(finding(rule, report, input: input, at: PartNames.location(key, line: paragraph.line, in: report),
                                   "\(PartNames.heading(key, in: format))留有占位文字「\(found.joined(separator: "」「"))」：\(paragraph.text.clipped(40))"))
            }
        }
        return out
    }

    static func length(_ rule: ReviewRule, _ report: Report, _ format: FormatSpec, input: String) -> [Finding] {
        guard let key = rule.part, format.parts.contains(where: { $0.narrative == key }) else { return [] }
        let narrative = report.narratives[key] ?? Narrative([])
        let n = NarrativeText.length(narrative)
        let at = PartNames.location(key, line: narrative.paragraphs.first?.line, in: report)
        let heading = PartNames.heading(key, in: format)
        if let max = rule.max, n > max {
            return [finding(rule, report, input: input, at: at, "\(heading)有 \(n) 字，超过上限 \(max) 字")]
        }
        if let min = rule.min, n < min {
            return [finding(rule, report, input: input, at: at, "\(heading)只有 \(n) 字，少于 \(min) 字")]
        }
        return []
    }

    static func headings(_ rule: ReviewRule, _ report: Report, _ format: FormatSpec, input: String) -> [Finding] {
        guard let key = rule.part, format.parts.contains(where: { $0.narrative == key }) else { return [] }
        let narrative = report.narratives[key] ?? Narrative([])
        let headings = NarrativeText.headings(narrative).map { heading in
            // The heading proper: up to its first 。 or ： (a heading may run on into text).
            String(heading.text.prefix { $0 != "。" && $0 != "：" && $0 != ":" })
        }
        let missing = (rule.required ?? []).filter { word in !headings.contains { $0.contains(word) } }
        guard !missing.isEmpty else { return [] }
        return [finding(rule, report, input: input, at: PartNames.location(key, line: narrative.paragraphs.first?.line, in: report),
                        "\(PartNames.heading(key, in: format))缺少小标题：\(missing.joined(separator: "、"))")]
    }

    static func edition(_ rule: ReviewRule, _ report: Report, _ format: FormatSpec, input: String) -> [Finding] {
        guard let span = (rule.editions ?? []).first(where: { $0.from <= report.year && report.year <= $0.to }),
              !span.allowed.contains(format.edition) else { return [] }
        return [finding(rule, report, input: input, at: report.location(nearest: [.field("edition"), .field("year")]),
                        "\(report.year) 年度的报告用了「\(format.name)」（\(format.edition)），该年度应使用：\(span.allowed.joined(separator: "、"))")]
    }

    /// The narrative parts a rule reads: `parts`, else every narrative part of the format.
    static func narrativeKeys(_ rule: ReviewRule, _ format: FormatSpec) -> [String] {
        let all = format.parts.compactMap(\.narrative)
        return rule.parts.map { wanted in all.filter { wanted.contains($0) } } ?? all
    }
}
