import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The four kinds of consistency warning, each with why and how to fix it, never blocking.
@Suite struct ConsistencyWarningTests {
  let framework = CalibrationFixtures.framework()

  func warnings(_ answers: [String: Rating.Answer], target: String? = nil) -> [ConsistencyWarning] {
    let assessment = FixtureFrameworks.assessment(framework, answers, target: target)
    return ConsistencyWarning.warnings(
      framework: framework, assessment: assessment, target: target.flatMap(framework.role))
  }

  @Test func aRatingTwoLevelsAboveItsPrerequisiteIsPointedOut() throws {
    let found = warnings(["arithmetic": .level(0), "algebra": .level(2)])
    let warning = try #require(found.first)
    #expect(found.map(\.kind) == [.abovePrerequisites])
    #expect(warning.skill == "algebra")
    #expect(
      warning.message
        == "Algebra is rated Lead, but its prerequisite Arithmetic is rated Novice: a skill "
        + "built on another rarely goes two levels beyond it.")
    #expect(
      warning.fix
        == "Check both ratings against their indicators; raise Arithmetic or lower Algebra.")
    #expect(warnings(["arithmetic": .level(1), "algebra": .level(2)]).isEmpty)
  }

  @Test func aRatingAboveItsOwnTicksIsPointedOut() throws {
    var assessment = FixtureFrameworks.assessment(framework, ["drawing": .level(2)])
    for index in 0..<3 {
      assessment.toggleTick("drawing", IndicatorTick(level: 1, index: index), at: .now)
    }
    let found = ConsistencyWarning.warnings(
      framework: framework, assessment: assessment, target: nil)
    #expect(found.map(\.kind) == [.aboveTicks])
    #expect(found.first?.message.contains("support Capable by the level rule") == true)
    assessment.answer("drawing", .level(1), at: .now)
    #expect(
      ConsistencyWarning.warnings(framework: framework, assessment: assessment, target: nil)
        .isEmpty)
  }

  @Test func notApplicableOnAnEssentialRequirementShowsReadinessBothWays() throws {
    let answers: [String: Rating.Answer] = [
      "arithmetic": .level(2), "algebra": .level(1), "calculus": .notApplicable,
      "drawing": .level(1), "estimation": .level(2), "geometry": .level(1),
    ]
    let found = warnings(answers, target: "journeyman")
    #expect(found.map(\.kind) == [.notApplicableEssential])
    let assessment = FixtureFrameworks.assessment(framework, answers, target: "journeyman")
    let figures = ConsistencyWarning.readinessFigures(
      framework: framework, assessment: assessment, role: try #require(framework.role("journeyman"))
    )
    #expect(figures.without == 100)
    #expect(figures.with < figures.without)
    #expect(
      found.first?.message.contains("readiness is 100 % without it and \(figures.with) %") == true)
    // Without a target nothing requires it.
    #expect(warnings(answers).isEmpty)
  }

  @Test func everyAnswerAtTheTopOrTheBottomIsPointedOut() {
    let ids = framework.skills.map(\.id)
    let top = warnings(Dictionary(uniqueKeysWithValues: ids.map { ($0, .level(2)) }))
    #expect(top.map(\.kind) == [.allAtTop])
    let bottom = warnings(Dictionary(uniqueKeysWithValues: ids.map { ($0, .level(0)) }))
    #expect(bottom.map(\.kind) == [.allAtBottom])
    // Four answers are too few to say anything about all of them.
    let few = warnings(Dictionary(uniqueKeysWithValues: ids.prefix(4).map { ($0, .level(0)) }))
    #expect(few.isEmpty)
  }
}
