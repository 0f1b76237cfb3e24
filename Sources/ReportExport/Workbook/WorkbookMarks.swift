import OOXMLWriter

extension ReportWorkbook {
    /// What marks a workbook as ours that `book` lacks, in a clerk's words (empty: all there).
    public static func missingMarks(in book: WorkbookReading.Book) -> [String] {
        var out: [String] = []
        for (name, what) in [(editionName, "报告格式版本"), (agencyName, "单位名称"), (yearName, "报告年度")] where book.names[name] == nil {
            out.append("定义名称 \(name)（\(what)）")
        }
        for sheet in [WorkbookLayout.tablesSheet, WorkbookLayout.textSheet] where book.sheet(sheet) == nil {
            out.append("工作表“\(sheet)”")
        }
        return out
    }
}
