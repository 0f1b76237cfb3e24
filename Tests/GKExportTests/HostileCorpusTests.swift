import Foundation
import Testing
import TestSupport

/// Every case under `Tests/Corpus/hostile/` through the built binary: the exit code and
/// message it must give, in under a second (or the case's `maxseconds`), under 200 MB, and
/// never a crash. The case format is in `Tests/Corpus/hostile/README.md`.
@Suite struct HostileCorpusTests {
    static let folder = Paths.root.appendingPathComponent("Tests/Corpus/hostile")

    static var caseNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("case.txt").path)
        }.sorted()
    }

    @Test func corpusIsLargeEnough() throws {
        var files = Self.caseNames.flatMap { name in
            ((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(name).path)) ?? [])
                .filter { $0 != "case.txt" }
        }
        // Inputs kept elsewhere in the repository (`copy:`) are inputs of their case too.
        for name in Self.caseNames {
            files += try HostileCase(folder: Self.folder.appendingPathComponent(name)).copies.map(\.destination)
        }
        #expect(Self.caseNames.count >= 50, "\(Self.caseNames.count) hostile cases")
        #expect(files.count >= 50, "\(files.count) hostile input files")
    }

    @Test(arguments: caseNames) func hostileCase(_ name: String) throws {
        let spec = try HostileCase(folder: Self.folder.appendingPathComponent(name))
        let outcome = try spec.run()
        let context = "\(name): exit \(outcome.status), \(outcome.seconds) s wall, \(outcome.cpuSeconds) s CPU, \(outcome.peakKB) KB\nstderr: \(outcome.stderr)\nstdout: \(outcome.stdout.prefix(2000))"
        #expect(outcome.signal == nil, "\(name) crashed (signal \(outcome.signal ?? 0))\n\(context)")
        #expect(!outcome.stderr.contains("Fatal error"), "\(name) crashed\n\(context)")
        #expect(!outcome.timedOut, "\(name) hung\n\(context)")
        #expect(outcome.status == spec.exit, "\(context)")
        for text in spec.stderr { #expect(outcome.stderr.contains(text), "\(name): stderr lacks “\(text)”\n\(context)") }
        for text in spec.stdout { #expect(outcome.stdout.contains(text), "\(name): stdout lacks “\(text)”\n\(context)") }
        let overrun = TimeBudget.overrun(wall: outcome.seconds, cpu: outcome.cpuSeconds, limit: spec.maxSeconds)
        #expect(overrun == nil, "\(name) \(overrun ?? "")\n\(context)")
        #expect(outcome.peakKB < 200_000, "\(name) peaked at \(outcome.peakKB) KB\n\(context)")
        if let expected = spec.files {
            #expect(outcome.outputFiles == expected.sorted(), "\(name): output folder holds \(outcome.outputFiles)\n\(context)")
        }
    }
}

/// One case folder: its inputs and `case.txt`.
struct HostileCase {
    let folder: URL
    var arguments: [String] = []
    var exit: Int32 = 0
    var stderr: [String] = []
    var stdout: [String] = []
    var setup: [String] = []
    /// Files kept elsewhere in the repository (an example, a golden document), copied in first.
    var copies: [(source: String, destination: String)] = []
    var environment: [(String, String)] = []
    var stdin: String?
    var files: [String]?
    var maxSeconds = 1.0

    init(folder: URL) throws {
        self.folder = folder
        let text = try String(contentsOf: folder.appendingPathComponent("case.txt"), encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "args": arguments = value.split(separator: " ").map(String.init)
            case "exit": exit = Int32(value) ?? -1
            case "stderr": stderr.append(value)
            case "stdout": stdout.append(value)
            case "setup": setup.append(value)
            case "copy":
                let paths = value.split(separator: " ").map(String.init)
                if paths.count == 2 { copies.append((paths[0], paths[1])) } else { Issue.record("\(folder.lastPathComponent)/case.txt: copy: takes SOURCE DESTINATION") }
            case "stdin": stdin = value
            case "files": files = value.split(separator: " ").map(String.init)
            case "maxseconds": maxSeconds = Double(value) ?? maxSeconds
            case "env":
                if let eq = value.firstIndex(of: "=") {
                    environment.append((String(value[..<eq]), String(value[value.index(after: eq)...])))
                }
            default: Issue.record("\(folder.lastPathComponent)/case.txt: unknown key \(key)")
            }
        }
    }

    struct Outcome {
        var status: Int32
        var signal: Int32?
        var timedOut: Bool
        var seconds: Double
        var cpuSeconds: Double
        var peakKB: Int
        var stdout: String
        var stderr: String
        var outputFiles: [String]
    }

    /// Copies the case (and its `copy:` files) to a fresh folder, runs its setup there, then the binary through
    /// `TimedBinary`, killed after 30 s.
    func run() throws -> Outcome {
        let work = Paths.temporaryDirectory("gkexport-hostile-corpus").appendingPathComponent(folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: work)
        for (source, destination) in copies {
            let target = work.appendingPathComponent(destination)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Paths.root.appendingPathComponent(source), to: target)
        }
        let out = work.appendingPathComponent("out-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        func expand(_ s: String) -> String {
            s.replacingOccurrences(of: "{out}", with: out.path)
                .replacingOccurrences(of: "{case}", with: work.path)
                .replacingOccurrences(of: "{gkexport}", with: Paths.gkexport.path)
        }
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in self.environment {
            var v = expand(value)
            for (name, current) in ProcessInfo.processInfo.environment { v = v.replacingOccurrences(of: "$\(name)", with: current) }
            environment[key] = v
        }
        for command in setup {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", expand(command)]
            shell.currentDirectoryURL = work
            shell.environment = environment
            try shell.run()
            shell.waitUntilExit()
            if shell.terminationStatus != 0 { Issue.record("\(folder.lastPathComponent): setup failed: \(command)") }
        }
        let run = try TimedBinary.run(arguments.map(expand), in: work, environment: environment,
                                      stdinFile: stdin.map { work.appendingPathComponent(expand($0)) }, killAfter: 30)
        let outputs = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return Outcome(status: run.status, signal: run.crashed ? run.signal : nil, timedOut: run.timedOut, seconds: run.wall,
                       cpuSeconds: run.cpu ?? run.wall, peakKB: run.peakKB ?? 0, stdout: run.stdout, stderr: run.stderr,
                       outputFiles: outputs)
    }
}
