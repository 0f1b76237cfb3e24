/// A check a superior office runs before accepting a report, beyond the 勾稽关系, as data
/// (`review:` in a format file, or in an office's own rules file given with `--rules`).
///
/// Every field but `id` is optional so that an office's file can restate a rule by its id and
/// change only what it names (severity, a length, phrases), the way a variant format changes
/// its base; a rule of a new id must be complete (`problem`). The engine is `ReportReview`.
public struct ReviewRule: Codable, Sendable, Equatable {
    /// What a rule checks; each kind reads its own fields.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `phrases` (placeholders, 「XX局」) must not appear in any narrative part.
        case placeholder
        /// Part `part` holds between `min` and `max` characters (white space not counted).
        case length
        /// Part `part` has a sub-heading containing each of `required`.
        case headings
        /// The report's year must allow its edition (`editions`).
        case edition
        /// Numbers the narrative states about table cells (`claims`) equal the cells.
        case claim
        /// Narrative parts are not near copies of last year's (`scope: previous`) or of another
        /// agency's in the same run (`scope: batch`): character `shingle`-gram Jaccard ≥ `threshold`.
        case sameness
    }

    /// Which years allow which editions.
    public struct EditionYears: Codable, Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var allowed: [String]

        public init(from: Int, to: Int, allowed: [String]) {
            self.from = from
            self.to = to
            self.allowed = allowed
        }
    }

    /// A number the narrative may state about the sum of some cells (`rows` × `columns` of
    /// `table`): in a sentence holding one of `context` (if given), one of `keywords` followed,
    /// within `window` characters of filler (default 4), by a number and one of `units`; or one of
    /// `zero` phrases, which states zero.
    public struct Claim: Codable, Sendable, Equatable {
        public var table: String
        public var rows: [String]
        public var columns: [String]
        public var keywords: [String]
        public var units: [String]
        public var context: [String]?
        public var zero: [String]?
        public var window: Int?
    }

    public var id: String
    public var kind: Kind?
    /// `error` or `warning`.
    public var severity: String?
    /// What the rule checks, in Chinese.
    public var says: String?
    /// The regulation or notice it comes from, where known.
    public var basis: String?
    /// How to fix what it finds.
    public var fix: String?
    /// An office's file may switch a rule off.
    public var disabled: Bool?

    public var part: String?
    public var parts: [String]?
    public var min: Int?
    public var max: Int?
    public var required: [String]?
    public var phrases: [String]?
    public var editions: [EditionYears]?
    public var claims: [Claim]?
    public var scope: String?
    public var shingle: Int?
    public var threshold: Double?
    /// Parts shorter than this (characters) are not compared: 「无」 is the same everywhere.
    public var minChars: Int?

    enum CodingKeys: String, CodingKey {
        case id, kind, severity, says, basis, fix, disabled, part, parts, min, max, required, phrases, editions, claims
        case scope, shingle, threshold
        case minChars = "min_chars"
    }

    public init(id: String, kind: Kind? = nil, severity: String? = nil) {
        self.id = id
        self.kind = kind
        self.severity = severity
    }

    public var isError: Bool { severity != "warning" }

    /// This rule with every field `other` gives put in place of its own.
    public func overridden(by other: ReviewRule) -> ReviewRule {
        var r = self
        r.kind = other.kind ?? kind
        r.severity = other.severity ?? severity
        r.says = other.says ?? says
        r.basis = other.basis ?? basis
        r.fix = other.fix ?? fix
        r.disabled = other.disabled ?? disabled
        r.part = other.part ?? part
        r.parts = other.parts ?? parts
        r.min = other.min ?? min
        r.max = other.max ?? max
        r.required = other.required ?? required
        r.phrases = other.phrases ?? phrases
        r.editions = other.editions ?? editions
        r.claims = other.claims ?? claims
        r.scope = other.scope ?? scope
        r.shingle = other.shingle ?? shingle
        r.threshold = other.threshold ?? threshold
        r.minChars = other.minChars ?? minChars
        return r
    }

    /// Why this rule cannot be used with `format`, naming the key at fault; nil when it can.
    /// A part or cell the format does not have is a problem only when `strict` (the format's own
    /// rules); an office's rule may name a part only some editions have.
    public func problem(in format: FormatSpec, strict: Bool = true) -> String? {
        guard let kind else { return "没有写 kind（可用：\(Kind.allCases.map(\.rawValue).joined(separator: "、"))）" }
        guard let severity, ["error", "warning"].contains(severity) else {
            return "severity 应为 error 或 warning，写的是“\(severity ?? "")”"
        }
        for (key, value) in [("says", says), ("fix", fix)] where (value ?? "").isEmpty {
            return "没有写 \(key)（每条规则都要用中文说明它检查什么、怎样改正）"
        }
        let narratives = Set(format.parts.compactMap(\.narrative))
        switch kind {
        case .length, .headings:
            guard let part else { return "\(kind.rawValue) 规则要写 part（叙述部分的键）" }
            if strict, !narratives.contains(part) { return "part 写的“\(part)”不是格式中的叙述部分" }
            if kind == .length, min == nil, max == nil { return "length 规则要写 min 或 max" }
            if kind == .headings, (required ?? []).isEmpty { return "headings 规则要写 required" }
        case .placeholder:
            if (phrases ?? []).isEmpty { return "placeholder 规则要写 phrases" }
        case .edition:
            if (editions ?? []).isEmpty { return "edition 规则要写 editions" }
        case .claim:
            for (i, claim) in (claims ?? []).enumerated() {
                guard let table = format.table(claim.table) else {
                    if strict { return "claims 第 \(i + 1) 条：表格“\(claim.table)”在格式中不存在" }
                    continue
                }
                for row in claim.rows {
                    for column in claim.columns where table.row(row)?.valueColumns.contains(column) != true {
                        if strict { return "claims 第 \(i + 1) 条：\(table.name)没有「\(row)」×「\(column)」这一格" }
                    }
                }
                if claim.keywords.isEmpty || claim.units.isEmpty || claim.rows.isEmpty || claim.columns.isEmpty {
                    return "claims 第 \(i + 1) 条：rows、columns、keywords、units 都不能为空"
                }
            }
            if (claims ?? []).isEmpty { return "claim 规则要写 claims" }
        case .sameness:
            guard let scope, ["previous", "batch"].contains(scope) else { return "sameness 规则的 scope 应为 previous 或 batch" }
            guard let threshold, threshold > 0, threshold <= 1 else { return "sameness 规则的 threshold 应在 0 与 1 之间" }
            if let shingle, !(2...12).contains(shingle) { return "shingle 应在 2 到 12 之间" }
        }
        for p in parts ?? [] where strict && !narratives.contains(p) {
            return "parts 写的“\(p)”不是格式中的叙述部分"
        }
        return nil
    }
}

/// An office's own rules file (`--rules FILE`): entries restating a format's rule by `id`
/// change the fields they give; entries of a new id add a rule (and must be complete).
public struct ReviewRulesFile: Codable, Sendable, Equatable {
    public var name: String?
    public var review: [ReviewRule]

    public init(name: String? = nil, review: [ReviewRule]) {
        self.name = name
        self.review = review
    }

    /// `rules` (a format's) with this file's entries applied, in order: overrides in place,
    /// new rules appended.
    public func applied(to rules: [ReviewRule]) -> [ReviewRule] {
        var out = rules
        for entry in review {
            if let i = out.firstIndex(where: { $0.id == entry.id }) {
                out[i] = out[i].overridden(by: entry)
            } else {
                out.append(entry)
            }
        }
        return out
    }
}
