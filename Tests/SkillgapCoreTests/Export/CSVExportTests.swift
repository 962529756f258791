import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct CSVExportTests {
  func plan(_ results: Results) throws -> StudyPlan { try #require(results.plan) }

  @Test func theGoldenPlanGivesTheGoldenCSV() throws {
    expectGolden(
      CSVExport.render(try plan(ExportFixtures.golden())), named: "golden-plan",
      fileExtension: "csv")
  }

  @Test func thereIsAHeaderAndOneRowPerItemWithCRLFLineEnds() throws {
    let plan = try plan(ExportFixtures.golden())
    let text = CSVExport.render(plan)
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let records = try CSVText.parse(text)
    #expect(records.count == plan.items.count + 1)
    #expect(records.first?.fields == CSVExport.columns)
    #expect(records.allSatisfy { $0.fields.count == CSVExport.columns.count })
    let first = try #require(records.dropFirst().first?.fields)
    #expect(first.prefix(4) == ["1", "arithmetic@2", "arithmetic", "Arithmetic"])
    #expect(first[9] == "20")
    #expect(first[11] == "yes")
    #expect(first[14] == "2026-01-05")
    #expect(first[15] == "2026-02-01")
  }

  @Test func stepsBeyondAShortPlanSayTheyAreNotOrPartlyScheduled() throws {
    let results = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman",
      plan: PlanOptions(hoursPerWeek: 12, start: FixtureFrameworks.monday, maxWeeks: 2))
    let plan = try plan(results)
    let rows = try CSVText.parse(CSVExport.render(plan)).dropFirst().map(\.fields)
    let column = { (name: String) in try #require(CSVExport.columns.firstIndex(of: name)) }
    let scheduled = try column("scheduled")
    let lastWeek = try column("last_week")
    let finish = try column("finish_date")
    let start = try column("start_date")
    #expect(rows.count == plan.items.count)
    for (row, item) in zip(rows, plan.items) {
      switch row[scheduled] {
      case "yes":
        #expect(item.scheduledMinutes == item.minutes)
        #expect(!row[finish].isEmpty)
      case "partly":
        #expect(item.scheduledMinutes > 0 && item.scheduledMinutes < item.minutes)
        #expect(!row[start].isEmpty && row[lastWeek].isEmpty && row[finish].isEmpty)
      case "no":
        #expect(item.scheduledMinutes == 0)
        #expect(row[start].isEmpty && row[finish].isEmpty)
      default:
        Issue.record("unexpected scheduled value \(row[scheduled])")
      }
    }
    let values = Set(rows.map { $0[scheduled] })
    #expect(values == ["yes", "partly", "no"])
  }

  @Test func cellsThatLookLikeFormulasAreNeutralised() throws {
    let text = CSVExport.render(try plan(ExportFixtures.hostile()))
    let records = try CSVText.parse(text)
    for field in records.flatMap(\.fields) {
      if let first = field.first { #expect(!CSVText.formulaStarts.contains(first), "\(field)") }
    }
    let cells = Set(records.flatMap(\.fields))
    #expect(cells.contains("'=SUM(A1:A9)"))
    #expect(cells.contains("'@import, -2+3; \"x\""))
    #expect(cells.contains("'=HYPERLINK(\"x\")"))
    #expect(cells.contains("'+cmd|' /C calc'!A0"))
    #expect(cells.contains("'=Lots"))
  }

  @Test func textWithSeparatorsQuotesAndLineBreaksRoundTrips() throws {
    let text = CSVExport.render(try plan(ExportFixtures.hostile()))
    let records = try CSVText.parse(text)
    let tips = records.map { $0.fields[19] }
    #expect(tips.contains("Line one;\nline two, with \\ backslash"))
  }
}
