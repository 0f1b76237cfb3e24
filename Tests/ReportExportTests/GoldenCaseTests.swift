import Foundation
import ReportExport
import ReportGolden
import Testing
import TestSupport

/// `cases/` entries: report files, and `.case` files naming a report kept elsewhere.
@Suite struct GoldenCaseTests {
    static func suite(_ files: [String: String]) throws -> GoldenSuite {
        let dir = Paths.temporaryDirectory("gkexport-golden-case")
        let cases = dir.appendingPathComponent("suite/cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return GoldenSuite(directory: dir.appendingPathComponent("suite"))
    }

    @Test func aReferenceTakesItsOwnNameAndRendersTheFileItNames() throws {
        let suite = try Self.suite([
            "examples/town-2020.yaml": "year: 2020\n",
            "suite/cases/town.case": "../../examples/town-2020.yaml\n",
            "suite/cases/local.yml": "year: 2021\n",
            "suite/cases/README.md": "not a case",
            "suite/cases/.hidden.case": "nothing",
        ])
        let cases = try suite.cases()
        #expect(cases.map(\.name) == ["local", "town"])
        #expect(cases[0].source == suite.casesFolder.appendingPathComponent("local.yml"))
        #expect(cases[1].source.path == suite.directory.deletingLastPathComponent().appendingPathComponent("examples/town-2020.yaml").standardizedFileURL.path)
    }

    @Test(arguments: ["", "\n\n", "../a.yaml\n../b.yaml\n", "../../examples/notes.txt"])
    func aReferenceThatIsNotOneReportPathIsRefused(_ text: String) throws {
        let suite = try Self.suite(["suite/cases/bad.case": text])
        #expect(throws: GoldenSuite.Failure.self) { try suite.cases() }
        do {
            _ = try suite.cases()
        } catch {
            #expect(error.description == "\(suite.casesFolder.path)/bad.case：应只有一行，写报告文件（.yaml、.yml、.json）相对 cases/ 的路径")
        }
    }

    @Test func theProjectSuiteRendersTheExamplesWithoutCopies() throws {
        let suite = GoldenSuite(directory: Paths.root.appendingPathComponent("Tests/Golden"))
        let cases = try suite.cases()
        #expect(cases.map(\.name) == ["county-2021", "long-narrative-2021", "seed-2020-json", "seed-2020", "variant-2021"])
        let examples = Paths.root.appendingPathComponent("examples").standardizedFileURL.path
        #expect(cases.allSatisfy { $0.source.deletingLastPathComponent().path == examples })
    }
}
