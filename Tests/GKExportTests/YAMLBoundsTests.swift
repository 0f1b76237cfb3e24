import Foundation
import Testing
import TestSupport

/// YAML and JSON are bounded before a tree is built: aliases count as what they stand for,
/// nesting and node count are capped, each refusal names its line.
@Suite struct YAMLBoundsTests {
    /// Each level is nine aliases of the one before; the last is used as a mapping key, which
    /// Yams hashes whole (9ⁿ nodes). Unbounded, eight levels took 13 s.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"]
        for i in 1..<levels {
            lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]")
        }
        lines.append("*a\(levels - 1) : 1")
        return lines.joined(separator: "\n") + "\n"
    }

    static func refused(_ text: String, name: String, saying message: String) throws {
        try withScratch("gkexport-yaml") { dir in
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            let run = try MeasuredRun.run(["validate", name], in: dir)
            run.expectRefused(name, saying: message)
        }
    }

    @Test func aliasOfAliasAsMappingKeyIsRefusedQuickly() throws {
        let bomb = Self.aliasBomb(levels: 12)
        #expect(bomb.utf8.count < 600)
        try Self.refused(bomb, name: "bomb.yaml", saying: "bomb.yaml:5:30: 错误：别名“*a3”展开后，文件里的值超过 50000 个（别名套别名）")
    }

    @Test func aFewSmallAliasesStillWork() throws {
        // An anchor reused for a row of zeros is legitimate YAML and stays accepted.
        let zeros = "{natural_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0, total: 0}"
        let file = try CLI.exampleVariant([("  received:                    \(zeros)", "  received:                    &none \(zeros)"),
                                           ("  carried_over:                \(zeros)", "  carried_over:                *none")])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func deepNestingIsRefusedByLine() throws {
        let deep = "agency: x\nyear: 2020\nproactive: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        try Self.refused(deep, name: "deep.yaml", saying: "deep.yaml:3:")
        try Self.refused(deep, name: "deep.yaml", saying: "错误：嵌套超过 20 层")
        // Within libyaml's own limit the bound is ours: the file's mapping and 20 brackets make 21 levels.
        let twentyOne = "agency: x\nyear: 2020\nproactive: " + String(repeating: "[", count: 21) + String(repeating: "]", count: 21) + "\n"
        try Self.refused(twentyOne, name: "deep.yaml", saying: "deep.yaml:3:31: 错误：嵌套超过 20 层")
    }

    @Test func deepJSONIsRefusedToo() throws {
        let deep = "{\"agency\": " + String(repeating: "{\"a\": ", count: 100) + "1" + String(repeating: "}", count: 100) + "}"
        try Self.refused(deep, name: "deep.json", saying: "deep.json:1:")
        try Self.refused(deep, name: "deep.json", saying: "嵌套超过 20 层")
    }

    @Test func aMillionValuesAreRefusedByCount() throws {
        let many = "{\"agency\": [" + Array(repeating: "0", count: 1_000_000).joined(separator: ",") + "]}"
        try Self.refused(many, name: "many.json", saying: "文件里的值超过 50000 个，报告文件只有几百个")
    }

    @Test func twentyFourThousandUnknownKeysAreNotAllSaid() throws {
        let keys = (1...24_000).map { ", \"k\($0)\": 1" }.joined()
        try withScratch("gkexport-yaml") { dir in
            try Data("{\"agency\": \"x\", \"year\": 2020\(keys)}".utf8).write(to: dir.appendingPathComponent("keys.json"))
            let run = try MeasuredRun.run(["validate", "keys.json"], in: dir)
            run.expectRefused("keys.json", saying: "keys.json: 错误：另有 23800 处未逐一检查和列出：问题超过 200 个")
            #expect(run.result.stderr.components(separatedBy: "不认识的键").count - 1 == 200)
        }
    }
}
