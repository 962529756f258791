import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlanOptionsTests {
  let monday = FixtureFrameworks.monday

  @Test func defaultsAreSixHoursAWeekInTwoHourSessionsFromSixInTheEvening() throws {
    let options = PlanOptions(start: monday)
    #expect(options.hoursPerWeek == 6)
    #expect(options.minutesPerWeek == 360)
    #expect(options.sessionMinutes == 120)
    #expect(options.sessionStart == 18 * 60)
    #expect(options.maxWeeks == nil)
    try options.validate()
  }

  @Test func hoursAreRoundedToTheMinute() {
    #expect(PlanOptions.minutes(1.0 / 3) == 20)
    #expect(PlanOptions.minutes(2.999_99) == 180)
    #expect(PlanOptions.minutes(-1) == 0)
    #expect(PlanOptions.minutes(.nan) == 0)
  }

  @Test func everyBadOptionIsNamed() {
    let cases: [(PlanOptions, PlanOptions.OptionsError)] = [
      (PlanOptions(hoursPerWeek: 0, start: monday), .hoursPerWeek(0)),
      (PlanOptions(hoursPerWeek: 101, start: monday), .hoursPerWeek(101)),
      (PlanOptions(hoursPerWeek: 0.001, start: monday), .hoursPerWeek(0.001)),
      (PlanOptions(start: monday, maxWeeks: -2), .maxWeeks(-2)),
      (PlanOptions(start: monday, sessionHours: 0), .sessionHours(0)),
      (PlanOptions(start: monday, sessionStart: 24 * 60), .sessionStart(1440)),
    ]
    for (options, error) in cases {
      #expect(throws: error) { try options.validate() }
    }
    #expect(
      PlanOptions.OptionsError.hoursPerWeek(0).errorDescription
        == "Hours per week must be more than 0 and at most 100, not 0.0.")
  }
}
