/// How one kind of input says the builder's problems: a report file names its keys in quotes
/// and tells the clerk which line to add; a sheet row names its columns. The rule is the
/// builder's; only these words are the adapter's.
public struct BuilderWords: Sendable {
    /// A required field (agency, year) not given: message and hint.
    public var missingRequired: @Sendable (_ key: String) -> (String, String?)
    /// A required field given blank.
    public var emptyRequired: @Sendable (_ key: String) -> (String, String?)
    /// A year that is not a four-digit year in range, as written.
    public var badYear: @Sendable (_ written: String) -> (String, String?)
    /// An edition named that no format has.
    public var unknownEdition: @Sendable (_ name: String) -> String
    /// No format for the year (and none named); `available` lists the editions.
    public var noEditionForYear: @Sendable (_ year: Int, _ available: String) -> (String, String?)
    /// A character XML cannot carry in a fixed field; `offset` is 0-based.
    public var forbiddenInField: @Sendable (_ key: String, _ code: String, _ offset: Int) -> (String, String?)
    /// The hint for a narrative past the length cap.
    public var tooLongHint: String
    /// A narrative part given with no text; nil when the input cannot say so.
    public var emptyNarrative: (@Sendable (_ heading: String, _ key: String) -> (String, String?))?
    /// A narrative part not given.
    public var missingNarrative: @Sendable (_ heading: String, _ key: String) -> (String, String?)
    /// A value refused: the cell as named in messages (表三「…」×「…」) and why.
    public var badValue: @Sendable (_ cell: String, _ why: String) -> String = { cell, why in "\(cell)：\(why)" }

    private static let fileWhat = ["agency": "填报单位名称", "year": "报告年度"]
    private static let fileExample = ["agency": "agency: 丰城市行政审批局", "year": "year: 2021"]
    private static let rowWhat = ["agency": "单位名称", "year": "报告年度"]

    /// A YAML or JSON report file.
    public static let reportFile = BuilderWords(
        missingRequired: { key in ("缺少必填项“\(key)”（\(fileWhat[key] ?? key)）", "在文件开头加上一行：\(fileExample[key] ?? key)") },
        emptyRequired: { key in ("“\(key)”（\(fileWhat[key] ?? key)）不能为空", "填写，如 \(fileExample[key] ?? key)") },
        badYear: { written in ("“year”应是四位数的年份，填写的是“\(written)”", "如 year: 2021") },
        unknownEdition: { "没有“\($0)”版的报告格式" },
        noEditionForYear: { year, _ in ("没有适用于 \(year) 年的报告格式", "用 edition: 指定格式版本") },
        forbiddenInField: { key, code, offset in
            ("“\(key)”含有不可打印的控制字符 \(code)（第 \(offset + 1) 个字符）", "删去这个字符（常见于从网页或 PDF 复制的文字）")
        },
        tooLongHint: "年度报告的一部分通常不过几千字；确认没有误粘贴大段内容",
        emptyNarrative: { heading, key in ("「\(heading)」（\(key)）没有内容", "逐段填写；没有可填“无”") },
        missingNarrative: { heading, key in ("缺少「\(heading)」的内容（键 \(key)）", "加上 \(key): | 并在下面逐段填写；没有可填“无”") })

    /// One row of a CSV sheet.
    public static let sheetRow = BuilderWords(
        missingRequired: { key in ("这一行没有填写 \(key)（\(rowWhat[key] ?? key)）", nil) },
        emptyRequired: { key in ("这一行没有填写 \(key)（\(rowWhat[key] ?? key)）", nil) },
        badYear: { written in ("year（报告年度）应是四位数的年份，填写的是“\(written)”", nil) },
        unknownEdition: { "没有“\($0)”的报告格式" },
        noEditionForYear: { year, available in ("没有“\(year)”的报告格式", "可用的版本：\(available)") },
        forbiddenInField: { key, code, _ in ("\(key) 含有不可打印的控制字符 \(code)", nil) },
        tooLongHint: "年度报告的一部分通常不过几千字；确认文件选对了",
        emptyNarrative: nil,
        missingNarrative: { heading, key in ("缺少「\(heading)」：\(key) 列应写明叙述文字所在的文件", nil) })

    /// A cell of a table in a document being imported: the importer lists what it could not
    /// read row by row under the row's name, so a refused value says only why.
    public static let importedTable: BuilderWords = {
        var words = reportFile
        words.badValue = { _, why in why }
        return words
    }()

    /// A workbook made by `gkexport init … -o 报告.xlsx`: agency, year and edition live in its
    /// hidden names, so a problem with them means the workbook was not made for this or was altered.
    public static let workbook = BuilderWords(
        missingRequired: { key in ("工作簿里没有记录\(rowWhat[key] ?? key)（\(key)）", "用 gkexport init 单位名称 年度 -o 报告.xlsx 重新生成工作簿，再把数字填进去") },
        emptyRequired: { key in ("工作簿里记录的\(rowWhat[key] ?? key)（\(key)）是空的", "用 gkexport init 单位名称 年度 -o 报告.xlsx 重新生成工作簿") },
        badYear: { written in ("工作簿里记录的报告年度应是四位数的年份，记录的是“\(written)”", "用 gkexport init 重新生成工作簿") },
        unknownEdition: { "没有“\($0)”版的报告格式" },
        noEditionForYear: { year, available in ("没有适用于 \(year) 年的报告格式", "可用的版本：\(available)") },
        forbiddenInField: { key, code, offset in ("“\(key)”含有不可打印的控制字符 \(code)（第 \(offset + 1) 个字符）", "删去这个字符") },
        tooLongHint: "年度报告的一部分通常不过几千字；确认没有误粘贴大段内容",
        emptyNarrative: { heading, _ in ("「\(heading)」没有内容", "在“文字”表的这一格里逐段填写；没有可填“无”") },
        missingNarrative: { heading, key in ("缺少「\(heading)」的内容（\(key)）", "在“文字”表里填写；没有可填“无”") })
}
