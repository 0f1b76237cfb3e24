import Testing
import ReportExport
@testable import ReportImport

@Suite struct BoundedEditDistanceTests {
    static func d(_ limit: Int, _ a: String, _ b: String) -> Int {
        BoundedEditDistance.atMost(limit, Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    @Test func distancesWithinTheLimitAreExact() {
        #expect(Self.d(3, "kitten", "sitting") == 3)
        #expect(Self.d(5, "行政许可", "行政许可") == 0)
        #expect(Self.d(2, "不予以公开", "不予公开") == 1)
        #expect(Self.d(2, "信访举报类申请", "信访举报投诉类申请") == 2)
        #expect(Self.d(4, "", "abc") == 3)
        #expect(Self.d(4, "abc", "") == 3)
    }

    @Test func distancesPastTheLimitAreLimitPlusOne() {
        #expect(Self.d(2, "kitten", "sitting") == 3)
        #expect(Self.d(1, "abcdef", "ghijkl") == 2)
        #expect(Self.d(1, "a", "abcd") == 2)  // lengths alone rule it out
        #expect(Self.d(0, "a", "b") == 1)
    }

    @Test func aLongHostileLabelStopsAfterLimitRows() {
        let long = String(repeating: "字", count: 100_000)
        #expect(Self.d(3, long, String(repeating: "词", count: 100_000)) == 4)
    }
}
