import ArgumentParser

@main
struct GKExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gkexport",
        abstract: "把政府信息公开工作年度报告排成可直接打印的 DOCX / ODT。",
        discussion: """
        Turns a government agency's annual open-government report (a YAML report file) into \
        print-ready documents laid out to GB/T 9704-2012, with real merged table cells.
        """,
        version: "0.1.0",
        subcommands: [Render.self, Validate.self, Batch.self, Aggregate.self, Init.self, Fields.self, Rules.self, Golden.self, Import.self]
    )
}
