import Foundation
import Testing
import Yams
@testable import ReportBatch
@testable import ReportGolden
@testable import ReportImport
@testable import ReportExport

/// Whatever a name holds, what init, aggregate and import write keeps it one value on one line.
@Suite struct YAMLTextEscapeTests {
    @Test func lineBreaksAreEscapedInValuesAndBlankedInComments() throws {
        for name in ["X\nedition: 2021", "X\redition: 2021", "X\u{2028}edition: 2021", "X\u{85}Y", "X # Y"] {
            let line = "agency: \(YAMLText.scalar(name))  # \(YAMLText.comment(name))"
            #expect(!line.unicodeScalars.contains { YAMLText.breaksLine($0) }, "\(name.debugDescription)")
            let decoded = try Yams.load(yaml: line) as? [String: Any]
            #expect(decoded?["agency"] as? String == name)
            #expect(decoded?.count == 1)
        }
    }
}
