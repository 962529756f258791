import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct ResultsTests {
  let three = FixtureFrameworks.threeLevel()

  @Test func aTargetIsReportedAndPlanned() throws {
    let results = try ExportFixtures.golden()
    #expect(results.report?.role.id == "journeyman")
    #expect(results.plan?.role.id == "journeyman")
    #expect(results.framework == FrameworkHeading(id: "three", title: "Three levels", version: "1"))
    #expect(results.assessedAt == FixtureFrameworks.time)
    #expect(results.ranking.entries.count == 4)
  }

  @Test func withoutATargetTheClosestNextStepIsReported() throws {
    let assessment = FixtureFrameworks.assessment(
      three, ["arithmetic": .level(1), "drawing": .level(1)])
    let results = try Results.make(framework: three, assessment: assessment, target: nil, plan: nil)
    #expect(results.ranking.nextStep == "journeyman")
    #expect(results.report?.role.id == "journeyman")
    #expect(results.plan == nil)
  }

  @Test func aTargetGivenForOneRunPicksTheTrackAndTheNextStep() throws {
    // The assessment has no saved target; `--target baker` must rank on the bakery track.
    let assessment = FixtureFrameworks.assessment(three, ["arithmetic": .level(2)])
    let results = try Results.make(
      framework: three, assessment: assessment, target: "baker", plan: nil)
    #expect(results.report?.role.id == "baker")
    #expect(results.ranking.track == "bakery")
    #expect(results.ranking.nextStep == "baker")
    #expect(results.ranking.currentRole == nil)
  }

  @Test func anUnknownTargetIsAnError() {
    #expect(throws: GapEngine.EngineError.self) {
      try Results.make(
        framework: three, assessment: FixtureFrameworks.goldenAssessment(), target: "chef",
        plan: nil)
    }
  }

  @Test func theAssessmentTimeIsKeptToTheSecond() throws {
    var assessment = FixtureFrameworks.goldenAssessment()
    assessment.updated = Date(timeIntervalSince1970: 1_767_346_200.75)
    let results = try Results.make(framework: three, assessment: assessment, target: nil, plan: nil)
    #expect(results.assessedAt == Date(timeIntervalSince1970: 1_767_346_200))
  }
}
