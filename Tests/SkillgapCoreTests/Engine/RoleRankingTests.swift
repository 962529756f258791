import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct RoleRankingTests {
  let three = FixtureFrameworks.threeLevel()

  func ranking(_ answers: [String: Rating.Answer], target: String? = nil) -> RoleRanking {
    RoleRanking.rank(
      GapEngine(framework: three),
      assessment: FixtureFrameworks.assessment(three, answers), target: target)
  }

  @Test func rolesAreRankedByReadinessThenReadyThenSeniorityThenFrameworkOrder() {
    let ranking = RoleRanking.rank(
      GapEngine(framework: three), assessment: FixtureFrameworks.goldenAssessment(),
      target: FixtureFrameworks.goldenAssessment().target)
    // Apprentice and baker are both fully met at rung 1: framework order decides.
    #expect(ranking.entries.map(\.role.id) == ["apprentice", "baker", "master", "journeyman"])
    #expect(ranking.entries.map(\.readinessPercent) == [100, 100, 30, 25])
    #expect(ranking.entries.map(\.isReady) == [true, true, false, false])
    #expect(ranking.entry("journeyman")?.blockers == 2)
    #expect(ranking.entry("journeyman")?.gaps == 4)
    #expect(ranking.entry("journeyman")?.weightedGap == 10)
  }

  @Test func theNextStepIsTheRungAboveTheMostSeniorReadyRoleOnTheTargetTrack() {
    let ranking = RoleRanking.rank(
      GapEngine(framework: three), assessment: FixtureFrameworks.goldenAssessment(),
      target: FixtureFrameworks.goldenAssessment().target)
    #expect(ranking.track == "kitchen")
    #expect(ranking.currentRole == "apprentice")
    #expect(ranking.nextStep == "journeyman")
  }

  @Test func withoutATargetTheTrackIsTheBestRankedRolesTrack() {
    let ranking = ranking(["drawing": .level(2)])
    #expect(ranking.entries.first?.role.id == "baker")
    #expect(ranking.track == "bakery")
    #expect(ranking.currentRole == "baker")
    // Baker is the top of its track.
    #expect(ranking.nextStep == nil)
  }

  @Test func withNoReadyRoleTheNextStepIsTheFirstRung() {
    let ranking = ranking([:], target: "master")
    #expect(ranking.track == "kitchen")
    #expect(ranking.currentRole == nil)
    #expect(ranking.nextStep == "apprentice")
  }

  @Test func aTargetOnAnotherTrackPicksThatTrack() {
    let ranking = ranking(["arithmetic": .level(2)], target: "baker")
    #expect(ranking.track == "bakery")
    #expect(ranking.nextStep == "baker")
  }
}
