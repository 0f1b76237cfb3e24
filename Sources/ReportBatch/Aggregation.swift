import Foundation
import ReportExport

/// Sums the tables of many agencies' reports (one year, one edition) into one report: the
/// consolidated (汇总) report an open-government office publishes. Counts add up exactly;
/// amounts add up in decimal, never through floating point; nothing negative but 本年增/减 is
/// ever added, and a total a report could not hold is refused.
public struct Aggregation: Sendable {
    public let format: FormatSpec
    public let year: Int
    public private(set) var values = ReportValues()
    public private(set) var count = 0
    private var amounts: [CellKey: (sum: Decimal, unit: String)] = [:]

    /// The most failing inputs one `aggregate` lists in full; then it stops reading (nothing
    /// will be written anyway), so a sheet of 100,000 broken rows costs what 100 do.
    public static let maxFailedInputs = 100

    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    public init(format: FormatSpec, year: Int) {
        self.format = format
        self.year = year
    }

    public mutating func add(_ report: Report, from label: String) throws(Mismatch) {
        guard report.year == year else {
            throw Mismatch(description: "\(label)：是 \(report.year) 年的报告，汇总的是 \(year) 年")
        }
        guard report.edition == format.edition else {
            throw Mismatch(description: "\(label)：用的是「\(report.edition ?? "?")」版格式，汇总的是「\(format.edition)」版")
        }
        for table in format.tables {
            for row in table.valueRows {
                for column in row.valueColumns {
                    let key = row.key(in: table.id).cell(column)
                    guard let value = report.value(key) else { continue }
                    let place = "\(table.name)「\(row.displayLabel)」×「\(table.labels[column] ?? column)」"
                    switch value {
                    case .count(let n):
                        // Only 本年增/减 may be negative; a negative count would net others away.
                        if n < 0 && table.kind(of: column) != .signed {
                            throw Mismatch(description: "\(label)：\(place)是负数 \(n)，不能汇总")
                        }
                        let sum = (values[key]?.intValue ?? 0) + n
                        if abs(sum) > ValueParser.maxCount {
                            throw Mismatch(description: "\(label)：加上这个单位后，\(place)的合计 \(sum) 超过一个报告能填写的上限 \(ValueParser.maxCount)")
                        }
                        values[key] = .count(sum)
                    case .amount(let text):
                        let (number, unit) = AmountUnit.split(text)
                        guard let decimal = Decimal(string: String(number), locale: Locale(identifier: "en_US_POSIX")), !number.hasPrefix("-") else {
                            throw Mismatch(description: "\(label)：\(place)的金额“\(text)”无法相加（金额应是不小于 0 的数）")
                        }
                        if let existing = amounts[key], existing.unit != unit {
                            throw Mismatch(description: "\(label)：\(place)的单位是“\(unit)”，前面的报告是“\(existing.unit)”")
                        }
                        let sum = (amounts[key]?.sum ?? 0) + decimal
                        let total = Self.text(sum)
                        if total.filter(\.isNumber).count > ValueParser.maxAmountDigits {
                            throw Mismatch(description: "\(label)：加上这个单位后，\(place)的合计 \(total)\(unit) 超过金额的上限 \(ValueParser.maxAmountDigits) 位数字")
                        }
                        amounts[key] = (sum, unit)
                        values[key] = .amount(total + unit)
                    }
                }
            }
        }
        count += 1
    }

    /// The report file of the totals, with placeholder narrative, ready to validate and render.
    public func yaml(agency: String) -> String {
        ReportSkeleton(format: format).yaml(
            agency: agency, year: year, values: values,
            narratives: [
                "overview": ["（本文件由 gkexport aggregate 汇总 \(count) 个单位的报告生成，请填写总体情况。）"],
                "problems": ["（请填写。）"],
                "other": ["无"],
            ],
            heading: ["由 gkexport aggregate 汇总 \(count) 个单位的报告生成；表格数字为各单位之和。"])
    }

    /// The totals as a report (placeholder narrative, attachment 附件2), for the workbook of
    /// the same shape `init` writes: `aggregate -o 汇总.xlsx`.
    public func report(agency: String) -> Report {
        var report = Report(agency: agency, year: year, edition: format.edition, attachment: "附件2", values: values)
        for table in format.tables { report.values.give(table: table.id) }
        let narratives = ["overview": "（本文件由 gkexport aggregate 汇总 \(count) 个单位的报告生成，请填写总体情况。）",
                          "problems": "（请填写。）", "other": "无"]
        for part in format.parts {
            guard let key = part.narrative else { continue }
            report.narratives[key] = Narrative(text: narratives[key] ?? "（请填写。）")
        }
        return report
    }

    /// A decimal written plainly: no exponent, no grouping, no trailing zeros after the point.
    static func text(_ d: Decimal) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 12, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
