import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct TextReportTests {
  @Test func aChosenTargetGivesItsReportThenTheRanking() throws {
    let text = TextReport.render(
      try ExportFixtures.goldenReport(), targetChosen: true, color: false)
    expectGolden(text, named: "golden-report-target", fileExtension: "txt")
  }

  @Test func withoutATargetTheRankingComesFirstThenTheNextStep() throws {
    let text = TextReport.render(
      try ExportFixtures.goldenReport(), targetChosen: false, color: false)
    expectGolden(text, named: "golden-report-next-step", fileExtension: "txt")
  }

  @Test func seniorityIsALevelAndUnassessedSkillsCountAsTheScalesLowestLevelByName() throws {
    let eight = FixtureFrameworks.eightLevel()
    let results = try Results.make(
      framework: eight, assessment: FixtureFrameworks.assessment(eight, [:]), target: "lead",
      plan: nil)
    let text = TextReport.render(results, targetChosen: true, color: false)
    #expect(text.contains("\nTrack audio, level 2\n"))
    #expect(text.contains("Not assessed (counted as L0): "))
    #expect(!text.contains("rung"))
    #expect(!text.contains("counted as 0"))
  }

  @Test func everyLineFitsEightyColumns() throws {
    let eight = FixtureFrameworks.eightLevel()
    let longNames = try Results.make(
      framework: eight, assessment: FixtureFrameworks.assessment(eight, [:]), target: "lead",
      plan: nil)
    for results in [try ExportFixtures.goldenReport(), try ExportFixtures.hostile(), longNames] {
      for chosen in [true, false] {
        let text = TextReport.render(results, targetChosen: chosen, color: false)
        for line in text.split(separator: "\n") {
          #expect(line.count <= 80, "\(line.count): \(line)")
        }
      }
    }
  }

  @Test func colourOnlyAddsEscapeSequences() throws {
    let results = try ExportFixtures.goldenReport()
    let plain = TextReport.render(results, targetChosen: true, color: false)
    let colored = TextReport.render(results, targetChosen: true, color: true)
    #expect(!plain.contains("\u{1B}"))
    #expect(colored.contains("\u{1B}[31mNOT READY\u{1B}[0m"))
    let stripped = colored.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
    #expect(stripped == plain)
  }

  @Test func wrappingBreaksBetweenWordsAndIndentsContinuations() {
    let words = Array(repeating: "word", count: 40).joined(separator: " ")
    let lines = TextReport.wrap(words, indent: 2)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  word") })
    #expect(lines.joined(separator: " ").split(separator: " ").count == 40)
  }

  @Test func barsShowCurrentThenWhatIsStillRequired() {
    #expect(TextReport.bar(1, of: 4, required: 3, cells: 8) == "[##....  ]")
    #expect(TextReport.bar(4, of: 4, required: 2, cells: 4) == "[####]")
    #expect(TextReport.bar(0, of: 0, required: 0, cells: 3) == "[   ]")
  }
}
