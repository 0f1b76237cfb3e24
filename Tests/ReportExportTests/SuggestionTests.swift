import Testing
@testable import ReportExport

/// "Did you mean" for mistyped keys.
@Suite struct SuggestionTests {
    @Test func theClosestKnownNameIsSuggested() {
        #expect(Suggestion.closest(to: "agnecy", in: ["agency", "year", "edition"]) == "agency")
        #expect(Suggestion.closest(to: "Edition", in: ["agency", "year", "edition"]) == "edition")
        #expect(Suggestion.closest(to: "proactiv", in: ["proactive", "applications", "appeals"]) == "proactive")
        #expect(Suggestion.closest(to: "总体请况", in: ["总体情况", "其他需要报告的事项"]) == "总体情况")
    }

    @Test func nothingCloseIsNoSuggestion() {
        #expect(Suggestion.closest(to: "colour", in: ["agency", "year"]) == nil)
        #expect(Suggestion.closest(to: "x", in: []) == nil)
    }

    @Test func theAllowanceIsTwoOrAThirdOfTheWord() {
        // "abcdefghi" (9): a third is 3.
        #expect(Suggestion.closest(to: "abcdefxyz", in: ["abcdefghi"]) == "abcdefghi")
        #expect(Suggestion.closest(to: "abcdewxyz", in: ["abcdefghi"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == "xy")
        #expect(Suggestion.closest(to: "ab", in: ["xyz"]) == nil)
    }

    @Test func tiesGoToTheFirstAlphabetically() {
        #expect(Suggestion.closest(to: "yaer", in: ["year", "yeer"]) == "yeer")  // nearer wins over order
        #expect(Suggestion.closest(to: "bb", in: ["cb", "ab"]) == "ab")
    }

    @Test func distanceIsLevenshteinByCharacter() {
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("情况", "情况") == 0)
        #expect(Suggestion.distance("e\u{301}", "é") == 0)  // one grapheme either way
    }
}
