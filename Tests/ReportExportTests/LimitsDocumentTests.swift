import Foundation
import OOXMLWriter
import Testing
import TestSupport
@testable import ReportBatch
@testable import ReportGolden
@testable import ReportImport
@testable import ReportExport
import YAMLEventBounds

/// docs/LIMITS.md states every cap with the constant that holds it: each stated value must be
/// the program's, and every cap the program has must be stated.
@Suite struct LimitsDocumentTests {
    static let actual: [String: Int] = {
        let importing = ImportLimits()
        let workbook = WorkbookReading.Limits()
        return [
            "BoundedRead.Cap.reportFile": BoundedRead.Cap.reportFile,
            "BoundedRead.Cap.sheet": BoundedRead.Cap.sheet,
            "BoundedRead.Cap.manifest": BoundedRead.Cap.manifest,
            "BoundedRead.Cap.narrativeFile": BoundedRead.Cap.narrativeFile,
            "BoundedRead.Cap.workbook": BoundedRead.Cap.workbook,
            "WorkbookReading.Limits.sheets": workbook.sheets,
            "WorkbookReading.Limits.cells": workbook.cells,
            "WorkbookReading.Limits.sharedStrings": workbook.sharedStrings,
            "WorkbookReading.Limits.cellText": workbook.cellText,
            "WorkbookReading.Limits.xmlElements": workbook.xmlElements,
            "YAMLBounds.maxDepth": YAMLBounds.maxDepth,
            "YAMLBounds.maxNodes": YAMLBounds.maxNodes,
            "ReportBuilder.maxNarrative": ReportBuilder.maxNarrative,
            "ReportBuilder.maxProblems": ReportBuilder.maxProblems,
            "ValueParser.maxCount": ValueParser.maxCount,
            "ValueParser.maxAmountDigits": ValueParser.maxAmountDigits,
            "ValueParser.maxAmountDecimals": ValueParser.maxAmountDecimals,
            "CSVSheet.maxColumns": CSVSheet.maxColumns,
            "CSVSheet.maxRows": CSVSheet.maxRows,
            "CSVSheet.maxCells": CSVSheet.maxCells,
            "CSVSheet.maxCellLength": CSVSheet.maxCellLength,
            "ImportLimits.fileBytes": importing.fileBytes,
            "ImportLimits.partBytes": importing.partBytes,
            "ImportLimits.zipEntries": importing.zipEntries,
            "ImportLimits.zipRatio": importing.zipRatio,
            "ImportLimits.xmlElements": importing.xmlElements,
            "ImportLimits.xmlDepth": importing.xmlDepth,
            "ImportLimits.tables": importing.tables,
            "ImportLimits.tableRows": importing.tableRows,
            "ImportLimits.tableColumns": importing.tableColumns,
            "ImportLimits.tableCells": importing.tableCells,
            "ImportLimits.spannedSlots": importing.spannedSlots,
            "ImportLimits.cellText": importing.cellText,
            "ImportLimits.tableText": importing.tableText,
            "ImportLimits.paragraphText": importing.paragraphText,
            "ImportLimits.documentText": importing.documentText,
            "ImportLimits.paragraphs": importing.paragraphs,
            "ImportLimits.spaceRun": importing.spaceRun,
            "TemplateLibrary.maxFileBytes": TemplateLibrary.maxFileBytes,
            "SheetReports.maxRowProblems": SheetReports.maxRowProblems,
            "Aggregation.maxFailedInputs": Aggregation.maxFailedInputs,
            "BatchResult.maxDiagnostics": BatchResult.maxDiagnostics,
            "DiagnosticBudget.maxLines": DiagnosticBudget.maxLines,
            "PreviousReports.maxReports": PreviousReports.maxReports,
            "OutputName.maxStemBytes": OutputName.maxStemBytes,
            "GoldenFiles.fileBytes": GoldenFiles.fileBytes,
            "GoldenFiles.partBytes": GoldenFiles.partBytes,
            "PDFConverter.defaultTimeout": Int(PDFConverter.defaultTimeout),
            "PDFConverter.maxPDFBytes": PDFConverter.maxPDFBytes,
            "PDFPool.maxAttempts": PDFPool.maxAttempts,
            "PDFPool.maxPerStart": PDFPool.maxPerStart,
        ]
    }()

    /// (code, stated value) for every table row of docs/LIMITS.md.
    static func stated() throws -> [(String, Int)] {
        let text = try String(contentsOf: Paths.root.appendingPathComponent("docs/LIMITS.md"), encoding: .utf8)
        var rows: [(String, Int)] = []
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, cells[3].hasPrefix("`"), let value = value(of: cells[2]) else { continue }
            rows.append((cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`")), value))
        }
        return rows
    }

    /// "20 MB" → 20 << 20, "50,000" → 50000.
    static func value(of cell: String) -> Int? {
        let parts = cell.replacingOccurrences(of: ",", with: "").split(separator: " ")
        guard let number = parts.first.flatMap({ Int($0) }) else { return nil }
        switch parts.dropFirst().first {
        case "MB": return number << 20
        case "KB": return number << 10
        default: return number
        }
    }

    @Test func everyStatedCapIsTheProgramsCap() throws {
        let rows = try Self.stated()
        #expect(rows.count >= 30, "\(rows.count) caps stated")
        for (code, value) in rows {
            #expect(Self.actual[code] != nil, "docs/LIMITS.md names \(code), which this test does not know")
            if let actual = Self.actual[code] { #expect(actual == value, "\(code): docs say \(value), the program has \(actual)") }
        }
    }

    @Test func everyCapOfTheProgramIsStated() throws {
        let stated = Set(try Self.stated().map(\.0))
        for code in Self.actual.keys.sorted() { #expect(stated.contains(code), "docs/LIMITS.md does not state \(code)") }
    }
}
