import Foundation

/// What the PDFs of one run printed in place of the official faces: each PDF's embedded fonts are
/// read after its conversion, and the run says it once, in Chinese, with what to do.
public final class FontReport: @unchecked Sendable {
    /// An official face that a PDF printed with another font.
    public struct Substitution: Hashable, Sendable, Comparable {
        public let face: String
        /// The font used instead, as fontconfig names it ("Noto Serif CJK SC Bold").
        public let standIn: String

        public static func < (a: Substitution, b: Substitution) -> Bool {
            let order = OfficialFace.all.map(\.name)
            return (order.firstIndex(of: a.face) ?? order.count, a.standIn) < (order.firstIndex(of: b.face) ?? order.count, b.standIn)
        }
    }

    private let lock = NSLock()
    private var counts: [Substitution: Int] = [:]
    private var checked = 0

    public init() {}

    /// One PDF's findings (none for a PDF printed in the real faces).
    public func record(_ substitutions: [Substitution]) {
        lock.lock()
        defer { lock.unlock() }
        checked += 1
        for substitution in Set(substitutions) { counts[substitution, default: 0] += 1 }
    }

    /// PDFs whose fonts were read.
    public var documentsChecked: Int {
        lock.lock()
        defer { lock.unlock() }
        return checked
    }

    /// Each substitution with the number of PDFs it was found in, official faces in order.
    public var substitutions: [(Substitution, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// What a person reads once per run, or nil when every official face was real.
    public var text: String? {
        let found = substitutions
        guard !found.isEmpty else { return nil }
        let total = documentsChecked
        var lines = ["字体提示：本机没有下列公文规定字体，PDF 中用了代替字体（已逐份读出 \(total) 份 PDF 嵌入的字体）："]
        for (substitution, count) in found {
            lines.append("  \(substitution.face) → \(substitution.standIn)（\(count == total ? "全部" : "\(count) 份") PDF）")
        }
        lines.append("  DOCX、ODT 里写的仍是规定字体名，在装有这些字体的电脑上打开即用规定字体。")
        lines.append("  → 本单位有这些字体的正版字体文件时，用 --fonts 字体文件夹 让 PDF 用上它们（字体名须为 仿宋_GB2312 等规定名称）")
        if found.contains(where: { $0.0.face == "仿宋_GB2312" && !$0.0.standIn.hasPrefix("FandolFang") }) {
            lines.append("  → 免费字体里只有 FandolFang（apt-get install texlive-lang-chinese）含 GB2312 全部 6763 个汉字，装上后自动用它代替仿宋_GB2312；"
                + "fonts-cwtex-fs（cwTeX 仿宋体）缺 2379 个简体字，不用")
        }
        lines.append("  → 要求 PDF 只用规定字体时加 --strict-fonts：有代替字体的 PDF 不写出")
        return lines.joined(separator: "\n")
    }

    /// The refusal under `--strict-fonts` for one PDF.
    static func refusal(_ substitutions: [Substitution], file: String) -> String {
        "\(file) 的 PDF 里，公文规定字体被代替："
            + substitutions.sorted().map { "\($0.face) → \($0.standIn)" }.joined(separator: "、")
            + "（--strict-fonts 不写出用了代替字体的 PDF），未写出 PDF。\n"
            + "    → 用 --fonts 指定存放本单位正版字体的文件夹（字体名须为 仿宋_GB2312 等规定名称），或去掉 --strict-fonts"
    }
}
