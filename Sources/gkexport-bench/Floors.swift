import Foundation
import OOXMLWriter
import ReportExport
import SampleReports
import YAMLEventBounds

// `gkexport-bench floors [--iterations N] [--batch N]`: each stage's figure next to its floor
// and its target (issue 16 §4), run from the repository root. The render process and the
// batches need the `gkexport` binary built beside this one (`swift build -c release`).

struct FloorLine {
    let label: String
    let figure: String
    let target: String
    let met: Bool?

    func print() {
        let verdict = met.map { $0 ? "ok" : "MISSED" } ?? ""
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(1, n - s.count)) }
        Swift.print(pad(label, 50) + pad(figure, 20) + (target.isEmpty ? "" : pad("target " + target, 26) + verdict))
    }
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

/// The median of `iterations` timed runs of `body`, after a few unmeasured ones.
func medianMs(_ iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<5 { try body() }
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations { samples.append(try milliseconds(body)) }
    return median(samples)
}

func runFloors(_ arguments: [String]) throws {
    var iterations = 500, batch = 0
    if let i = arguments.firstIndex(of: "--iterations"), i + 1 < arguments.count { iterations = Int(arguments[i + 1]) ?? iterations }
    if let i = arguments.firstIndex(of: "--batch"), i + 1 < arguments.count { batch = Int(arguments[i + 1]) ?? 0 }
    let library = TemplateLibrary()
    let reader = ReportFileReader(templates: library)
    _ = try library.styleSet()

    // Templates as a fresh process meets them: the seed's format and the style set, decoded.
    let templates = medianMs(max(10, iterations / 20)) {
        let fresh = TemplateLibrary(directory: library.directory)
        _ = try? fresh.format(fresh.edition(forYear: 2020) ?? "")
        _ = try? fresh.styleSet()
    }
    FloorLine(label: "templates decoded (format 2019 + style set)", figure: String(format: "%.2f ms", templates), target: "", met: nil).print()

    // Reading and checking, against libyaml alone on the same text.
    for path in ["examples/fengcheng-2020.yaml", "examples/fengcheng-2020.json"] {
        let read = try medianMs(iterations) { _ = try reader.load(path: path) }
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if path.hasSuffix(".json") { text = text.replacingOccurrences(of: "\t", with: " ") }
        let floor = medianMs(iterations) { _ = YAMLPlainTree.eventCount(text) }
        FloorLine(label: "read + check \(path)", figure: String(format: "%.3f ms", read), target: "≤ 0.350 ms", met: read <= 0.35).print()
        FloorLine(label: "  libyaml events alone (floor)", figure: String(format: "%.3f ms", floor), target: "", met: nil).print()
        FloorLine(label: "  read + check / libyaml floor", figure: String(format: "%.2f×", read / floor), target: "≤ 4×", met: read / floor <= 4).print()
    }

    let format = try library.format("2021")
    let samples = SampleReports(format: format, year: 2021)
    try serializeFloor(rounds: max(1, iterations / 100), library: library, samples: samples)

    // Whole processes: the CLI built beside this binary.
    let gkexport = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("gkexport").path
    guard FileManager.default.isExecutableFile(atPath: gkexport) else {
        print("(no \(gkexport): build it to time the render process and the batches)")
        return
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-floors-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let render = (0..<30).map { _ in
        ProcessRun(gkexport, ["render", "examples/fengcheng-2020.yaml", "-o", work.appendingPathComponent("render").path])
    }
    FloorLine(label: "one-report render process (DOCX + ODT)", figure: String(format: "%.1f ms", median(render.map(\.wallMs))),
              target: "≤ 15 ms", met: median(render.map(\.wallMs)) <= 15).print()
    FloorLine(label: "  its CPU time (user + system)", figure: String(format: "%.1f ms", median(render.map(\.cpuMs))), target: "", met: nil).print()

    guard batch > 0 else { return }
    let folder = work.appendingPathComponent("reports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for i in 0..<batch {
        try Data(samples.reportFile(i).utf8).write(to: folder.appendingPathComponent(String(format: "agency-%05d.yaml", i)))
    }
    let sheet = try samples.writeSheet(count: batch, to: work.appendingPathComponent("sheet"))
    // Flushed before any run is timed: otherwise the first run (the default) pays for the
    // writeback of these inputs and looks slower than the same setting timed later.
    sync()
    print("batches timed with load average \(CPUClock.loadAverage())")
    let cores = ProcessInfo.processInfo.activeProcessorCount
    if let busy = busyLoad(cores: cores) {
        print("(load average \(busy) on \(cores) cores before the batches: other work shares the machine, wall times are high)")
    }
    for (name, input, limit) in [("folder", folder.path, 8.0 * Double(batch) / 10_000), ("sheet", sheet.path, 6.0 * Double(batch) / 10_000)] {
        // Each setting twice, in the order there and back (default, 1, 2, 3, 4, 4, 3, 2, 1,
        // default), each figure the mean of its two runs: whatever drifts during the bench
        // (on this ext4 without a journal, the cost of inodes freed in the last minutes
        // decays as the runs go on) then weighs on every setting alike, not on the first.
        let settings = [nil, 1, cores, cores + 1, cores + 2] as [Int?]
        var runs: [[ProcessRun]] = Array(repeating: [], count: settings.count)
        for (pass, order) in [Array(settings.indices), settings.indices.reversed()].enumerated() {
            for i in order {
                let jobs = settings[i]
                // A fresh folder per run, all removed at the end: removing the previous run's
                // 20,000 files here slowed the next run several-fold (`recently_deleted`).
                let out = work.appendingPathComponent("out-\(name)-\(jobs.map(String.init) ?? "default")-\(pass)")
                runs[i].append(ProcessRun(gkexport, ["batch", input, "-o", out.path] + (jobs.map { ["--jobs", "\($0)"] } ?? [])))
                // This run's outputs written back now, not during the next setting's timing.
                sync()
            }
        }
        let mean = { (rs: [ProcessRun], key: KeyPath<ProcessRun, Double>) in rs.map { $0[keyPath: key] }.reduce(0, +) / Double(rs.count) }
        let wallOf = runs.map { mean($0, \.wallMs) / 1000 }, cpuOf = runs.map { mean($0, \.cpuMs) / 1000 }
        let wall = wallOf[0], rss = runs[0].map(\.peakRSSMB).max() ?? 0
        FloorLine(label: "\(batch) agencies from a \(name) → DOCX + ODT", figure: String(format: "%.2f s, %.0f MB", wall, rss),
                  target: String(format: "≤ %.1f s, 150 MB", limit), met: wall <= limit && rss <= 150).print()
        FloorLine(label: "  its CPU time (user + system)", figure: String(format: "%.2f s", cpuOf[0]), target: "", met: nil).print()
        FloorLine(label: "  its two runs", figure: runs[0].map { String(format: "%.2f s", $0.wallMs / 1000) }.joined(separator: ", "),
                  target: "", met: nil).print()
        for i in settings.indices.dropFirst() {
            FloorLine(label: "  --jobs \(settings[i]!)", figure: String(format: "%.2f s (CPU %.2f s; runs %@)", wallOf[i], cpuOf[i],
                                                                        runs[i].map { String(format: "%.2f", $0.wallMs / 1000) }.joined(separator: ", ")),
                      target: "", met: nil).print()
        }
        let fastest = wallOf.dropFirst().min() ?? 0
        FloorLine(label: "  default / fastest other setting", figure: String(format: "%.2f×", wall / fastest),
                  target: "≤ 1× (noise ±5 %)", met: wall <= fastest * 1.05).print()
    }
}

/// The 1-minute load average when it is at least half the cores (others are busy), else nil.
func busyLoad(cores: Int) -> String? {
    let load = loadAverage()
    guard let value = Double(load), value >= Double(cores) / 2 else { return nil }
    return load
}

/// `gkexport-bench serialize [--rounds N]`: the serialize line of `floors` alone.
func runSerializeFloor(_ arguments: [String]) throws {
    var rounds = 20
    if let i = arguments.firstIndex(of: "--rounds"), i + 1 < arguments.count { rounds = Int(arguments[i + 1]) ?? rounds }
    let library = TemplateLibrary()
    let format = try library.format("2021")
    try serializeFloor(rounds: rounds, library: library, samples: SampleReports(format: format, year: 2021))
}

/// Serializing as a batch does (shared parts built once), against zlib alone on the same
/// per-report parts at the same level, over 100 sample reports `rounds` times.
func serializeFloor(rounds: Int, library: TemplateLibrary, samples: SampleReports) throws {
    let reader = ReportFileReader(templates: library)
    let renderer = ReportRenderer(templates: library)
    let documents = try (0..<100).map { i -> Document in
        let loaded = try reader.load(bytes: Data(samples.reportFile(i).utf8), name: "sample-\(i).yaml")
        return try renderer.document(for: loaded.report)
    }
    let docxShared = try DOCXSerializer.sharedParts(for: documents[0])
    let odtShared = try ODTSerializer.sharedParts(for: documents[0])
    var both: [Double] = [], floors: [Double] = []
    for _ in 0..<rounds {
        for document in documents {
            var docx: [UInt8] = [], odt: [UInt8] = []
            both.append(try milliseconds {
                docx = try DOCXSerializer.serialize(document, shared: docxShared)
                odt = try ODTSerializer.serialize(document, shared: odtShared)
            })
            let own = try [(docx, ["word/document.xml", "docProps/core.xml"]), (odt, ["content.xml", "meta.xml"])].flatMap { bytes, names in
                let zip = try ZipReader(bytes)
                return try names.map { try zip.data($0) }
            }
            floors.append(milliseconds { for e in own { _ = ZipEntry(name: "x", data: e) } })
        }
    }
    FloorLine(label: "DOCX + ODT serialize per report (batch)", figure: String(format: "%.3f ms", median(both)), target: "", met: nil).print()
    FloorLine(label: "  deflate floor of its own parts, level 6", figure: String(format: "%.3f ms", median(floors)), target: "", met: nil).print()
    let ratio = median(both) / median(floors)
    FloorLine(label: "  serialize / deflate floor", figure: String(format: "%.2f×", ratio), target: "≤ 1.3×", met: ratio <= 1.3).print()
}
