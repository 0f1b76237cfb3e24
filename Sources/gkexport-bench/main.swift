import Foundation
import OOXMLWriter
import ReportBatch
import ReportExport
import SampleReports

// gkexport-bench: how long rendering takes, in figures. Run in release:
//   swift run -c release gkexport-bench [REPORT] [--iterations N]
// Prints the median and p99 milliseconds per render, and the output sizes.

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

var arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "read" {
    try runReadLoop(Array(arguments.dropFirst()))
    exit(0)
}

// `gkexport-bench serialize [--rounds N]`: DOCX + ODT serialization alone, as a batch does it,
// against the deflate floor of the same parts (what `floors` prints, without the rest; a
// loop to profile).
if arguments.first == "serialize" {
    try runSerializeFloor(Array(arguments.dropFirst()))
    exit(0)
}

if arguments.first == "floors" {
    try runFloors(Array(arguments.dropFirst()))
    exit(0)
}

// `gkexport-bench layout [REPORT] [N]`: layout alone, in a loop (see LayoutBench.swift).
if arguments.first == "layout" {
    try layoutBench(arguments)
    exit(0)
}

// `gkexport-bench sheet FILE`: how long reading a CSV sheet takes.
if arguments.first == "sheet", arguments.count >= 2 {
    let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
    let ms = try milliseconds { _ = try CSVSheet(data: data) }
    let sheet = try CSVSheet(data: data)
    print(String(format: "read %d records × %d columns (%@) in %.1f ms", sheet.records.count, sheet.header.count, sheet.encoding, ms))
    exit(0)
}

// `gkexport-bench batch N`: N generated agencies through the batch path. Prints median and
// p99 ms per document (DOCX, ODT, both; one core), the deflate floor of the same per-report
// bytes, reports/s on one core and on all cores, and peak RSS.
if arguments.first == "batch", arguments.count >= 2, let n = Int(arguments[1]) {
    let library = TemplateLibrary()
    let format = try library.format("2021")
    let samples = SampleReports(format: format, year: 2021)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gkexport-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let sheetURL = try samples.writeSheet(count: n, to: work)
    let sheet = try SheetReports(path: sheetURL.path, templates: library)
    let renderer = ReportRenderer(templates: library)

    // Per document, one core, shared parts built once as the batch does.
    let sampleCount = min(n, 300)
    let documents = try (0..<sampleCount).map { try renderer.document(for: sheet.load($0)) }
    let docxShared = try DOCXSerializer.sharedParts(for: documents[0])
    let odtShared = try ODTSerializer.sharedParts(for: documents[0])
    var docxMs: [Double] = [], odtMs: [Double] = [], bothMs: [Double] = [], floorMs: [Double] = []
    for document in documents {
        var docx: [UInt8] = [], odt: [UInt8] = []
        docxMs.append(try milliseconds { docx = try DOCXSerializer.serialize(document, shared: docxShared) })
        odtMs.append(try milliseconds { odt = try ODTSerializer.serialize(document, shared: odtShared) })
        bothMs.append(docxMs.last! + odtMs.last!)
        // The floor: zlib alone on the per-report entries of both files.
        let own = try [(docx, ["word/document.xml", "docProps/core.xml"]), (odt, ["content.xml", "meta.xml"])].flatMap { bytes, names in
            let zip = try ZipReader(bytes)
            return try names.map { try zip.data($0) }
        }
        floorMs.append(milliseconds { for e in own { _ = ZipEntry(name: "x", data: e) } })
    }
    summary("DOCX per document", docxMs)
    summary("ODT per document", odtMs)
    summary("DOCX + ODT per report", bothMs)
    summary("deflate floor per report (DOCX + ODT own parts)", floorMs)
    let median = { (xs: [Double]) in xs.sorted()[xs.count / 2] }
    print(String(format: "DOCX + ODT / deflate floor: %.2f×", median(bothMs) / median(floorMs)))

    for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
        var options = BatchRunner.Options()
        options.jobs = jobs
        let out = work.appendingPathComponent("out-\(jobs)")
        var results: [BatchResult] = []
        let ms = try milliseconds { results = try BatchRunner(renderer: renderer).run(.sheet(sheet), to: out, options: options) }
        let ok = results.filter { $0.status == .ok }.count
        print(String(format: "batch, %d job(s): %d reports (%d ok) → DOCX + ODT in %.2f s, %.0f reports/s", jobs, n, ok, ms / 1000, Double(n) / (ms / 1000)))
    }
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM") }) {
        print("peak RSS: \(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))")
    }
    exit(0)
}

// `gkexport-bench review N [COPIES MISMATCHES BROKEN] [--batch]`: the office review on N planted agencies.
if arguments.first == "review", arguments.count >= 2, let n = Int(arguments[1]) {
    let planted = arguments.dropFirst(2).compactMap { Int($0) }
    try ReviewBench.run(count: n, copies: planted.count > 0 ? planted[0] : 30, mismatches: planted.count > 1 ? planted[1] : 30,
                        broken: planted.count > 2 ? planted[2] : 30, batch: arguments.contains("--batch"))
    exit(0)
}

// `gkexport-bench pdf N [--baseline M] [--pdf-jobs J]`: PDF for N agencies in a batch (see PDFBench.swift).
if arguments.first == "pdf" {
    do {
        try pdfBench(arguments)
    } catch {
        FileHandle.standardError.write(Data("gkexport-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

// `gkexport-bench generate N DIR [YEAR] [--folder]`: a CSV sheet of N synthetic agencies
// (valid numbers, narrative files beside it) to feed `gkexport batch`; with `--folder`, one
// YAML file per agency instead (the folder batch's input, as `floors --batch` makes it).
if arguments.first == "generate", arguments.count >= 3, let n = Int(arguments[1]) {
    let asFolder = arguments.contains("--folder")
    arguments.removeAll { $0 == "--folder" }
    let year = arguments.count > 3 ? Int(arguments[3]) ?? 2021 : 2021
    let library = TemplateLibrary()
    let format = try library.format(try library.edition(forYear: year) ?? "2021")
    if asFolder {
        let folder = URL(fileURLWithPath: arguments[2])
        let samples = SampleReports(format: format, year: year)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<n {
            try Data(samples.reportFile(i).utf8).write(to: folder.appendingPathComponent(String(format: "agency-%05d.yaml", i)))
        }
        print("wrote \(n) YAML reports into \(folder.path) (edition \(format.edition))")
        exit(0)
    }
    let sheet = try SampleReports(format: format, year: year).writeSheet(count: n, to: URL(fileURLWithPath: arguments[2]))
    print("wrote \(sheet.path) (\(n) agencies, edition \(format.edition))")
    exit(0)
}
var iterations = 50
if let i = arguments.firstIndex(of: "--iterations"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    iterations = n
    arguments.removeSubrange(i...(i + 1))
}
let path = arguments.first ?? "examples/fengcheng-2020.yaml"

func summary(_ label: String, _ samples: [Double]) {
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    print(String(format: "%@: median %.3f ms, p99 %.3f ms, min %.3f ms (%d runs)", label, median, p99, sorted[0], sorted.count))
}

do {
    let renderer = ReportRenderer()
    var size = 0, odtSize = 0, htmlSize = 0
    var read: [Double] = [], layout: [Double] = [], docx: [Double] = [], odt: [Double] = [], html: [Double] = [], total: [Double] = []
    for _ in 0..<iterations {
        var loaded: ReportFileReader.Loaded!
        var document: Document!
        var bytes: [UInt8] = []
        let t = try milliseconds {
            read.append(try milliseconds { loaded = try renderer.load(path: path) })
            layout.append(try milliseconds { document = try renderer.document(for: loaded) })
            docx.append(try milliseconds { bytes = try renderer.bytes(document, format: .docx) })
        }
        total.append(t)
        size = bytes.count
        odt.append(try milliseconds { odtSize = try renderer.bytes(document, format: .odt).count })
        // The page and its fragment: everything `--format html` writes.
        html.append(try milliseconds { htmlSize = try OutputFormat.html.files(document).reduce(0) { $0 + $1.count } })
    }
    print("report: \(path)")
    summary("read + check report file", read)
    summary("layout (templates + Document)", layout)
    summary("DOCX serialize + zip", docx)
    summary("ODT serialize + zip", odt)
    summary("HTML serialize (page + fragment)", html)
    // The deflate floor: zlib alone compressing and checksumming the same entries.
    let document = try renderer.document(for: try renderer.load(path: path))
    var floor: [Double] = []
    let entries = try [DOCXSerializer.serialize(document), ODTSerializer.serialize(document)].flatMap { bytes in
        let zip = try ZipReader(bytes)
        return try zip.entries.map { try zip.data($0) }
    }
    for _ in 0..<iterations {
        floor.append(milliseconds { for e in entries { _ = ZipEntry(name: "x", data: e) } })
    }
    summary("deflate floor, DOCX + ODT entries", floor)
    summary("total, file to DOCX bytes", total)
    let median = { (xs: [Double]) in xs.sorted()[xs.count / 2] }
    print(String(format: "ODT/DOCX serialize time ratio: %.2f", median(odt) / median(docx)))
    print(String(format: "HTML/DOCX serialize time ratio: %.2f", median(html) / median(docx)))
    print("DOCX size: \(size) bytes, ODT size: \(odtSize) bytes, HTML page + fragment: \(htmlSize) bytes")
} catch {
    FileHandle.standardError.write(Data("gkexport-bench: \(error)\n".utf8))
    exit(1)
}
