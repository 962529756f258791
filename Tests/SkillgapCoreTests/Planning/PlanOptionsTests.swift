import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlanOptionsTests {
  let monday = FixtureFrameworks.monday

  @Test func defaultsAreSixHoursAWeekOnWeekdaysFromSixInTheEvening() throws {
    let options = PlanOptions(start: monday)
    #expect(options.hoursPerWeek == 6)
    #expect(options.minutesPerWeek == 360)
    #expect(options.horizonWeeks == 12)
    #expect(options.sessionMinutes == 120)
    #expect(options.sessionStart == 18 * 60)
    #expect(options.studyDays == [1, 2, 3, 4, 5])
    #expect(options.dailyMinutes == 180)
    #expect(options.capacityMinutes == 900)
    #expect(options.budgetMinutes == 360)
    #expect(!options.blockingOnly)
    try options.validate()
  }

  @Test func studyDaysAreSortedOnceEachAndCapTheWeek() {
    let options = PlanOptions(
      hoursPerWeek: 10, start: monday, studyDays: [5, 1, 1, 3], dailyHours: 2)
    #expect(options.studyDays == [1, 3, 5])
    #expect(options.capacityMinutes == 360)
    #expect(options.budgetMinutes == 360)
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
      (PlanOptions(start: monday, horizonWeeks: 0), .horizonWeeks(0)),
      (PlanOptions(start: monday, horizonWeeks: 105), .horizonWeeks(105)),
      (PlanOptions(start: monday, sessionHours: 0), .sessionHours(0)),
      (PlanOptions(start: monday, sessionHours: 12.5), .sessionHours(12.5)),
      (PlanOptions(start: monday, sessionStart: 4 * 60 + 59), .sessionStart(299)),
      (PlanOptions(start: monday, sessionStart: 21 * 60 + 31), .sessionStart(1291)),
      (PlanOptions(start: monday, studyDays: []), .studyDays([])),
      (PlanOptions(start: monday, studyDays: [8, 0]), .studyDays([0, 8])),
      (PlanOptions(start: monday, dailyHours: 0), .dailyHours(0)),
      (PlanOptions(start: monday, dailyHours: 13), .dailyHours(13)),
    ]
    for (options, error) in cases {
      #expect(throws: error) { try options.validate() }
    }
    #expect(
      PlanOptions.OptionsError.hoursPerWeek(0).errorDescription
        == "Hours per week must be more than 0 and at most 100, not 0.0.")
    #expect(
      PlanOptions.OptionsError.horizonWeeks(0).errorDescription
        == "The horizon must be 1 to 104 weeks, not 0.")
    #expect(
      PlanOptions.OptionsError.sessionStart(1300).errorDescription
        == "Sessions must start between 05:00 and 21:30, not at 21:40.")
    #expect(
      PlanOptions.OptionsError.studyDays([0, 8]).errorDescription
        == "Study days must be one to seven weekdays (1 Monday … 7 Sunday), not 0,8.")
    #expect(
      PlanOptions.OptionsError.dailyHours(13).errorDescription
        == "The most study in a day must be more than 0 and at most 12 hours, not 13.0.")
  }

  @Test func theLongestHorizonAndTheLatestStartAreAccepted() throws {
    try PlanOptions(start: monday, horizonWeeks: 104, sessionStart: 21 * 60 + 30).validate()
    try PlanOptions(start: monday, sessionStart: 5 * 60, studyDays: [7]).validate()
  }

  @Test func clockTimesReadAsHoursAndMinutes() {
    #expect(CalendarTime.clock(0) == "00:00")
    #expect(CalendarTime.clock(605) == "10:05")
    #expect(CalendarTime.clock(18 * 60) == "18:00")
    #expect(CalendarTime.clock(24 * 60 + 5) == "00:05")
    #expect(CalendarTime.clock(-15) == "23:45")
  }

  @Test func studyDaysReadAsARangeAListOrEveryDay() {
    #expect(CalendarTime.days([1, 2, 3, 4, 5]) == "Mon–Fri")
    #expect(CalendarTime.days([5, 3, 4, 4]) == "Wed–Fri")
    #expect(CalendarTime.days([1, 3, 6]) == "Mon Wed Sat")
    #expect(CalendarTime.days([6, 7]) == "Sat Sun")
    #expect(CalendarTime.days([2]) == "Tue")
    #expect(CalendarTime.days(Array(1...7)) == "every day")
    #expect(CalendarTime.days([0, 2, 9]) == "Tue")
  }
}
