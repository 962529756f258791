import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct GapEngineTests {
  let three = FixtureFrameworks.threeLevel()
  let eight = FixtureFrameworks.eightLevel()

  func report(
    _ framework: Framework, _ role: String, _ answers: [String: Rating.Answer]
  ) throws -> GapReport {
    try GapEngine(framework: framework).report(
      for: role, assessment: FixtureFrameworks.assessment(framework, answers))
  }

  @Test func eachRequirementGetsItsGapWorthAndAnswerKind() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    let rows = report.requirements.map {
      "\($0.skill) \($0.answer.rawValue) \($0.current)/\($0.required) gap \($0.gap) "
        + "worth \($0.weightedGap)"
    }
    #expect(
      rows == [
        "arithmetic rated 1/2 gap 1 worth 3.0",
        "algebra skipped 0/1 gap 1 worth 2.0",
        "calculus unanswered 0/1 gap 1 worth 3.0",
        "drawing rated 2/1 gap 0 worth 0.0",
        "estimation rated 0/2 gap 2 worth 2.0",
        "geometry not-applicable 0/1 gap 0 worth 0.0",
      ])
    #expect(report.standing("arithmetic")?.note?.hasPrefix("Kept the books") == true)
    #expect(report.standing("arithmetic")?.currentName == "Capable")
    #expect(report.standing("arithmetic")?.requiredName == "Lead")
  }

  @Test func priorityAddsTheWorthOfEveryGapThatNeedsTheSkill() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    // arithmetic (3) unlocks algebra (2) and, through it, calculus (3); algebra unlocks calculus.
    #expect(report.gapIDs == ["arithmetic", "algebra", "calculus", "estimation"])
    #expect(report.gaps.map(\.priority) == [8, 5, 3, 2])
    #expect(report.gaps.map(\.rank) == [1, 2, 3, 4])
    #expect(report.standing("arithmetic")?.unlocks == ["algebra", "calculus"])
    #expect(report.standing("algebra")?.unlocks == ["calculus"])
    #expect(report.standing("calculus")?.unlocks == [])
    #expect(report.standing("drawing")?.rank == nil)
  }

  @Test func aPrerequisiteRanksAboveALargerGapThatNeedsIt() throws {
    // Algebra's own worth (2) is below calculus's (3), yet it comes first.
    let report = try report(three, "journeyman", ["arithmetic": .level(2)])
    #expect(report.gapIDs.prefix(2) == ["algebra", "calculus"])
    #expect(report.standing("algebra")?.priority == 5)
  }

  @Test func prerequisitesAreFollowedThroughSkillsWithoutAGap() throws {
    // Algebra is met, yet arithmetic still unlocks calculus through it.
    let report = try report(
      three, "journeyman", ["arithmetic": .level(1), "algebra": .level(1)])
    #expect(report.standing("arithmetic")?.unlocks == ["calculus"])
    #expect(report.standing("arithmetic")?.priority == 6)
  }

  @Test func tiesGoToBlockingGapsThenWorthThenSizeThenFrameworkOrder() throws {
    let scale = RatingScale(names: ["Zero", "One", "Two", "Three"])
    let skills = ["a", "b", "c", "d", "e", "f"].map {
      FixtureFrameworks.skill(
        $0, $0.uppercased(), "x", scale, prerequisites: $0 == "b" ? ["a"] : [])
    }
    let framework = Framework(
      id: "ties", title: "Ties", version: "1", summary: "", scale: scale,
      importances: FixtureFrameworks.importances + [
        Importance(id: "hard", name: "Hard", weight: 1, blocking: true),
        Importance(id: "soft", name: "Soft", weight: 3, blocking: false),
      ],
      hoursPerStep: [0, 1, 1, 1], sources: [],
      categories: [Category(id: "x", name: "X", summary: "")], skills: skills,
      roles: [
        Role(
          id: "r", title: "R", track: "t", seniority: 1,
          requirements: [
            .init(skill: "f", level: 3, importance: "useful"),  // worth 3, 3 levels
            .init(skill: "c", level: 1, importance: "soft"),  // worth 3, 1 level
            .init(skill: "a", level: 1, importance: "useful"),  // worth 1, unlocks b: 3
            .init(skill: "e", level: 3, importance: "useful"),  // worth 3, 3 levels
            .init(skill: "b", level: 1, importance: "important"),  // worth 2
            .init(skill: "d", level: 3, importance: "hard"),  // worth 3, blocking
          ])
      ])
    let report = try report(framework, "r", [:])
    #expect(report.gapIDs == ["d", "e", "f", "c", "a", "b"])
    #expect(report.gaps.map(\.priority) == [3, 3, 3, 3, 3, 2])
  }

  @Test func readinessIsTheWeightedShareOfEachRequirementReached() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    // (3 × ½ + 2 × 0 + 3 × 0 + 1 × 1 + 1 × 0) / (3 + 2 + 3 + 1 + 1); geometry is left out.
    #expect(report.readiness == 0.25)
    #expect(report.readinessPercent == 25)
    #expect(!report.isReady)
    #expect(report.blockerIDs == ["arithmetic", "calculus"])
    #expect(report.strengthIDs == ["drawing"])
    #expect(report.notAssessedIDs == ["algebra", "calculus"])
    #expect(report.notApplicableIDs == ["geometry"])
  }

  @Test func readinessOnAnEightLevelScaleCountsPartLevels() throws {
    let report = try report(
      eight, "engineer", ["noise": .level(1), "signal": .level(2), "filters": .level(0)])
    // (2 × 1/3 + 3 × 2/5 + 1 × 0) / 6 = 0.3111…
    #expect(abs(report.readiness - (2.0 / 3 + 1.2) / 6) < 1e-12)
    #expect(report.readinessPercent == 31)
    #expect(report.gapIDs == ["noise", "signal", "filters"])
    #expect(report.gaps.map(\.priority) == [17, 13, 4])
    #expect(report.gaps.map(\.gap) == [2, 3, 4])
    #expect(report.levelNames.count == 8)
    #expect(report.highestLevel == 7)
  }

  @Test func percentIsRoundedDownAndReaches100OnlyWhenEverythingIsMet() throws {
    let nearly = try report(
      eight, "lead", ["noise": .level(6), "signal": .level(7), "filters": .level(6)])
    // (3 + 3 + 2 × 6/7) / 8 = 0.964…
    #expect(nearly.readinessPercent == 96)
    #expect(nearly.isReady)
    let met = try report(
      eight, "lead", ["noise": .level(7), "signal": .level(7), "filters": .level(7)])
    #expect(met.readinessPercent == 100)
    #expect(met.readiness == 1)
    #expect(met.strengthIDs == ["noise"])
    #expect(met.gapIDs.isEmpty)
  }

  @Test func aRoleIsReadyWithGapsOnlyInNonBlockingSkills() throws {
    let report = try report(
      three, "journeyman", ["arithmetic": .level(2), "calculus": .level(1)])
    #expect(report.isReady)
    #expect(report.blockerIDs.isEmpty)
    #expect(report.gapIDs.count == 4)
    #expect(report.readinessPercent < 100)
  }

  @Test func categoriesCompareMeanCurrentAndRequiredLevels() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    #expect(report.categories.map(\.category) == ["basics", "craft"])
    let basics = try #require(report.categories.first)
    #expect(basics.requirements == 3)
    #expect(basics.required == 5.0 / 3)
    #expect(basics.current == 1.0 / 3)
    #expect(basics.reached == 1.0 / 3)
    #expect(basics.gaps == 3)
    // Geometry (not applicable) is left out of craft.
    let craft = try #require(report.categories.last)
    #expect(craft.requirements == 2)
    #expect(craft.required == 1)
    #expect(craft.current == 1)
    #expect(craft.reached == 0.5)
  }

  @Test func anUnknownRoleNamesTheNearestIds() throws {
    let engine = GapEngine(framework: three)
    let assessment = FixtureFrameworks.assessment(three, [:])
    #expect(
      throws: GapEngine.EngineError.unknownRole(id: "journeymen", suggestions: ["journeyman"])
    ) {
      try engine.report(for: "journeymen", assessment: assessment)
    }
    let error = GapEngine.EngineError.unknownRole(id: "zzz", suggestions: [])
    #expect(error.errorDescription == "The framework has no role 'zzz'.")
  }

  @Test func theSameAssessmentGivesTheSameReport() throws {
    let engine = GapEngine(framework: three)
    let first = try engine.report(for: "master", assessment: FixtureFrameworks.goldenAssessment())
    for _ in 0..<5 {
      #expect(
        try engine.report(for: "master", assessment: FixtureFrameworks.goldenAssessment())
          == first)
    }
  }
}
