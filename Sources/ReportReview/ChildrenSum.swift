import Foundation
import ReportExport

/// A 汇总 (consolidated) report against the sum of its subordinates' (`children` rules): every
/// value cell, table by table, named in the report's words. The sum is the caller's (the
/// command line hands in ReportBatch's `Aggregation`), so there is one summing in the project.
public struct ChildrenSum: Sendable {
    /// The children's totals; nil when none could be added.
    public var values: ReportValues?
    public var year: Int?
    public var edition: String?
    /// The children added, by label, in input order.
    public var read: [String]
    /// Why each child that could not be added was not (each names its file).
    public var unread: [String]
    /// Where the children came from (folder, manifest or sheet), for messages.
    public var source: String

    public init(values: ReportValues?, year: Int?, edition: String?, read: [String], unread: [String], source: String) {
        self.values = values
        self.year = year
        self.edition = edition
        self.read = read
        self.unread = unread
        self.source = source
    }

    /// Differing cells said per table at most; the rest of a table is counted in one line.
    public static let maxPerTable = 20

    /// The findings of `rule` on `parent`: children that could not be read, a year or edition
    /// that differs, then each cell whose value differs from the children's sum.
    public func check(_ parent: Report, format: FormatSpec, input: String, rule: ReviewRule) -> [Finding] {
        func finding(_ location: SourceLocation, _ message: String) -> Finding {
            Finding(agency: parent.agency, input: input, severity: rule.isError ? .error : .warning, rule: rule.id,
                    location: location, message: message, fix: rule.fix ?? "")
        }
        let whole = SourceLocation(file: parent.source)
        var out = unread.map { finding(whole, "下级报告未能读取，未计入合计：\($0)") }
        guard let values, let year, let edition else {
            out.append(finding(whole, "\(source) 中没有可汇总的下级报告，无法核对汇总报告"))
            return out
        }
        guard year == parent.year, edition == format.edition else {
            out.append(finding(parent.location(nearest: [.field("year")]),
                               "汇总报告是 \(parent.year) 年度「\(format.edition)」版，下级报告是 \(year) 年度「\(edition)」版，无法逐格核对"))
            return out
        }
        for table in format.tables {
            var differing: [Finding] = []
            for row in table.valueRows {
                for column in row.valueColumns {
                    let key = row.key(in: table.id).cell(column)
                    let mine = parent.value(key), theirs = values[key]
                    guard !Self.equal(mine, theirs) else { continue }
                    let place = "\(table.name)「\(row.displayLabel)」×「\(table.labels[column] ?? column)」"
                    differing.append(finding(parent.location(key), "\(place)：汇总 \(Self.text(mine))，下级合计 \(Self.text(theirs))"))
                }
            }
            out += differing.prefix(Self.maxPerTable)
            if differing.count > Self.maxPerTable {
                out.append(finding(whole, "\(table.name)另有 \(differing.count - Self.maxPerTable) 格与下级合计不一致（共 \(differing.count) 格）"))
            }
        }
        return out
    }

    /// Counts exactly; amounts as decimals in 万 (元 converted), so 12.5万元 equals 125000元.
    /// A cell no report fills reads as 0.
    static func equal(_ a: CellValue?, _ b: CellValue?) -> Bool {
        switch (a, b) {
        case (.count(let x)?, .count(let y)?): return x == y
        case (.count(let x)?, nil), (nil, .count(let x)?): return x == 0
        case (nil, nil): return true
        default:
            guard let x = wan(a), let y = wan(b) else { return false }
            return x == y
        }
    }

    static func wan(_ value: CellValue?) -> Decimal? {
        switch value {
        case nil: return 0
        case .count(let n)?: return Decimal(n)
        case .amount(let text)?:
            let (number, unit) = AmountUnit.split(text.trimmingCharacters(in: .whitespaces))
            guard let d = Decimal(string: String(number), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            return unit == "元" ? d / 10000 : d
        }
    }

    static func text(_ value: CellValue?) -> String {
        switch value {
        case nil: return "空"
        case .count(let n)?: return String(n)
        case .amount(let text)?: return text
        }
    }
}
