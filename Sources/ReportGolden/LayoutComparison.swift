import Foundation
import ReportExport

/// Both versions printed by LibreOffice and compared as pages: page counts, then each page as
/// a grey raster at a fixed resolution — the share of pixels that differ, the box around them,
/// and a PNG of the old page with the changes in red for a person to open.
struct LayoutComparison {
    let converter: PDFConverter
    let dpi = 50

    struct Page {
        let width: Int
        let height: Int
        let pixels: [UInt8]
    }

    func compare(file: String, old: [UInt8], new: [UInt8], images: URL) throws -> [GoldenDifference] {
        let work = try TemporaryFolder.make("gkexport-layout")
        defer { TemporaryFolder.remove(work) }
        let ext = URL(fileURLWithPath: file).pathExtension
        var pages: [[Page]] = []
        for (label, bytes) in [("old", old), ("new", new)] {
            let doc = work.appendingPathComponent("\(label).\(ext)")
            try Data(bytes).write(to: doc)
            let pdf = work.appendingPathComponent("\(label).pdf")
            try converter.convert(doc, to: pdf)
            pages.append(try raster(pdf, prefix: work.appendingPathComponent(label).path))
        }
        var out: [GoldenDifference] = []
        if pages[0].count != pages[1].count {
            out.append(GoldenDifference(file: file, kind: .layout, message: "页数: \(pages[0].count) → \(pages[1].count)"))
        }
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        for (i, (a, b)) in zip(pages[0], pages[1]).enumerated() {
            guard let diff = Self.difference(a, b) else { continue }
            let image = images.appendingPathComponent("\(file)-page-\(i + 1).png")
            try AtomicFile.write(diff.png, to: image)
            out.append(GoldenDifference(file: file, kind: .layout,
                message: String(format: "第 %d 页: %.2f%% 的像素不同，范围 x %d–%d、y %d–%d（%d dpi）", i + 1, diff.share * 100,
                                diff.box.0, diff.box.2, diff.box.1, diff.box.3, dpi),
                detail: [image.path]))
        }
        return out
    }

    func raster(_ pdf: URL, prefix: String) throws -> [Page] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftoppm", "-gray", "-r", String(dpi), pdf.path, prefix]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PDFConverter.Failure(message: "pdftoppm 无法读取 \(pdf.path)（需要 poppler-utils）") }
        let folder = URL(fileURLWithPath: prefix).deletingLastPathComponent()
        let stem = URL(fileURLWithPath: prefix).lastPathComponent + "-"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(stem) && $0.hasSuffix(".pgm") }
            .sorted { Int($0.dropFirst(stem.count).dropLast(4))! < Int($1.dropFirst(stem.count).dropLast(4))! }
        return try files.map { try Self.pgm([UInt8](Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// A binary PGM (P5, 8-bit), as pdftoppm -gray writes it.
    static func pgm(_ bytes: [UInt8]) throws -> Page {
        var fields: [Int] = []
        var i = 2
        while fields.count < 3 {
            while bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            var n = 0
            while bytes[i] >= 0x30 && bytes[i] <= 0x39 { n = n * 10 + Int(bytes[i] - 0x30); i += 1 }
            fields.append(n)
        }
        i += 1
        return Page(width: fields[0], height: fields[1], pixels: Array(bytes[i..<(i + fields[0] * fields[1])]))
    }

    /// nil when the pages match; else the share of differing pixels, their box and the image.
    static func difference(_ a: Page, _ b: Page) -> (share: Double, box: (Int, Int, Int, Int), png: [UInt8])? {
        let width = max(a.width, b.width), height = max(a.height, b.height)
        var rgb = [UInt8](repeating: 255, count: width * height * 3)
        var changed = 0
        var box = (Int.max, Int.max, -1, -1)
        for y in 0..<height {
            for x in 0..<width {
                let pa: Int = (x < a.width && y < a.height) ? Int(a.pixels[y * a.width + x]) : 255
                let pb: Int = (x < b.width && y < b.height) ? Int(b.pixels[y * b.width + x]) : 255
                let o = (y * width + x) * 3
                if abs(pa - pb) > 32 {
                    changed += 1
                    box = (min(box.0, x), min(box.1, y), max(box.2, x), max(box.3, y))
                    // Ink that moved: where the old page had it, dark red; where it went, bright red.
                    rgb[o] = 255
                    rgb[o + 1] = pa < pb ? 0 : 120
                    rgb[o + 2] = pa < pb ? 0 : 120
                } else {
                    // The old page, faded, for context.
                    let faded = UInt8(155 + pa * 100 / 255)
                    rgb[o] = faded; rgb[o + 1] = faded; rgb[o + 2] = faded
                }
            }
        }
        guard changed > 0 else { return nil }
        return (Double(changed) / Double(width * height), box, PNGImage.rgb(width: width, height: height, pixels: rgb))
    }
}
