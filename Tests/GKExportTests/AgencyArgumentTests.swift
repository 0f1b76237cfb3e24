import Foundation
import Testing
import TestSupport

/// An agency name with a line break would end the header comment and inject YAML keys.
@Suite struct AgencyArgumentTests {
    @Test func initRefusesControlCharacters() throws {
        let folder = Paths.temporaryDirectory("agency-arg")
        for name in ["X\nedition: 2021", "X\redition: 2021", "X\u{2028}Y", "X\tY"] {
            let out = folder.appendingPathComponent("r.yaml")
            let run = try CLI.run(["init", name, "2021", "-o", out.path])
            #expect(run.status == 64, "\(name.debugDescription): \(run.stderr)")
            #expect(run.stderr.contains("控制字符"))
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let ok = try CLI.run(["init", "丰城市行政审批局", "2021"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("agency: 丰城市行政审批局"))
    }

    @Test func aggregateRefusesControlCharactersInAgency() throws {
        let folder = Paths.temporaryDirectory("agency-arg")
        let out = folder.appendingPathComponent("total.yaml")
        let run = try CLI.run(["aggregate", Paths.example.path, "--agency", "X\nedition: 2021", "-o", out.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--agency"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let ok = try CLI.run(["aggregate", Paths.example.path, "--agency", "某市汇总 # 不是注释", "-o", out.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("agency: "))
        let check = try CLI.run(["validate", out.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
