import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct RatingsCSVTests {
  let three = FixtureFrameworks.threeLevel()
  let eight = FixtureFrameworks.eightLevel()
  let time = FixtureFrameworks.time

  func read(_ text: String, _ framework: Framework? = nil) -> RatingsCSV.Result {
    RatingsCSV.read(text, file: "ratings.csv", framework: framework ?? three, ratedAt: time)
  }

  func answers(_ result: RatingsCSV.Result) -> [String: Rating.Answer?] {
    result.ratings.mapValues(\.answer)
  }

  @Test func levelsAreReadAsNumbersIdsOrNamesInAnyCase() {
    let result = read(
      "skill,level,note\narithmetic,1,\nalgebra,LEAD,\ncalculus,capable,\ndrawing, Novice ,\n"
        + "estimation,skipped,\ngeometry,N/A,\n")
    #expect(result.diagnostics == [])
    #expect(
      answers(result) == [
        "arithmetic": .level(1), "algebra": .level(2), "calculus": .level(1),
        "drawing": .level(0), "estimation": .skipped, "geometry": .notApplicable,
      ])
    #expect(result.ratings.values.allSatisfy { $0.ratedAt == time })
  }

  @Test func notesAreKeptAndColumnsMayComeInAnyOrder() {
    let result = read("note,level,skill\r\n\"Built a ledger, by hand\",2,arithmetic\r\n")
    #expect(result.ratings["arithmetic"]?.note == "Built a ledger, by hand")
    #expect(result.ratings["arithmetic"]?.answer == .level(2))
  }

  @Test func badRowsAreReportedWithTheirLineAndFieldAndGoodRowsAreKept() {
    let result = read("skill,level\narithmetic,2\nalgebra,expret\n\ncalculus,7\ndrawing,1\n")
    #expect(answers(result) == ["arithmetic": .level(2), "drawing": .level(1)])
    #expect(result.diagnostics.map(\.line) == [3, 5])
    #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.path == "level" })
    #expect(
      result.diagnostics.first?.message
        == "Level 'expret' is not on the scale; write a number from 0 to 2, a level name "
        + "(Novice, Capable, Lead), 'skipped' or 'n/a'.")
    #expect(result.diagnostics.first?.description.hasPrefix("ratings.csv:3: error: Level") == true)
  }

  @Test func aRowsProblemNamesItsColumnAsAColumn() {
    let result = read("skill,level\narithmetik,1\nalgebra,expret\n")
    #expect(result.diagnostics.map(\.pathKind) == [.column, .column])
    #expect(
      result.diagnostics.map(\.description) == [
        "ratings.csv:2: warning: Skill 'arithmetik' is not in the framework, so the row is "
          + "ignored. Did you mean 'arithmetic'? (in the skill column)",
        "ratings.csv:3: error: Level 'expret' is not on the scale; write a number from 0 to 2, a "
          + "level name (Novice, Capable, Lead), 'skipped' or 'n/a'. (in the level column)",
      ])
  }

  @Test func aHeaderProblemNamesTheColumnOnlyInItsMessage() {
    let result = read("skill,level,comment,level\narithmetic,1,great,2\n")
    #expect(
      result.diagnostics.map(\.description) == [
        "ratings.csv:1: warning: Column 'comment' is ignored; the columns read are skill, level "
          + "and note.",
        "ratings.csv:1: warning: Column 'level' appears twice; the first one is used.",
      ])
  }

  @Test func aNearLevelNameIsSuggested() {
    let result = read("skill,level\narithmetic,capabel\n")
    #expect(result.diagnostics.first?.message.hasSuffix("Did you mean 'Capable'?") == true)
  }

  @Test func skillsTheFrameworkLacksAreWarningsWithASuggestion() {
    let result = read("skill,level\narithmetik,1\ndrawing,2\n")
    #expect(answers(result) == ["drawing": .level(2)])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.severity == .warning)
    #expect(
      result.diagnostics.first?.message
        == "Skill 'arithmetik' is not in the framework, so the row is ignored. "
        + "Did you mean 'arithmetic'?")
  }

  @Test func theHeaderMustNameSkillAndLevel() {
    let result = read("skill,levle,note\narithmetic,1,\n")
    #expect(result.ratings.isEmpty)
    #expect(result.diagnostics.map(\.severity) == [.warning, .error])
    #expect(
      result.diagnostics.last?.message
        == "The header row has no level column (is 'levle' meant to be 'level'?); it needs "
        + "skill and level, and may have note.")
    #expect(read("").diagnostics.first?.message.hasPrefix("The file is empty") == true)
    #expect(read("\n\n").diagnostics.first?.severity == .error)
  }

  @Test func theNameColumnIsIgnoredAndOtherColumnsAreWarnedAbout() {
    let result = read("skill,name,level,comment\narithmetic,Sums,1,great\n")
    #expect(answers(result) == ["arithmetic": .level(1)])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.severity == .warning)
    #expect(result.diagnostics.first?.line == 1)
    #expect(result.diagnostics.first?.message.contains("'comment' is ignored") == true)
  }

  @Test func emptyLevelsLeaveASkillUnrated() {
    let result = read("skill,level,note\narithmetic,,\nalgebra,,has evidence\n")
    #expect(result.ratings.isEmpty)
    #expect(result.diagnostics.map(\.severity) == [.warning])
    #expect(result.diagnostics.first?.line == 3)
  }

  @Test func aSkillRatedTwiceKeepsTheLaterRow() {
    let result = read("skill,level\narithmetic,1\narithmetic,2\n")
    #expect(answers(result) == ["arithmetic": .level(2)])
    #expect(
      result.diagnostics.first?.message
        == "Skill 'arithmetic' is also rated on line 2; this later row is used.")
  }

  @Test func lineNumbersCountLinesInsideQuotedNotes() {
    let result = read("skill,level,note\narithmetic,1,\"a\nlong\nnote\"\nalgebra,9,\n")
    #expect(result.diagnostics.first?.line == 5)
    #expect(result.ratings["arithmetic"]?.note == "a\nlong\nnote")
  }

  @Test func brokenQuotingIsAnError() {
    let result = read("skill,level,note\narithmetic,1,\"open\n")
    #expect(result.ratings.isEmpty)
    #expect(result.diagnostics.first?.line == 2)
    #expect(result.diagnostics.first?.severity == .error)
  }

  @Test func extraFieldsAreWarnedAbout() {
    let result = read("skill,level\narithmetic,1,surplus\n")
    #expect(answers(result) == ["arithmetic": .level(1)])
    #expect(result.diagnostics.first?.severity == .warning)
  }

  @Test func anEightLevelScaleAcceptsItsOwnNamesAndNumbers() {
    let result = read("skill,level\nnoise,7\nsignal,l5\nfilters,8\n", eight)
    #expect(answers(result) == ["noise": .level(7), "signal": .level(5)])
    #expect(result.diagnostics.first?.message.contains("a number from 0 to 7") == true)
  }

  @Test func theTemplateListsEverySkillAndReadsBackOnceFilled() throws {
    let template = RatingsCSV.template(three)
    #expect(template.hasPrefix("skill,name,level,note\r\narithmetic,Arithmetic,,\r\n"))
    #expect(template.components(separatedBy: "\r\n").count == three.skills.count + 2)
    let empty = read(template)
    #expect(empty.diagnostics == [])
    #expect(empty.ratings.isEmpty)
    let filled = template.replacingOccurrences(
      of: "drawing,Drawing,,", with: "drawing,Drawing,2,portfolio")
    #expect(answers(read(filled)) == ["drawing": .level(2)])
    #expect(read(filled).ratings["drawing"]?.note == "portfolio")
  }

  @Test func theTemplateKeepsHostileNamesAsText() throws {
    let template = RatingsCSV.template(FixtureFrameworks.hostile())
    let records = try CSVText.parse(template)
    #expect(records[2].fields == ["formula", "'=SUM(A1:A9)", "", ""])
    #expect(read(template, FixtureFrameworks.hostile()).diagnostics == [])
  }

  @Test func ratingsBecomeAnAssessmentOfTheFramework() {
    let assessment = read("skill,level\narithmetic,1\n").assessment(
      of: three, at: time, target: "master")
    #expect(assessment.frameworkID == "three")
    #expect(assessment.frameworkVersion == "1")
    #expect(assessment.target == "master")
    #expect(assessment.level(of: "arithmetic") == 1)
    #expect(assessment.updated == time)
  }
}
