import Foundation
import PropertyBased
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
    #expect(template.hasPrefix("\u{FEFF}skill,name,level,note\r\narithmetic,Arithmetic,,\r\n"))
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

  func read(bytes: [UInt8]) -> RatingsCSV.Result {
    RatingsCSV.read(bytes: bytes, file: "ratings.csv", framework: three, ratedAt: time)
  }

  /// The text in Windows-1252, for the characters the tests use.
  func windows1252(_ text: String) -> [UInt8] {
    let high: [Unicode.Scalar: UInt8] = ["€": 0x80, "–": 0x96, "“": 0x93, "”": 0x94]
    return text.unicodeScalars.map { high[$0] ?? UInt8(truncatingIfNeeded: $0.value) }
  }

  @Test func semicolonSeparatedFilesFromAGermanOrFrenchExcelAreRead() {
    let result = read(
      bytes: Array("skill;level;note\r\narithmetic;2;\"Buch; Kasse, 2 €\"\r\n".utf8))
    #expect(answers(result) == ["arithmetic": .level(2)])
    #expect(result.ratings["arithmetic"]?.note == "Buch; Kasse, 2 €")
    #expect(
      result.diagnostics == [
        Diagnostic(
          .note, file: "ratings.csv",
          message: "Read as semicolon-separated UTF-8 text, as a spreadsheet saved it; save as "
            + "\"CSV UTF-8\" if accented letters look wrong.")
      ])
  }

  @Test func aWindows1252FileWithAccentsIsReadAndSaysSo() {
    let note = "Café, déjà vu – “Çetinkaya” €"
    let result = read(bytes: windows1252("skill,level,note\r\narithmetic,1,\"\(note)\"\r\n"))
    #expect(result.ratings["arithmetic"]?.note == note)
    #expect(result.diagnostics.map(\.severity) == [.note])
    #expect(result.diagnostics.first?.message.contains("comma-separated Windows-1252") == true)
  }

  @Test func unicodeTextFromExcelIsUTF16WithTabs() {
    let text = "skill\tlevel\tnote\r\narithmetic\t2\tÇetinkaya 日本\r\n"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [little, big] {
      let result = read(bytes: bytes)
      #expect(result.ratings["arithmetic"]?.note == "Çetinkaya 日本")
      #expect(result.diagnostics.first?.message.contains("tab-separated UTF-16") == true)
    }
  }

  @Test func plainUTF8WithCommasNeedsNoNoteWithOrWithoutAByteOrderMark() {
    let text = "skill,level,note\r\narithmetic,1,Çetinkaya\r\n"
    for bytes in [Array(text.utf8), SpreadsheetText.utf8WithBOM(text)] {
      let result = read(bytes: bytes)
      #expect(result.diagnostics == [])
      #expect(result.ratings["arithmetic"]?.note == "Çetinkaya")
    }
  }

  @Test func theReaderNeverTrapsOnRandomBytes() async {
    let csvish: [UInt8] =
      Array("skill,level;note\t\"\r\narithmetic12".utf8) + [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xC3]
    let byte = zip(Gen.int(in: 0...9), Gen<UInt8>.value(in: 0...255)).map { choice, value in
      choice < 7 ? csvish[Int(value) % csvish.count] : value
    }
    await propertyCheck(count: 500, input: byte.array(of: 0...200)) { bytes in
      let result = read(bytes: bytes)
      #expect(result.diagnostics.allSatisfy { $0.line >= 0 && !$0.message.isEmpty })
    }
  }
}
