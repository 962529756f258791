import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct ExportFormatTests {
  @Test func everyFormatRendersThroughItsExporter() throws {
    let results = try ExportFixtures.golden()
    let plan = try #require(results.plan)
    #expect(ExportFormat.markdown.render(results) == MarkdownExport.render(results))
    #expect(ExportFormat.html.render(results) == HTMLExport.render(results))
    #expect(ExportFormat.csv.render(results) == CSVExport.render(plan))
    #expect(
      ExportFormat.ics.render(results)
        == ICSExport.render(plan, framework: results.framework, stamp: results.assessedAt))
    #expect(
      ExportFormat.json.render(results).map { Data($0.utf8) } == ResultsDocument.encode(results))
    #expect(ExportFormat.allCases.map(\.fileExtension) == ["md", "json", "csv", "html", "ics"])
  }

  @Test func planOnlyFormatsNeedAPlan() throws {
    let report = try ExportFixtures.goldenReport()
    #expect(ExportFormat.csv.render(report) == nil)
    #expect(ExportFormat.ics.render(report) == nil)
    #expect(ExportFormat.markdown.render(report)?.hasPrefix("# Gap report") == true)
  }
}
