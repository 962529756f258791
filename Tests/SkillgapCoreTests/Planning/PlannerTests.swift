import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlannerTests {
  let three = FixtureFrameworks.threeLevel()
  let eight = FixtureFrameworks.eightLevel()
  let monday = FixtureFrameworks.monday

  func plan(
    _ framework: Framework, _ role: String, _ answers: [String: Rating.Answer],
    hours: Double = 6, weeks: Int? = nil
  ) throws -> StudyPlan {
    let report = try GapEngine(framework: framework).report(
      for: role, assessment: FixtureFrameworks.assessment(framework, answers))
    return try Planner.plan(
      for: report, framework: framework,
      options: PlanOptions(hoursPerWeek: hours, start: monday, maxWeeks: weeks))
  }

  func goldenPlan() throws -> StudyPlan {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    return try Planner.plan(
      for: report, framework: three, options: PlanOptions(start: monday))
  }

  /// Each week as `item minutes` pairs, `*` marking the week an item finishes.
  func layout(_ plan: StudyPlan) -> [String] {
    plan.weeks.map { week in
      week.allocations.map { "\($0.item) \($0.minutes / 60)\($0.finishes ? "*" : "")" }
        .joined(separator: ", ")
    }
  }

  @Test func eachGapBecomesOneItemPerLevelStepWithTheContentOfThatStep() throws {
    let plan = try goldenPlan()
    #expect(
      plan.items.map(\.id) == [
        "arithmetic@2", "algebra@1", "calculus@1", "estimation@1", "estimation@2",
      ])
    let first = try #require(plan.items.first)
    #expect(first.fromLevel == 1)
    #expect(first.toLevel == 2)
    #expect(first.title == "Arithmetic: Capable → Lead")
    #expect(first.tip == "Practise arithmetic until Lead.")
    #expect(first.milestone == "A project showing arithmetic at Lead.")
    #expect(first.resources.map(\.url) == ["https://example.org/arithmetic"])
    #expect(plan.items.map(\.minutes) == [1200, 600, 600, 600, 1200])
    #expect(plan.items.map(\.closesGap) == [true, true, true, false, true])
    #expect(plan.items.map(\.blocking) == [true, false, true, false, false])
  }

  @Test func stepsAreTakenFromTheSkillsOwnHoursWhenItGivesThem() throws {
    let plan = try plan(three, "master", ["calculus": .level(1)])
    #expect(plan.item("calculus@2")?.minutes == 30 * 60)
  }

  @Test func itemsFillEachWeeksHoursInOrderAndSpanWeeksWhenTheyDoNotFit() throws {
    let plan = try goldenPlan()
    #expect(
      layout(plan) == [
        "arithmetic@2 6", "arithmetic@2 6", "arithmetic@2 6", "arithmetic@2 2*, algebra@1 4",
        "algebra@1 6*", "calculus@1 6", "calculus@1 4*, estimation@1 2", "estimation@1 6",
        "estimation@1 2*, estimation@2 4", "estimation@2 6", "estimation@2 6", "estimation@2 4*",
      ])
    #expect(plan.weeks.map(\.minutes).reduce(0, +) == 70 * 60)
    #expect(plan.totalMinutes == 70 * 60)
    let arithmetic = try #require(plan.item("arithmetic@2"))
    #expect(arithmetic.firstWeek == 1)
    #expect(arithmetic.lastWeek == 4)
    #expect(arithmetic.spansWeeks)
    #expect(plan.weeks[3].allocations.first?.part == 4)
    #expect(plan.weeks[3].allocations.first?.parts == 4)
    #expect(plan.weeks[4].allocations.first?.part == 2)
  }

  @Test func weeksAreSevenDaysFromTheStart() throws {
    let plan = try goldenPlan()
    #expect(plan.weeks.first?.start.iso == "2026-01-05")
    #expect(plan.weeks.first?.end.iso == "2026-01-11")
    #expect(plan.weeks.last?.start.iso == "2026-03-23")
    #expect(plan.end?.iso == "2026-03-29")
    #expect(plan.weeks.map(\.number) == Array(1...12))
  }

  @Test func thePlanSaysTheWeekEachBlockingGapCloses() throws {
    let plan = try goldenPlan()
    #expect(plan.blockerClosures.map(\.skill) == ["arithmetic", "calculus"])
    #expect(plan.blockerClosures.map(\.week) == [4, 7])
    #expect(plan.blockerClosures.map { $0.date?.iso } == ["2026-02-01", "2026-02-22"])
    #expect(plan.readyWeek == 7)
  }

  @Test func prerequisitesComeBeforeWhatNeedsThemEvenWithoutWeight() throws {
    // Algebra weighs nothing: it only ties with calculus (through what it unlocks) and loses the
    // tie to the blocking gap, yet it is studied first.
    var framework = three
    framework.importances.append(Importance(id: "none", name: "None", weight: 0, blocking: false))
    framework.roles.append(
      Role(
        id: "odd", title: "Odd", track: "x", seniority: 1,
        requirements: [
          .init(skill: "calculus", level: 1, importance: "essential"),
          .init(skill: "algebra", level: 1, importance: "none"),
          .init(skill: "drawing", level: 2, importance: "useful"),
        ]))
    let report = try GapEngine(framework: framework).report(
      for: "odd", assessment: FixtureFrameworks.assessment(framework, [:]))
    #expect(report.gapIDs == ["calculus", "algebra", "drawing"])
    #expect(Planner.studyOrder(report).map(\.skill) == ["algebra", "calculus", "drawing"])
  }

  @Test func anEightLevelGapBecomesOneItemPerStepInLevelOrder() throws {
    let plan = try plan(
      eight, "engineer", ["noise": .level(1), "signal": .level(2), "filters": .level(0)])
    #expect(
      plan.items.map(\.id) == [
        "noise@2", "noise@3", "signal@3", "signal@4", "signal@5", "filters@1", "filters@2",
        "filters@3", "filters@4",
      ])
    #expect(plan.items.map(\.fromName).prefix(3) == ["L1", "L2", "L2"])
    #expect(plan.totalMinutes == 51 * 60)
    #expect(plan.weeks.count == 9)
    #expect(plan.blockerClosures.map(\.week) == [6])
  }

  @Test func aCapOnWeeksStopsThePlanAndListsWhatIsUnfinished() throws {
    let plan = try plan(
      eight, "engineer", ["noise": .level(1), "signal": .level(2), "filters": .level(0)],
      weeks: 5)
    #expect(plan.weeks.count == 5)
    #expect(plan.scheduledMinutes == 30 * 60)
    let cut = try #require(plan.item("signal@5"))
    #expect(cut.firstWeek == 5)
    #expect(cut.lastWeek == nil)
    #expect(cut.scheduledMinutes == 4 * 60)
    #expect(!cut.isComplete)
    #expect(plan.item("filters@1")?.firstWeek == nil)
    #expect(plan.unfinished.map(\.id).first == "signal@5")
    #expect(plan.unfinished.count == 5)
    #expect(plan.blockerClosures.map(\.week) == [nil])
    #expect(plan.readyWeek == nil)
    #expect(plan.weeks.last?.allocations.last?.finishes == false)
  }

  @Test func aMetRoleGivesAnEmptyPlan() throws {
    let plan = try plan(three, "apprentice", ["arithmetic": .level(2), "drawing": .level(1)])
    #expect(plan.items.isEmpty)
    #expect(plan.weeks.isEmpty)
    #expect(plan.end == nil)
    #expect(plan.readyWeek == 0)
  }

  @Test func fractionalHoursPackToTheMinute() throws {
    let plan = try plan(three, "journeyman", [:], hours: 2.5)
    #expect(plan.weeks.allSatisfy { $0.minutes <= 150 })
    #expect(plan.weeks.dropLast().allSatisfy { $0.minutes == 150 })
    #expect(plan.scheduledMinutes == plan.totalMinutes)
  }

  @Test func badOptionsAreRefusedBeforePlanning() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    #expect(throws: PlanOptions.OptionsError.hoursPerWeek(0)) {
      try Planner.plan(
        for: report, framework: three, options: PlanOptions(hoursPerWeek: 0, start: monday))
    }
    #expect(throws: PlanOptions.OptionsError.maxWeeks(0)) {
      try Planner.plan(
        for: report, framework: three, options: PlanOptions(start: monday, maxWeeks: 0))
    }
  }

  @Test func theSameInputsGiveTheSamePlan() throws {
    let first = try goldenPlan()
    for _ in 0..<5 { #expect(try goldenPlan() == first) }
  }
}
