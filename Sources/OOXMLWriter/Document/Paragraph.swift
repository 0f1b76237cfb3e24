/// A paragraph: a style, direct formatting over it, and runs.
public struct Paragraph: Sendable, Hashable {
    public var style: String?
    public var properties: ParagraphProperties
    public var runs: [Run]

    public init(style: String? = nil, _ properties: ParagraphProperties = .init(), runs: [Run] = []) {
        self.style = style
        self.properties = properties
        self.runs = runs
    }

    public init(style: String? = nil, _ properties: ParagraphProperties = .init(), text: String) {
        self.init(style: style, properties, runs: text.isEmpty ? [] : [Run(text)])
    }

    /// The paragraph's text, fields left out.
    public var plainText: String {
        runs.reduce(into: "") { out, run in
            if case .text(let t) = run.content { out += t }
        }
    }
}
