import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct CSVExportTests {
  func plan(_ results: Results) throws -> StudyPlan { try #require(results.plan) }

  func rows(_ plan: StudyPlan) throws -> [[String: String]] {
    try CSVText.parse(CSVExport.render(plan)).dropFirst().map { record in
      Dictionary(uniqueKeysWithValues: zip(CSVExport.columns, record.fields))
    }
  }

  @Test func theGoldenPlanGivesTheGoldenCSV() throws {
    expectGolden(
      CSVExport.render(try plan(ExportFixtures.golden())), named: "golden-plan",
      fileExtension: "csv")
  }

  @Test func thePracticePlanGivesItsGoldenCSV() throws {
    expectGolden(
      CSVExport.render(try plan(ExportFixtures.practice())), named: "golden-plan-practice",
      fileExtension: "csv")
  }

  @Test func theFileStartsWithAByteOrderMarkSoSpreadsheetsReadItAsUTF8() throws {
    let csv = CSVExport.render(try #require(try ExportFixtures.golden().plan))
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(csv.unicodeScalars.dropFirst().first == "w")
    #expect(RatingsCSV.template(FixtureFrameworks.threeLevel()).hasPrefix(CSVText.byteOrderMark))
  }

  @Test func thereIsAHeaderAndOneRowPerStepAndWeekWithCRLFLineEnds() throws {
    let plan = try plan(ExportFixtures.golden())
    let text = CSVExport.render(plan)
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let records = try CSVText.parse(text)
    #expect(records.count == 16)
    #expect(records.first?.fields == CSVExport.columns)
    #expect(records.allSatisfy { $0.fields.count == CSVExport.columns.count })
    #expect(
      records.dropFirst().first?.fields == [
        "horizon", "1", "2026-01-05", "arithmetic@2", "arithmetic", "Arithmetic", "basics", "1",
        "Capable", "2", "Lead", "study", "6", "", "20", "", "1", "4", "2026-02-01", "yes", "yes",
        "yes", "", "Practise arithmetic until Lead.", "A project showing arithmetic at Lead.", "",
        "Guide to Arithmetic (docs) <https://example.org/arithmetic>",
      ])
    let rows = try rows(plan)
    #expect(
      rows.map { "\($0["week"] ?? "?") \($0["item"] ?? "?") \($0["hours_this_week"] ?? "?")" }
        .prefix(5) == [
          "1 arithmetic@2 6", "2 arithmetic@2 6", "3 arithmetic@2 6", "4 arithmetic@2 2",
          "4 algebra@1 4",
        ])
    // Arithmetic is rated at the level algebra's first step needs: nothing to wait for.
    #expect(rows[4]["after"] == "")
    #expect(Set(rows.map { $0["when"] ?? "" }) == ["horizon"])
  }

  @Test func stepsAfterTheHorizonAreLaterAndTheRestLeftOut() throws {
    let results = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman",
      plan: PlanOptions(start: FixtureFrameworks.monday, horizonWeeks: 2, blockingOnly: true))
    let rows = try rows(try plan(results))
    #expect(
      rows.map {
        [$0["when"], $0["week"], $0["item"], $0["first_week"], $0["last_week"], $0["finish_date"]]
          .map { $0 ?? "?" }.joined(separator: " ")
      } == [
        "horizon 1 arithmetic@2 1 4 2026-02-01", "horizon 2 arithmetic@2 1 4 2026-02-01",
        "later  algebra@1 4 5 2026-02-08", "later  calculus@1 6 7 2026-02-22",
        "left out  estimation@1   ", "left out  estimation@2   ",
      ])
    #expect(rows[2]["hours_this_week"] == "")
    #expect(rows[2]["for_blocking"] == "yes")
    #expect(rows[4]["for_blocking"] == "no")
  }

  @Test func practiceRowsSayTheirKindAndEachWeeksTask() throws {
    let rows = try rows(try plan(ExportFixtures.practice()))
    let lead = rows.filter { $0["item"] == "lead@1" }
    #expect(lead.map { $0["kind"] } == ["practice", "practice", "practice"])
    #expect(lead.map { $0["hours_this_week"] } == ["2", "2", "1"])
    let read = rows.filter { $0["item"] == "read@1" }
    #expect(
      read.map { $0["task"] } == [
        "Read the guide", "Continue: Read the guide / Do its exercises",
        "Continue: Do its exercises / Write a summary",
      ])
    #expect(read.first?["hours_basis"] == "The guide's stated length.")
    #expect(read.first?["resources"] == "The guide (book) <https://example.org/guide>")
    #expect(rows.filter { $0["when"] == "later" }.map { $0["item"] } == ["write@2"])
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
    let rows = try rows(try plan(ExportFixtures.hostile()))
    #expect(rows.contains { $0["tip"] == "Line one;\nline two, with \\ backslash" })
  }
}
