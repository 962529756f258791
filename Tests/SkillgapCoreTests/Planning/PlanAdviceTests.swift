import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlanAdviceTests {
  /// The golden assessment's plan (70 h of study) with the given options.
  func advice(_ options: PlanOptions) throws -> [PlanAdvice] {
    try ExportFixtures.plan(options).advice
  }

  @Test func fewerThanTwoHoursAWeekSaysHowLongItTakesAndSuggestsFour() throws {
    let advice = try advice(PlanOptions(hoursPerWeek: 1.5, start: PlanFixtures.monday))
    #expect(
      advice == [
        .fewHours(
          hoursPerWeek: 1.5, weeks: 47, suggested: 4, suggestedWeeks: 18, blockingWeeks: 27)
      ])
    #expect(
      advice.first?.message
        == "At 1.5 h a week the study takes about 11 months, and a step of 20 h takes 20 weeks "
        + "or more. At 4 h a week it takes about 4 months; the blocking gaps alone take about 6 "
        + "months at 1.5 h.")
    #expect(try self.advice(PlanOptions(hoursPerWeek: 2, start: PlanFixtures.monday)) == [])
  }

  @Test func moreThanThirtyHoursAWeekIsAFullTimeLoad() throws {
    let many = PlanOptions(hoursPerWeek: 40, start: PlanFixtures.monday, dailyHours: 8)
    let advice = try advice(many)
    #expect(advice == [.manyHours(hoursPerWeek: 40, suggested: 10, suggestedWeeks: 7)])
    #expect(
      advice.first?.message
        == "40 h a week is a full-time load. If you also work, a plan you can keep is nearer "
        + "10 h a week (the study then takes 7 weeks).")
    let thirty = PlanOptions(hoursPerWeek: 30, start: PlanFixtures.monday, dailyHours: 6)
    #expect(try self.advice(thirty) == [])
  }

  @Test func daysThatCannotHoldTheHoursSayWhatIsPlanned() throws {
    let advice = try advice(PlanOptions(hoursPerWeek: 40, start: PlanFixtures.monday))
    #expect(
      advice == [
        .manyHours(hoursPerWeek: 40, suggested: 10, suggestedWeeks: 7),
        .daysTooShort(askedMinutes: 2400, plannedMinutes: 900, days: 5, dailyMinutes: 180),
      ])
    #expect(
      advice.last?.message
        == "40 h a week does not fit into 5 study days of at most 3 h, so 15 h a week are planned. "
        + "Add a study day or raise the daily limit.")
    let one = PlanOptions(
      hoursPerWeek: 4, start: PlanFixtures.monday, studyDays: [6], dailyHours: 2.5)
    #expect(
      try self.advice(one) == [
        .daysTooShort(askedMinutes: 240, plannedMinutes: 150, days: 1, dailyMinutes: 150)
      ])
    #expect(
      PlanAdvice.daysTooShort(askedMinutes: 240, plannedMinutes: 150, days: 1, dailyMinutes: 150)
        .message
        == "4 h a week does not fit into 1 study day of at most 2.5 h, so 2.5 h a week are planned. "
        + "Add a study day or raise the daily limit.")
    let fits = PlanOptions(hoursPerWeek: 15, start: PlanFixtures.monday)
    #expect(try self.advice(fits) == [])
  }

  @Test func nothingToStudyNeedsNoAdvice() throws {
    let three = FixtureFrameworks.threeLevel()
    let report = try GapEngine(framework: three).report(
      for: "apprentice",
      assessment: FixtureFrameworks.assessment(
        three, ["arithmetic": .level(2), "drawing": .level(1)]))
    let plan = try Planner.plan(
      for: report, framework: three,
      options: PlanOptions(hoursPerWeek: 1, start: PlanFixtures.monday))
    #expect(plan.advice == [])
  }

  @Test func durationsReadAsWeeksMonthsOrYears() {
    #expect(PlanText.duration(-1) == "no time")
    #expect(PlanText.duration(0) == "no time")
    #expect(PlanText.duration(1) == "1 week")
    #expect(PlanText.duration(8) == "8 weeks")
    #expect(PlanText.duration(9) == "about 2 months")
    #expect(PlanText.duration(39) == "about 9 months")
    #expect(PlanText.duration(102) == "about 23 months")
    #expect(PlanText.duration(103) == "about 2 years")
    #expect(PlanText.duration(130) == "about 2.5 years")
  }

  @Test func hoursReadWithAtMostOneDecimal() {
    #expect(PlanText.hours(6) == "6")
    #expect(PlanText.hours(2.5) == "2.5")
    #expect(PlanText.hours(2.25) == "2.3")
    #expect(PlanText.hours(-3) == "0")
    #expect(PlanText.hours(minutes: 90) == "1.5 h")
    #expect(PlanText.hours(minutes: 20) == "0.3 h")
  }
}
