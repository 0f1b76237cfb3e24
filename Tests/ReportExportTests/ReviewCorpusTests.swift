import Foundation
import ReportExport
import ReportReview
import Testing
import TestSupport

/// The planted-fault corpus of the office review: each case is an example report with one
/// fault planted (or a look-alike that is no fault), and the exact findings by rule id.
@Suite struct ReviewCorpusTests {
    static let library = TemplateLibrary()
    static let fengcheng = try! String(contentsOf: Paths.root.appendingPathComponent("examples/fengcheng-2020.yaml"), encoding: .utf8)
    static let qingyuan = try! String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021.yaml"), encoding: .utf8)

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let base: String
        let edits: [(String, String)]
        let expected: [String: Int]
        var office: ReviewRulesFile? = nil
        var description: String { name }
    }

    static func planted(_ text: String, _ edits: [(String, String)]) -> String {
        edits.reduce(text) { text, edit in
            precondition(text.contains(edit.0), "edit target missing: \(edit.0)")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }

    static func load(_ text: String, name: String = "case.yaml") throws -> ReportFileReader.Loaded {
        try ReportFileReader(templates: library).load(bytes: Data(text.utf8), name: name)
    }

    static func counts(_ findings: [Finding]) -> [String: Int] {
        Dictionary(grouping: findings, by: \.rule).mapValues(\.count)
    }

    static let variant = try! String(contentsOf: Paths.root.appendingPathComponent("examples/qingyuan-2021-variant.yaml"), encoding: .utf8)
    static let f = fengcheng, q = qingyuan
    static let shortOverview = "overview: |\n  2020年，本局依法做好政府信息公开工作。\n"
    static let cases: [Case] = [
        // placeholder — edition 2019 and 2021, true and false positives
        Case(name: "F 请填写", base: f, edits: [("（三）监督保障\n", "（三）监督保障\n  （请填写。）\n")], expected: ["placeholder": 1]),
        Case(name: "F ××", base: f, edits: [("全力畅通监督沟通渠道", "××局全力畅通监督沟通渠道")], expected: ["placeholder": 1]),
        Case(name: "Q XX局", base: q, edits: [("2021年，清远县人民政府办公室在县委", "2021年，XX局在县委")], expected: ["placeholder": 1]),
        Case(name: "Q 请填写 in two paragraphs", base: q, edits: [("（四）平台建设\n", "（四）平台建设\n  （请填写。）\n  此处填写。\n")], expected: ["placeholder": 2]),
        Case(name: "Q 请填写申请表 is no placeholder", base: q, edits: [("全县保留政务新媒体账号38个。", "全县保留政务新媒体账号38个，请填写申请表的群众可到窗口办理。")], expected: [:]),
        Case(name: "F 某某 is no placeholder", base: f, edits: [("全力畅通监督沟通渠道", "某某事项全力畅通监督沟通渠道")], expected: [:]),
        // length
        Case(name: "F short overview", base: f, edits: [(String(f[f.range(of: "overview: |")!.lowerBound..<f.range(of: "proactive:")!.lowerBound]), shortOverview + "\n")],
             expected: ["overview_length": 1, "narrative_numbers": 0].filter { $0.value > 0 }),
        Case(name: "Q problems 无", base: q, edits: [(String(q[q.range(of: "problems: |")!.lowerBound..<q.range(of: "other: |")!.lowerBound]), "problems: |\n  无\n\n")],
             expected: ["problems_length": 1]),
        Case(name: "Q office cap 1000", base: q, edits: [], expected: ["overview_length": 1],
             office: ReviewRulesFile(review: [ReviewRule(id: "overview_length").with { $0.max = 1000 }])),
        Case(name: "F office cap 1000 under the cap", base: f, edits: [], expected: [:],
             office: ReviewRulesFile(review: [ReviewRule(id: "overview_length").with { $0.max = 1000 }])),
        // sub-headings (edition 2021 only)
        Case(name: "Q without 平台建设", base: q, edits: [("  （四）平台建设\n", "")], expected: ["overview_headings": 1]),
        Case(name: "Q without two headings", base: q, edits: [("  （四）平台建设\n", ""), ("  （五）监督保障\n", "")], expected: ["overview_headings": 1]),
        Case(name: "Q 平台建设情况 still a heading", base: q, edits: [("（四）平台建设\n", "（四）平台建设情况\n")], expected: [:]),
        Case(name: "Q 4.平台建设 still a heading", base: q, edits: [("（四）平台建设\n", "4.平台建设\n")], expected: [:]),
        Case(name: "F 2019 has no heading rule", base: f, edits: [("  （二）平台建设\n", "")], expected: [:]),
        // edition per year
        Case(name: "F 2021 in the 2019 format", base: f, edits: [("year: 2020", "year: 2021\nedition: \"2019\"")], expected: ["edition_year": 1]),
        Case(name: "Q 2020 in the 2021 format", base: q, edits: [("year: 2021", "year: 2020")], expected: ["edition_year": 1]),
        Case(name: "Q variant allowed in 2021", base: variant, edits: [], expected: [:]),
        Case(name: "Q office allows only 2021", base: variant, edits: [], expected: ["edition_year": 1],
             office: ReviewRulesFile(review: [ReviewRule(id: "edition_year").with { $0.editions = [.init(from: 2021, to: 9999, allowed: ["2021"])] }])),
        // narrative against tables
        Case(name: "F licensing 35423", base: f, edits: [("处理行政许可事项35422件", "处理行政许可事项35423件")], expected: ["narrative_numbers": 1]),
        Case(name: "F procurement amount", base: f, edits: [("采购总额3775.461335万元", "采购总额3775.46万元")], expected: ["narrative_numbers": 1]),
        Case(name: "F procurement amount in 元", base: f, edits: [("采购总额3775.461335万元", "采购总额37754613.35元")], expected: [:]),
        Case(name: "F received 2 against 0", base: f, edits: [("未收到和处理政府信息公开申请", "收到政府信息公开申请2件")], expected: ["narrative_numbers": 1]),
        Case(name: "F new licensing items 37", base: f, edits: [("新增行政许可事项36项", "新增行政许可事项37项")], expected: ["narrative_numbers": 1]),
        Case(name: "F review 1 against 0", base: f, edits: [("无政府信息公开行政复议、行政诉讼情况", "被申请行政复议1件")], expected: ["narrative_numbers": 1]),
        Case(name: "F 共 between keyword and number", base: f, edits: [("处理行政许可事项35422件", "处理行政许可事项共35422件")], expected: [:]),
        Case(name: "F 办结率 is no count", base: f, edits: [("未收到和处理政府信息公开申请", "未收到和处理政府信息公开申请，申请办结率100%")], expected: [:]),
        Case(name: "Q received 112", base: q, edits: [("共收到政府信息公开申请111件", "共收到政府信息公开申请112件")], expected: ["narrative_numbers": 1]),
        Case(name: "Q carried over 6", base: q, edits: [("上年结转5件", "上年结转6件")], expected: ["narrative_numbers": 1]),
        Case(name: "Q documents issued 7", base: q, edits: [("全年制发行政规范性文件6件", "全年制发行政规范性文件7件")], expected: ["narrative_numbers": 1]),
        Case(name: "Q documents in force 41", base: q, edits: [("现行有效42件", "现行有效41件")], expected: ["narrative_numbers": 1]),
        Case(name: "Q 办结 without 申请 is no claim", base: q, edits: [("受理群众诉求21563件", "办结群众诉求21563件")], expected: [:]),
        Case(name: "Q 不予以公开 is not 予以公开", base: q, edits: [("予以公开50件", "不予以公开50件")], expected: [:]),
        Case(name: "Q granted 51", base: q, edits: [("予以公开50件", "予以公开51件")], expected: ["narrative_numbers": 1]),
        // an office's own rules file
        Case(name: "F placeholder disabled", base: f, edits: [("全力畅通监督沟通渠道", "××局全力畅通监督沟通渠道")], expected: [:],
             office: ReviewRulesFile(review: [ReviewRule(id: "placeholder").with { $0.disabled = true }])),
        Case(name: "Q office phrase 某某", base: q, edits: [("全县保留政务新媒体账号38个。", "某某单位保留政务新媒体账号38个。")], expected: ["city_phrases": 1],
             office: ReviewRulesFile(review: [ReviewRule(id: "city_phrases", kind: .placeholder, severity: "warning").with {
                 $0.phrases = ["某某单位"]; $0.says = "不得写“某某单位”"; $0.fix = "写明单位名称"
             }])),
    ]

    @Test(arguments: cases)
    func plantedFault(_ c: Case) throws {
        let loaded = try Self.load(Self.planted(c.base, c.edits))
        #expect(loaded.errors.isEmpty, "\(loaded.diagnostics)")
        let reviewer = Reviewer(rules: try ReviewRuleSet(templates: Self.library, office: c.office))
        let findings = reviewer.review(loaded.report, format: try #require(loaded.format), input: "case.yaml")
        #expect(Self.counts(findings) == c.expected, "\(findings.map(\.diagnostic.description))")
    }

    @Test func severityComesFromTheOfficeFile() throws {
        let loaded = try Self.load(Self.planted(Self.f, [("全力畅通监督沟通渠道", "××局全力畅通监督沟通渠道")]))
        let office = ReviewRulesFile(review: [ReviewRule(id: "placeholder").with { $0.severity = "warning" }])
        let findings = Reviewer(rules: try ReviewRuleSet(templates: Self.library, office: office)).review(loaded.report, format: loaded.format!, input: "x")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings[0].message.contains("「××」"))
    }

    /// Several reports at once: near copies across the batch, against last year, 勾稽关系 as findings.
    func run(_ texts: [String], previous: [String] = [], office: ReviewRulesFile? = nil) throws -> [[String: Int]] {
        let rules = try ReviewRuleSet(templates: Self.library, office: office)
        var last = PreviousNarratives(rules: rules)
        for text in previous {
            let loaded = try Self.load(text)
            last.add(loaded.report, format: loaded.format!, label: "last.yaml")
        }
        let items = ReviewRun(reviewer: Reviewer(rules: rules), previous: previous.isEmpty ? nil : last).run(
            count: texts.count, label: { "r\($0).yaml" }, load: { i in
                do throws(ReportErrors) { return .success(try ReportFileReader(templates: Self.library).load(bytes: Data(texts[i].utf8), name: "r\(i).yaml")) } catch { return .failure(error) }
            })
        return items.map { Self.counts($0.findings) }
    }

    static func renamed(_ text: String, _ agency: String) -> String {
        text.replacingOccurrences(of: "agency: 丰城市行政审批局", with: "agency: \(agency)")
            .replacingOccurrences(of: "agency: 清远县人民政府办公室", with: "agency: \(agency)")
    }

    @Test func copyAcrossTheBatchIsFlaggedOnBoth() throws {
        #expect(try run([Self.f, Self.renamed(Self.f, "别的局")]) == [["sameness_batch": 2], ["sameness_batch": 2]])
    }

    @Test func lightlyEditedCopyIsFlagged() throws {
        let edited = Self.renamed(Self.q, "别的县政府办").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("  （") ? String(line) : String(line.enumerated().map { $0.offset % 37 == 36 ? "某" : $0.element })
        }.joined(separator: "\n").replacingOccurrences(of: "111件", with: "98件")
        let counts = try run([Self.q, edited])
        #expect(counts[0]["sameness_batch"] == 2)
    }

    @Test func differentReportsAndOneAgencyTwiceAreNotCopies() throws {
        #expect(try run([Self.f, Self.q]) == [[:], [:]])
        #expect(try run([Self.f, Self.f]) == [[:], [:]])
    }

    @Test func copyOfLastYearIsFlagged() throws {
        let lastYear = Self.q.replacingOccurrences(of: "year: 2021", with: "year: 2020")
        #expect(try run([Self.q], previous: [lastYear]) == [["sameness_previous": 2]])
        // Last year's text of another agency, or of this one rewritten, is no copy.
        #expect(try run([Self.q], previous: [Self.renamed(lastYear, "别的县政府办")]) == [[:]])
    }

    @Test func brokenTotalIsAFindingOfTheTableRules() throws {
        let text = Self.planted(Self.q, [("review_total: 6 ", "review_total: 7 ")])
        let counts = try run([text])
        #expect((counts[0]["勾稽关系"] ?? 0) >= 1)
    }

    @Test func rosterListsWhoHasNotReported() {
        let roster = Roster(path: "roster.txt", text: "# 名单\n甲局\n乙局 # 注\n\n甲局\n丙局\n")
        #expect(roster.agencies == ["甲局", "乙局", "丙局"])
        let missing = roster.missing(reported: ["甲局"])
        #expect(missing.map(\.agency) == ["乙局", "丙局"])
        #expect(missing.allSatisfy { $0.rule == "roster" && $0.severity == .error })
    }

    @Test func issueListHasEveryColumn() throws {
        let finding = Finding(agency: "甲局", input: "a.yaml", severity: .warning, rule: "placeholder",
                              location: SourceLocation(file: "a.yaml", line: 3), message: "留有「XX局」, 逗号", fix: "改")
        let list = IssueList([finding])
        let csv = String(decoding: list.csv().dropFirst(3), as: UTF8.self)
        #expect(csv == "单位,报告,严重程度,规则,位置,问题,改正\r\n甲局,a.yaml,警告,placeholder,a.yaml:3,\"留有「XX局」, 逗号\",改\r\n")
        let json = try JSONSerialization.jsonObject(with: Data(list.json())) as! [[String: String]]
        #expect(json == [["agency": "甲局", "input": "a.yaml", "severity": "警告", "rule": "placeholder", "place": "a.yaml:3",
                          "message": "留有「XX局」, 逗号", "fix": "改"]])
    }

    /// Every example and golden case: no finding at all.
    @Test func examplesHaveNoFinding() throws {
        let folder = Paths.root.appendingPathComponent("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        let cases = try FileManager.default.contentsOfDirectory(atPath: Paths.root.appendingPathComponent("Tests/Golden/cases").path)
        #expect(files.count >= 5 && cases.count >= 5)
        let reviewer = Reviewer(rules: try ReviewRuleSet(templates: Self.library))
        for name in files {
            let loaded = try ReportFileReader(templates: Self.library).load(path: folder.appendingPathComponent(name).path)
            #expect(reviewer.review(loaded.report, format: loaded.format!, input: name).isEmpty, "\(name)")
        }
    }

    /// How much of the seed's and the examples' narrative the claims tie to cells.
    @Test func coverageOfNumericSentences() throws {
        let reviewer = Reviewer(rules: try ReviewRuleSet(templates: Self.library))
        var total = (numeric: 0, tied: 0, zero: 0)
        for name in ["fengcheng-2020.yaml", "qingyuan-2021.yaml", "long-narrative-2021.yaml"] {
            let loaded = try ReportFileReader(templates: Self.library).load(path: Paths.root.appendingPathComponent("examples/\(name)").path)
            let c = reviewer.coverage(loaded.report, format: loaded.format!)
            print("coverage \(name): \(c.tied)/\(c.numeric) numeric sentences tied to cells, \(c.zero) zero statements")
            total = (total.numeric + c.numeric, total.tied + c.tied, total.zero + c.zero)
        }
        print("coverage total: \(total.tied)/\(total.numeric), \(total.zero) zero statements")
        #expect(total.tied >= 8)
    }
}

extension ReviewRule {
    func with(_ change: (inout ReviewRule) -> Void) -> ReviewRule {
        var r = self
        change(&r)
        return r
    }
}

@Suite struct RulesDocumentTests {
    @Test func docsRulesMdIsCurrent() throws {
        let generated = try RulesDocument.markdown(TemplateLibrary())
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(generated == committed, "docs/rules.md is stale: run swift run gkexport rules -o docs/rules.md")
        for id in ["placeholder", "edition_year", "overview_headings", "narrative_numbers", "sameness_batch", "sameness_previous"] {
            #expect(committed.contains("`\(id)`"))
        }
    }
}
