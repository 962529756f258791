import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlanSummaryTests {
  typealias P = PlanFixtures

  func golden() throws -> StudyPlan { try ExportFixtures.plan(PlanOptions(start: P.monday)) }

  @Test func theGoldenPlanIsSaidInThreeSentences() throws {
    let plan = try golden()
    #expect(
      PlanSummary.lines(plan) == [
        "Next 12 weeks: 70 h of study on 4 skills.",
        "Every blocking gap closes by week 7 (2026-02-22).",
        "The whole role: about 3 months at 6 h a week (70 h of study).",
      ])
    #expect(PlanSummary.later(plan) == nil)
    #expect(
      PlanSummary.settings(plan.options)
        == "6 h a week · Mon–Fri, from 18:00 · sessions up to 2 h · at most 3 h a day")
  }

  @Test func workAfterTheHorizonIsLaterAndReadinessSaysSo() throws {
    let framework = P.framework([P.skill("x", hours: 15)], [("x", 3, "essential")])
    let plan = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 10, start: P.monday, horizonWeeks: 2))
    #expect(
      PlanSummary.lines(plan) == [
        "Next 2 weeks: 20 h of study on 1 skill.",
        "Every blocking gap closes by week 5 (2026-02-08, after the horizon).",
        "The whole role: 5 weeks at 10 h a week (45 h of study).",
        "After week 2: 1 more step, and the rest of 1 step under way (25 h of study).",
      ])
  }

  @Test func practiceIsCountedApartFromStudy() throws {
    let framework = P.framework(
      [P.skill("base"), P.skill("lead", needs: ["base"], hours: 6, kind: .practice)],
      [("base", 1, "useful"), ("lead", 2, "important")])
    let plan = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 10, start: P.monday, horizonWeeks: 1))
    #expect(
      PlanSummary.lines(plan) == [
        "Next week: 10 h of study on 1 skill.",
        "No gap blocks the role.",
        "The whole role: 7 weeks at 10 h a week (10 h of study, plus 12 h of practice at work).",
        "After week 1: 2 more steps (practice at work).",
      ])
    let week = try #require(
      P.plan(framework).weeks.first { !$0.practice.isEmpty })
    let lead = try #require(plan.item("lead@1"))
    #expect(PlanSummary.share(week.practice[0], of: lead) == "2 h at work, 1 of 3 weeks")
  }

  @Test func blockingGapsOnlySaysWhatIsLeftOut() throws {
    let framework = P.framework(
      [P.skill("a"), P.skill("b", needs: ["a"]), P.skill("c")],
      [("b", 1, "essential"), ("c", 2, "important"), ("a", 1, "useful")])
    let plan = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 10, start: P.monday, blockingOnly: true))
    #expect(
      PlanSummary.lines(plan) == [
        "Next 12 weeks: 20 h of study on 2 skills.",
        "Every blocking gap closes by week 2 (2026-01-18).",
        "The whole role: 4 weeks at 10 h a week (40 h of study).",
        "Blocking gaps only: 2 steps of the rest of the role are left out.",
      ])
    #expect(
      PlanSummary.settings(plan.options)
        == "10 h a week · Mon–Fri, from 18:00 · sessions up to 2 h · at most 3 h a day · "
        + "blocking gaps only")
  }

  @Test func theWholeRoleIsSaidAtTheHoursTheDaysHold() throws {
    let plan = try ExportFixtures.plan(
      PlanOptions(hoursPerWeek: 20, start: P.monday, studyDays: [6, 7], dailyHours: 2.5))
    #expect(
      PlanSummary.wholeRole(plan) == "The whole role: about 3 months at 5 h a week (70 h of study)."
    )
    #expect(
      PlanSummary.settings(plan.options)
        == "5 h a week (20 asked) · Sat Sun, from 18:00 · sessions up to 2 h · at most 2.5 h a day")
  }

  @Test func aMetRoleHasNothingToStudy() throws {
    let three = FixtureFrameworks.threeLevel()
    let report = try GapEngine(framework: three).report(
      for: "apprentice",
      assessment: FixtureFrameworks.assessment(
        three, ["arithmetic": .level(2), "drawing": .level(1)]))
    let plan = try Planner.plan(
      for: report, framework: three, options: PlanOptions(start: P.monday))
    #expect(
      PlanSummary.lines(plan) == [
        "Next 12 weeks: 0 h of study on 0 skills.", "No gap blocks the role.",
        "Nothing to study: every requirement is met.",
      ])
  }

  @Test func aWeeksShareSaysWhichOfTheStepsWeeksItIs() throws {
    let plan = try golden()
    let arithmetic = try #require(plan.item("arithmetic@2"))
    #expect(PlanSummary.share(plan.weeks[1].allocations[0], of: arithmetic) == "6 h, 2 of 4 weeks")
    let estimation = try #require(plan.item("estimation@1"))
    let whole = Allocation(item: "estimation@1", minutes: 150, part: 1, parts: 1, finishes: true)
    #expect(PlanSummary.share(whole, of: estimation) == "2.5 h")
  }
}
