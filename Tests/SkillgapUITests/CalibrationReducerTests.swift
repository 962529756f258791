import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Journeys through ticking indicators, the suggested level, the warnings and the knowledge
/// checks, with the checks fixture (alpha: three indicators a level, two questions a level).
@Suite struct CalibrationReducerTests {
  let aware = IndicatorTick(level: 1, index: 0)

  @Test func tickingIndicatorsAndTakingTheSuggestedLevel() {
    var driver = Driver.checks()
    driver.press(.down)
    driver.tick(2)
    #expect(
      driver.state.status?.text
        == "2/3 ticked at Aware, 2 needed")
    driver.press(.down)
    driver.tick(2)
    #expect(driver.state.suggestedLevel == 2)
    #expect(
      driver.state.assessment.ticks(of: "alpha")
        == [aware, .init(level: 1, index: 1), .init(level: 2, index: 0), .init(level: 2, index: 1)])
    // Ticking alone answers nothing: the skill is still unanswered.
    #expect(driver.state.assessment.level(of: "alpha") == nil)
    #expect(!driver.state.assessment.isAnswered("alpha"))
    let saves = driver.effects.count
    #expect(saves == 4)
    driver.press(.character("a"))
    #expect(driver.state.assessment.level(of: "alpha") == 2)
    #expect(driver.state.assessment.ticks(of: "alpha").count == 4)
    #expect(driver.state.currentSkill?.id == "beta")
    #expect(driver.state.status == nil)
    #expect(driver.effects.count == 5)
    #expect(driver.effects.last == .save(driver.state.assessment))
  }

  @Test func aTickChangesOnlyTheTicksTheFocusTheStatusAndSaves() {
    var driver = Driver.checks()
    driver.press(.down)
    var expected = driver.state
    let before = driver.effects.count
    driver.press(.character(" "))
    let time = Driver.time(3)
    expected.ticking = TickFocus(rate: 0)
    expected.assessment.ratings["alpha"] = Rating(answer: nil, ratedAt: time, ticks: [aware])
    expected.assessment.updated = time
    expected.status = .init("1/3 ticked at Aware, 2 needed")
    #expect(driver.state == expected)
    #expect(Array(driver.effects.dropFirst(before)) == [.save(expected.assessment)])
    // Unticking takes it back; the rating then holds nothing and goes.
    driver.press(.character(" "))
    #expect(driver.state.assessment.ratings["alpha"] == nil)
    #expect(driver.state.ticking == TickFocus(rate: 0))
    // A highlight move drops the focus: nothing is focused until Space or [ ] again.
    driver.press(.down)
    #expect(driver.state.ticking == TickFocus())
  }

  @Test func aDigitStillRatesInOneKeyAndTicksAreKept() {
    var driver = Driver.checks()
    driver.press(.down)
    driver.tick(1)
    driver.press(.character("1"))
    #expect(driver.state.assessment.level(of: "alpha") == 1)
    #expect(driver.state.assessment.ticks(of: "alpha") == [aware])
    #expect(driver.state.currentSkill?.id == "beta")
  }

  @Test func choosingAnotherLevelThanTheTicksSupportShowsTheWarning() throws {
    var driver = Driver.checks()
    driver.press(.down)
    driver.tick(2)
    driver.press(.character("4"))
    #expect(driver.state.assessment.level(of: "alpha") == 4)
    #expect(
      driver.state.status
        == .init(
          "Alpha: Expert is above what your ticks support (Aware); kept, you decide. K checks "
            + "it with a few questions.", tone: .warning))
    driver.press(.character("r"))
    #expect(driver.state.mode == .review)
    let warning = try #require(driver.state.consistencyWarnings.first)
    #expect(warning.kind == .aboveTicks)
    #expect(warning.skill == "alpha")
    let screen = render(driver.state, size: Size(width: 80, height: 24)).lines.joined()
    #expect(screen.contains("! above ticks"))
  }

  @Test func aKnowledgeCheckThatSupportsTheRating() {
    var driver = Driver.checks()
    driver.press(.character("3"))
    #expect(
      driver.state.status?.text == "Alpha rated Proficient: K checks it with a few questions.")
    driver.press(.character("K"))
    #expect(driver.state.mode == .check)
    let check = driver.state.assessment.checks["alpha"]
    #expect(check?.level == 3)
    #expect(check?.questions.count == 3)
    // At the rated level first, then just below.
    let levels = check?.questions.map { driver.state.framework.skills[0].questions[$0].level }
    #expect(levels == [3, 3, 2])
    driver.answerCheck(right: [true, true, false])
    let checkStatus = driver.state.assessment.checkStatus(of: driver.state.framework.skills[0])
    #expect(checkStatus == .supported(Driver.time(8)))
    driver.press(.enter)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.assessment.level(of: "alpha") == 3)
    #expect(
      driver.state.status?.text
        == "Knowledge checks: 1 supported, 0 look high. Your ratings stay as they are: you decide.")
  }

  @Test func aKnowledgeCheckThatFlagsTheRatingChangesNothing() {
    var driver = Driver.checks()
    driver.press(.character("4"), .character("K"))
    driver.answerCheck(right: [false, true, false])
    #expect(
      driver.state.assessment.checkStatus(of: driver.state.framework.skills[0])
        == .looksHigh(Driver.time(8)))
    let screen = render(driver.state, size: Size(width: 80, height: 24)).lines.joined(
      separator: "\n")
    #expect(screen.contains("Looks high: 1 of 3 right (2 needed)."))
    driver.press(.enter)
    #expect(driver.state.assessment.level(of: "alpha") == 4)
    driver.press(.character("v"))
    let calibration = Calibration(
      framework: driver.state.framework, assessment: driver.state.assessment)
    #expect(calibration.line == "1 rating looks higher than your answers support: Alpha (Expert).")
  }

  @Test func aRetakeAsksOtherQuestionsWhereThereAreMore() throws {
    var driver = Driver.checks()
    driver.press(.character("3"), .character("K"))
    driver.answerCheck(right: [false, false, false])
    driver.press(.enter)
    let first = try #require(driver.state.assessment.checks["alpha"]?.questions)
    driver.press(.left, .character("K"))
    let second = try #require(driver.state.assessment.checks["alpha"])
    // Four questions at Proficient and Working: the one not asked comes first.
    #expect(!first.contains(second.questions[0]))
    #expect(second.askedBefore == first.sorted())
  }

  @Test func aCheckLeftHalfWayResumesWithTheSameQuestionsInTheSameOrder() throws {
    var driver = Driver.checks()
    driver.press(.character("3"), .character("K"))
    driver.answerCheck(right: [true])
    let before = render(driver.state, size: Size(width: 80, height: 24)).snapshot
    driver.press(.character("q"))
    #expect(driver.effects.last == .quit)
    guard case .save(let saved)? = driver.effects.dropLast().last else {
      Issue.record("expected a save before quitting")
      return
    }
    #expect(saved.checks["alpha"]?.answers.count == 1)
    // A new run of the app from the saved file.
    let decoded = try AssessmentDocument.decode(AssessmentDocument.encode(saved))
    var resumed = Driver(framework: UIFixtures.checksFramework(), saved: decoded)
    resumed.press(.enter)
    #expect(resumed.state.currentSkill?.id == "beta")
    resumed.press(.left, .character("K"))
    #expect(resumed.state.mode == .check)
    #expect(resumed.state.assessment.checks["alpha"] == saved.checks["alpha"])
    let after = render(resumed.state, size: Size(width: 80, height: 24)).snapshot
    // The same question, with its choices in the same order (the title bar's count aside).
    #expect(
      Array(after.split(separator: "\n").dropFirst())
        == Array(before.split(separator: "\n").dropFirst()))
    resumed.answerCheck(right: [true, true])
    #expect(
      resumed.state.assessment.checkStatus(of: resumed.state.framework.skills[0]) != .notChecked)
  }

  @Test func theReviewPassChecksEveryRatedSkillWithQuestions() {
    var driver = Driver.checks()
    driver.press(.character("2"), .character("3"), .character("1"), .character("r"))
    driver.press(.character("K"))
    // Only alpha has questions.
    #expect(driver.state.mode == .check)
    #expect(driver.state.check.skills == ["alpha"])
    driver.answerCheck(right: [true, true, true])
    driver.press(.enter)
    #expect(driver.state.mode == .review)
    driver.press(.character("K"))
    #expect(driver.state.mode == .review)
    #expect(
      driver.state.status?.text
        == "No rated skill is left to check: every rating with questions is supported.")
  }
}
