import Foundation
import Testing
import TestSupport
import Yams
import YAMLEventBounds
@testable import ReportExport

/// The bundled templates decode in one walk (no Yams), to exactly what Yams' decoder makes of
/// them; shapes the plain decoder is unsure of are left to Yams.
@Suite struct PlainTemplateDecoderTests {
    static let folder = TemplateLibrary().directory

    static func files(_ kind: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent(kind), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
    }

    /// Both decodings as sorted JSON, so any field that differs shows.
    static func same<T: Codable>(_ type: T.Type, _ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let root = try #require(YAMLPlainTree.parse(text), "\(url.lastPathComponent)")
        let plain = try PlainTemplateDecoder.decode(T.self, from: root)
        let yams = try YAMLDecoder().decode(T.self, from: text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(plain) == encoder.encode(yams), "\(url.lastPathComponent)")
    }

    @Test func bundledFormatsDecodeAsYamsDecodesThem() throws {
        let files = try Self.files("formats")
        #expect(files.count >= 3)
        for url in files { try Self.same(FormatFile.self, url) }
    }

    @Test func bundledStyleSetsDecodeAsYamsDecodesThem() throws {
        for url in try Self.files("styles") { try Self.same(StyleSet.self, url) }
    }

    static func unsure<T: Decodable>(_ type: T.Type, _ text: String) -> Bool {
        guard let root = YAMLPlainTree.parse(text) else { return true }
        return (try? PlainTemplateDecoder.decode(T.self, from: root)) == nil
    }

    struct Numbers: Codable, Equatable {
        var count: Int
        var size: Double
        var flag: Bool
        var note: String?
    }

    /// Spellings Yams reads its own way (octal, hex, underscores, yes/no, .inf, quoted numbers,
    /// merge keys) are not guessed at.
    @Test(arguments: ["count: 010\nsize: 1\nflag: true\n", "count: 0x1F\nsize: 1\nflag: true\n", "count: 1_000\nsize: 1\nflag: true\n",
                      "count: 1\nsize: .inf\nflag: true\n", "count: 1\nsize: 1e3\nflag: true\n", "count: 1\nsize: 1\nflag: yes\n",
                      "count: '1'\nsize: 1\nflag: true\n", "count: 1\nsize: 1\nflag: true\n<<: {note: x}\n", "count: -0\nsize: 1\nflag: true\n",
                      "count: [1]\nsize: 1\nflag: true\n", "size: 1\nflag: true\n", "count: 1\nsize: 1\nflag: !!bool true\n"])
    func unusualSpellingsAreLeftToYams(_ text: String) {
        #expect(Self.unsure(Numbers.self, text))
    }

    @Test func plainSpellingsReadAsYamsReadsThem() throws {
        for text in ["count: 12\nsize: -3.25\nflag: false\nnote: null\n", "count: 0\nsize: 10\nflag: true\nnote: '010'\n",
                     "count: -7\nsize: 0.5\nflag: false\nnote: ~\n", "count: 1\nsize: 1\nflag: true\nnote:\n", "{count: 3, size: 2, flag: true, note: x}"] {
            let root = try #require(YAMLPlainTree.parse(text))
            #expect(try PlainTemplateDecoder.decode(Numbers.self, from: root) == YAMLDecoder().decode(Numbers.self, from: text), "\(text)")
        }
    }
}
