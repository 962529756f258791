import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Re-assessing from the last answers: the start screen offers it, the pass goes through the
/// skills that moved, went stale or are unanswered, Enter keeps an answer, a digit changes it.
@Suite struct QuickPassReducerTests {
  /// Every skill answered long before the fixtures' today.
  func oldAssessment(_ framework: Framework) -> Assessment {
    var assessment = Assessment(framework: framework, at: UIFixtures.now)
    let old = UIFixtures.now.addingTimeInterval(-300 * 86_400)
    for skill in framework.skills { assessment.answer(skill.id, .level(1), at: old) }
    return assessment
  }

  @Test func aPassOverStaleAnswersKeepsAndChangesThem() throws {
    let framework = UIFixtures.framework()
    var driver = Driver(framework: framework, saved: oldAssessment(framework))
    #expect(driver.state.startItems.prefix(2) == [.resume, .reassess])
    #expect(driver.state.reassessmentList.count == framework.skills.count)
    #expect(driver.state.reassessmentList.allSatisfy { $0.reason == .stale })
    driver.press(.down, .enter)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.quickPass?.position == 0)
    #expect(driver.state.skillIndex == 0)
    #expect(driver.state.highlight == 1)
    // Enter keeps the first answer (and stamps it today); 2 changes the second.
    driver.press(.enter)
    #expect(driver.state.assessment.ratings[framework.skills[0].id]?.ratedAt == Driver.time(3))
    #expect(driver.state.quickPass?.position == 1)
    driver.press(.character("2"))
    for _ in 2..<framework.skills.count { driver.press(.enter) }
    #expect(driver.state.quickPass == nil)
    #expect(driver.state.mode == .review)
    #expect(
      driver.state.status
        == .init(
          "Re-assessment done: \(framework.skills.count - 1) kept, 1 changed. v for the report."))
    #expect(driver.state.reassessmentList.allSatisfy { $0.reason == .retake })
    #expect(driver.effects.last == .save(driver.state.assessment))
  }

  @Test func aFreshCompleteAssessmentOffersToGoThroughEverySkillAgain() {
    let framework = UIFixtures.framework()
    var fresh = Assessment(framework: framework, at: UIFixtures.now)
    for skill in framework.skills { fresh.answer(skill.id, .level(2), at: UIFixtures.now) }
    let driver = Driver(framework: framework, saved: fresh)
    #expect(driver.state.reassessmentList.map(\.skill) == framework.skills.map(\.id))
    // A first assessment still under way offers no re-assessment: resume covers it.
    var partial = Assessment(framework: framework, at: UIFixtures.now)
    partial.answer(framework.skills[0].id, .level(1), at: UIFixtures.now)
    let started = Driver(framework: framework, saved: partial)
    #expect(!started.state.startItems.contains(.reassess))
  }
}
