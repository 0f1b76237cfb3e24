import ArgumentParser

/// An agency name given on the command line goes into a YAML header comment and value: a line
/// break there would end the comment and inject keys, so control characters are refused.
enum AgencyArgument {
    static func check(_ name: String, option: String) throws {
        guard let bad = name.unicodeScalars.first(where: {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .lineSeparator
                || $0.properties.generalCategory == .paragraphSeparator
        }) else { return }
        Terminal.error("\(option) 的单位名称含有控制字符 U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4))（如换行），不能写入报告文件 → 单位名称写成一行，不带换行和制表符")
        throw ExitCode.validationFailure
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
