import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlannerSessionsTests {
  typealias P = PlanFixtures

  /// The plan of one skill whose one step takes `hours`, with the given options.
  func plan(hours: Double, _ options: PlanOptions) throws -> StudyPlan {
    try P.plan(P.framework([P.skill("s", hours: hours)], [("s", 1, "useful")]), options: options)
  }

  @Test func aWeeksStudyIsSpreadEvenlyOverTheStudyDaysRoundedUpToAQuarterHour() throws {
    let plan = try plan(hours: 5.5, PlanOptions(hoursPerWeek: 5.5, start: P.monday))
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(
      P.describe(sessions) == [
        "s@1 Mon 18:00 75", "s@1 Tue 18:00 75", "s@1 Wed 18:00 75", "s@1 Thu 18:00 75",
        "s@1 Fri 18:00 30",
      ])
    #expect(sessions.map(\.index) == [1, 2, 3, 4, 5])
    #expect(sessions.map(\.count) == [5, 5, 5, 5, 5])
  }

  @Test func aLastShareUnderAQuarterHourJoinsTheDayBefore() throws {
    // 61 minutes over five days: 15, 15, 15 and 16, never a 1-minute Friday.
    let plan = try plan(hours: 61.0 / 60, PlanOptions(hoursPerWeek: 61.0 / 60, start: P.monday))
    #expect(
      P.describe(plan.weeks.flatMap(\.sessions)) == [
        "s@1 Mon 18:00 15", "s@1 Tue 18:00 15", "s@1 Wed 18:00 15", "s@1 Thu 18:00 16",
      ])
  }

  @Test func onlyStudyDaysGetSessions() throws {
    let plan = try plan(
      hours: 4, PlanOptions(hoursPerWeek: 4, start: P.monday, studyDays: [4, 2]))
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(P.describe(sessions) == ["s@1 Tue 18:00 120", "s@1 Thu 18:00 120"])
    #expect(sessions.map(\.day.iso) == ["2026-01-06", "2026-01-08"])
  }

  @Test func aDayHoldsAtMostTheDailyLimitAndTheWeekWhatTheDaysHold() throws {
    let plan = try plan(
      hours: 10, PlanOptions(hoursPerWeek: 10, start: P.monday, dailyHours: 1.5))
    #expect(plan.weeks.map(\.minutes) == [450, 150])
    #expect(
      plan.weeks.map { $0.sessions.map(\.minutes) } == [
        [90, 90, 90, 90, 90], [30, 30, 30, 30, 30],
      ])
    #expect(
      plan.advice == [
        .daysTooShort(askedMinutes: 600, plannedMinutes: 450, days: 5, dailyMinutes: 90)
      ])
  }

  @Test func aLongDayIsCutIntoSessionsOfTheSessionLengthAQuarterHourApart() throws {
    let plan = try plan(hours: 15, PlanOptions(hoursPerWeek: 15, start: P.monday))
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(sessions.count == 10)
    #expect(P.describe(Array(sessions.prefix(2))) == ["s@1 Mon 18:00 120", "s@1 Mon 20:15 60"])
    #expect(sessions.map(\.index) == Array(1...10))
    #expect(sessions.reduce(0) { $0 + $1.minutes } == 900)
    let shorter = try self.plan(
      hours: 3, PlanOptions(hoursPerWeek: 3, start: P.monday, sessionHours: 1.5, studyDays: [1]))
    #expect(
      P.describe(shorter.weeks.flatMap(\.sessions)) == ["s@1 Mon 18:00 90", "s@1 Mon 19:45 90"])
  }

  @Test func aLateStartMovesTheDayEarlierSoNothingEndsAfterTen() throws {
    let plan = try plan(
      hours: 15, PlanOptions(hoursPerWeek: 15, start: P.monday, sessionStart: 21 * 60))
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(P.describe(Array(sessions.prefix(2))) == ["s@1 Mon 18:45 120", "s@1 Mon 21:00 60"])
    #expect(sessions.map { $0.start + $0.minutes }.max() == PlanOptions.latestEnd)
    let short = try self.plan(
      hours: 1, PlanOptions(hoursPerWeek: 1, start: P.monday, sessionStart: 21 * 60 + 30))
    #expect(
      P.describe(short.weeks.flatMap(\.sessions)) == [
        "s@1 Mon 21:30 15", "s@1 Tue 21:30 15", "s@1 Wed 21:30 15", "s@1 Thu 21:30 15",
      ])
  }

  @Test func stepsSharingADayFollowEachOtherAQuarterHourApart() throws {
    let framework = P.framework(
      [P.skill("a", hours: 1.5), P.skill("b", hours: 1.5)],
      [("a", 1, "useful"), ("b", 1, "useful")])
    let plan = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 3, start: P.monday, studyDays: [1]))
    #expect(
      P.describe(plan.weeks.flatMap(\.sessions)) == ["a@1 Mon 18:00 90", "b@1 Mon 19:45 90"])
  }

  @Test func thePlanNumbersEachItemsSessionsAcrossWeeks() throws {
    let three = FixtureFrameworks.threeLevel()
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    let plan = try Planner.plan(
      for: report, framework: three, options: PlanOptions(start: P.monday))
    #expect(
      P.describe(plan.weeks[3].sessions) == [
        "arithmetic@2 Mon 18:00 75", "arithmetic@2 Tue 18:00 45", "algebra@1 Tue 19:00 30",
        "algebra@1 Wed 18:00 75", "algebra@1 Thu 18:00 75", "algebra@1 Fri 18:00 60",
      ])
    let arithmetic = plan.weeks.flatMap(\.sessions).filter { $0.item == "arithmetic@2" }
    #expect(arithmetic.map(\.index) == Array(1...17))
    #expect(arithmetic.allSatisfy { $0.count == 17 })
    #expect(arithmetic.reduce(0) { $0 + $1.minutes } == 1200)
    for week in plan.weeks {
      #expect(week.sessions.reduce(0) { $0 + $1.minutes } == week.minutes)
      #expect(week.sessions.allSatisfy { $0.day >= week.start && $0.day <= week.end })
      #expect(week.sessions.allSatisfy { [1, 2, 3, 4, 5].contains($0.day.weekday) })
    }
  }
}
