import ArgumentParser
import Foundation
import ReportExport
import ReportGolden

struct Golden: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "版式回归测试（Regression-test output against golden files）。",
        discussion: "DIR holds cases/ (report files) and golden/ (their DOCX and ODT). Exit codes: 0 same, 1 differences, 2 could not run.",
        subcommands: [Check.self, Update.self]
    )

    struct Options: ParsableArguments {
        @Argument(help: "The golden folder (holding cases/ and golden/).")
        var directory: String

        @Flag(help: "Also print through LibreOffice and compare pages as images.")
        var layout = false

        @OptionGroup var templateOptions: TemplateOptions

        var suite: GoldenSuite {
            GoldenSuite(directory: URL(fileURLWithPath: directory),
                        renderer: ReportRenderer(templates: templateOptions.library))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Compare fresh renders with the golden files; never writes under golden/.")

        @OptionGroup var options: Options

        @Flag(help: "Print the result as JSON.")
        var json = false

        @Option(help: "Where --layout writes its diff images (default: DIR/diff).")
        var images: String?

        func run() throws {
            let suite = options.suite
            let result: GoldenSuite.CheckResult
            do {
                result = try suite.check(layout: options.layout,
                                         images: images.map { URL(fileURLWithPath: $0) } ?? suite.directory.appendingPathComponent("diff"))
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let body = try encoder.encode(["compared": String(result.compared), "same": String(result.differences.isEmpty)])
                let diffs = try encoder.encode(result.differences)
                print("{\"summary\": \(String(decoding: body, as: UTF8.self)), \"differences\": \(String(decoding: diffs, as: UTF8.self))}")
            } else {
                for difference in result.differences { print(difference) }
                print(result.differences.isEmpty
                      ? "相同：\(result.compared) 个文件与 golden 一致"
                      : "不同：\(result.compared) 个文件中发现 \(result.differences.count) 处差异")
            }
            if !result.differences.isEmpty { throw ExitCode(1) }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Render every case into golden/, rewriting only files that changed.")

        @OptionGroup var options: Options

        func run() throws {
            do {
                let result = try options.suite.update(layout: options.layout)
                for name in result.written { print("更新 \(name)") }
                for name in result.removed { print("删除 \(name)（case 的新版本页数减少）") }
                for name in result.stale { print("\(name)：\(GoldenSuite.staleNote)") }
                print("golden：更新 \(result.written.count) 个，删除 \(result.removed.count) 个，未变 \(result.unchanged) 个")
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
        }
    }
}
