import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Quick mode: with a target, the assessment walks only the skills the target requires.
@Suite struct QuickModeReducerTests {
  let framework = UIFixtures.framework()

  @Test func quickModeFromStartToReport() throws {
    var driver = Driver(framework: framework)
    driver.state.assessment.target = "second"
    #expect(driver.state.startItems == [.startNew, .quick, .target, .hideRequirements, .quit])
    driver.press(.down)
    let start = render(driver.state, size: Size(width: 80, height: 24)).lines.joined(
      separator: "\n")
    #expect(start.contains("Quick: 2 skills, about 1 minute (only what Second rung requires)"))
    let words = start.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("About 30 seconds a skill"))
    #expect(words.contains("The 1 other skill stays unanswered (and is listed so)"))
    driver.press(.enter)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.currentSkill?.id == "alpha")
    #expect(driver.state.quickPass?.isQuick == true)
    let rate = render(driver.state, size: Size(width: 80, height: 24)).lines.joined(separator: "\n")
    #expect(rate.contains("Quick assessment, 1 of 2: the target role requires it"))
    driver.press(.character("2"))
    // Beta is not required: the walk goes straight to gamma.
    #expect(driver.state.currentSkill?.id == "gamma")
    driver.press(.character("3"))
    #expect(driver.state.mode == .review)
    #expect(driver.state.quickPass == nil)
    #expect(
      driver.state.status?.text
        == "Quick assessment done: the 2 skills of the target; 1 skill it does not require stays "
        + "unanswered (u finds them). v for the report.")
    #expect(driver.state.assessment.level(of: "alpha") == 2)
    #expect(driver.state.assessment.level(of: "gamma") == 3)
    #expect(driver.state.assessment.ratings["beta"] == nil)
    #expect(driver.effects.count == 2)
    #expect(driver.effects.last == .save(driver.state.assessment))
    driver.press(.character("v"))
    #expect(driver.state.mode == .report)
    let role = try #require(framework.role("second"))
    let report = GapEngine(framework: framework).report(
      for: role, assessment: driver.state.assessment)
    #expect(report.notAssessedIDs == [])
    #expect(
      render(driver.state, size: Size(width: 80, height: 24)).lines.joined().contains("Readiness"))
  }

  @Test func withoutATargetThereIsNoQuickMode() {
    let driver = Driver(framework: framework)
    #expect(!driver.state.startItems.contains(.quick))
  }

  @Test func theEstimateComesFromThirtySecondsASkill() {
    #expect(QuickPass.secondsPerSkill == 30)
    #expect(QuickPass.minutes(for: 2) == 1)
    #expect(QuickPass.minutes(for: 45) == 25)
    #expect(QuickPass.minutes(for: 40) == 20)
    #expect(QuickPass.minutes(for: 59) == 30)
  }
}
