import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlannerSessionsTests {
  let monday = FixtureFrameworks.monday

  func week(_ minutes: [Int]) -> PlanWeek {
    PlanWeek(
      number: 1, start: monday, end: monday.adding(days: 6),
      allocations: minutes.enumerated().map {
        Allocation(item: "item\($0.offset)", minutes: $0.element, part: 1, parts: 1, finishes: true)
      }, sessions: [])
  }

  func describe(_ sessions: [StudySession]) -> [String] {
    sessions.map {
      "\($0.item) \($0.day.weekdayName) \($0.start / 60):\($0.start % 60 < 10 ? "0" : "")"
        + "\($0.start % 60) \($0.minutes)"
    }
  }

  @Test func aWeeksStudyIsCutIntoSessionsSpreadOverTheWeek() {
    let sessions = Planner.sessions(for: week([240, 120]), options: PlanOptions(start: monday))
    #expect(
      describe(sessions) == ["item0 Mon 18:00 120", "item0 Wed 18:00 120", "item1 Fri 18:00 120"])
    #expect(sessions.map(\.index) == [1, 2, 1])
    #expect(sessions.map(\.count) == [2, 2, 1])
  }

  @Test func sessionsOfOneItemAreOfEqualLength() {
    let sessions = Planner.sessions(for: week([301]), options: PlanOptions(start: monday))
    #expect(sessions.map(\.minutes) == [101, 100, 100])
    #expect(sessions.map(\.day.weekdayName) == ["Mon", "Wed", "Fri"])
  }

  @Test func sessionsSharingADayFollowEachOtherAndNeverPassMidnight() {
    let options = PlanOptions(hoursPerWeek: 100, start: monday)
    let sessions = Planner.sessions(for: week([100 * 60]), options: options)
    #expect(sessions.count == 50)
    #expect(sessions.reduce(0) { $0 + $1.minutes } == 6000)
    for session in sessions {
      // A session may end at midnight, which is 00:00 the next day.
      let end = session.end
      #expect(end.day == session.day || (end.day == session.day.adding(days: 1) && end.minute == 0))
      #expect(session.start + session.minutes <= 24 * 60)
    }
    let monday = sessions.filter { $0.day == self.monday }
    #expect(monday.count == 8)
    #expect(monday.first?.start == 24 * 60 - 8 * 120)
    #expect(zip(monday, monday.dropFirst()).allSatisfy { $0.start + $0.minutes == $1.start })
  }

  @Test func theSessionLengthAndStartTimeAreOptions() {
    let options = PlanOptions(start: monday, sessionHours: 1.5, sessionStart: 7 * 60 + 30)
    let sessions = Planner.sessions(for: week([180]), options: options)
    #expect(describe(sessions) == ["item0 Mon 7:30 90", "item0 Thu 7:30 90"])
  }

  @Test func itemsWithoutTimeGetNoSession() {
    #expect(Planner.sessions(for: week([0]), options: PlanOptions(start: monday)).isEmpty)
  }

  @Test func thePlanNumbersEachItemsSessionsAcrossWeeks() throws {
    let three = FixtureFrameworks.threeLevel()
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    let plan = try Planner.plan(for: report, framework: three, options: PlanOptions(start: monday))
    let arithmetic = plan.weeks.flatMap(\.sessions).filter { $0.item == "arithmetic@2" }
    #expect(arithmetic.map(\.index) == Array(1...10))
    #expect(arithmetic.allSatisfy { $0.count == 10 })
    #expect(arithmetic.reduce(0) { $0 + $1.minutes } == 1200)
    for week in plan.weeks {
      #expect(week.sessions.reduce(0) { $0 + $1.minutes } == week.minutes)
      #expect(week.sessions.allSatisfy { $0.day >= week.start && $0.day <= week.end })
    }
  }
}
