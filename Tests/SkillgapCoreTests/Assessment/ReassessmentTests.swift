import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// Which skills a quick re-assessment goes through, and why.
@Suite struct ReassessmentTests {
  let framework = FixtureFrameworks.threeLevel()
  let rated = FixtureFrameworks.time

  func assessment() -> Assessment {
    FixtureFrameworks.assessment(
      framework, ["arithmetic": .level(1), "algebra": .skipped, "geometry": .level(2)])
  }

  @Test func freshAnswersNeedNothingButTheUnanswered() {
    let list = assessment().reassessment(of: framework, now: rated.addingTimeInterval(86_400))
    #expect(
      list.map(\.skill)
        == framework.skills.filter { $0.id != "arithmetic" && $0.id != "geometry" }.map(\.id))
    #expect(list.allSatisfy { $0.reason == .unanswered })
  }

  @Test func ratingsOlderThanTheFrameworksMonthsAreStale() {
    var framework = self.framework
    framework.staleAfterMonths = 6
    let later = rated.addingTimeInterval(7 * 30.5 * 86_400)
    let saved = assessment()
    #expect(saved.isStale("arithmetic", framework: framework, now: later))
    #expect(
      !saved.isStale("arithmetic", framework: framework, now: rated.addingTimeInterval(86_400)))
    #expect(!saved.isStale("algebra", framework: framework, now: later))
    let list = saved.reassessment(of: framework, now: later)
    #expect(list.first { $0.skill == "arithmetic" }?.reason == .stale)
    #expect(list.first { $0.skill == "geometry" }?.reason == .stale)
    #expect(list.first { $0.skill == "algebra" }?.reason == .unanswered)
    framework.staleAfterMonths = 12
    #expect(saved.reassessment(of: framework, now: later).allSatisfy { $0.reason == .unanswered })
  }

  @Test func aStepFinishedSinceTheRatingMovesTheSkill() {
    var saved = assessment()
    saved.progress["arithmetic@2"] = StepProgress(
      status: .done, updated: rated.addingTimeInterval(3_600))
    // Progress from before the rating, or not finished, changes nothing.
    saved.progress["geometry@3"] = StepProgress(
      status: .inProgress, updated: rated.addingTimeInterval(60))
    let list = saved.reassessment(of: framework, now: rated.addingTimeInterval(7_200))
    #expect(list.first { $0.skill == "arithmetic" }?.reason == .moved)
    #expect(list.first { $0.skill == "geometry" } == nil)
  }
}
