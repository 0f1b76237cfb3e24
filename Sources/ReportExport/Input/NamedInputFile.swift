extension BoundedRead {
    /// Reads a file a user named as one input of a run (a manifest, a sheet), saying a failure
    /// as one diagnostic about the file in its own noun: 清单文件过大…, 无法读取表格文件….
    public static func namedInput(_ path: String, cap: Int, noun: String, tooLargeHint: String) throws(ReportErrors) -> [UInt8] {
        let here = SourceLocation(file: path)
        do {
            return try bytes(path, cap: cap)
        } catch .tooLarge(let cap, let size) {
            throw ReportErrors([Diagnostic(at: here, "\(noun)过大（\(size.map { "\($0 >> 20) MB" } ?? "超过上限")，上限 \(cap >> 20) MB）",
                                           hint: tooLargeHint)])
        } catch {
            throw ReportErrors([Diagnostic(at: here, "无法读取\(noun)：\(error.reason)", hint: error.hint)])
        }
    }
}
