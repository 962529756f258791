import Foundation
import SkillgapCore
import Testing

@Suite struct CalendarDayTests {
  @Test func isoDatesAreReadStrictly() {
    #expect(CalendarDay(iso: "2026-01-05")?.iso == "2026-01-05")
    #expect(CalendarDay(iso: "2024-02-29") != nil)
    for bad in [
      "2026-1-05", "2026-02-30", "2025-02-29", "26-01-05", "2026-13-01", "", "2026-01-05x",
      "２０２６-01-05", "2026/01/05", "1900-02-29",
    ] {
      #expect(CalendarDay(iso: bad) == nil, "\(bad)")
    }
    #expect(CalendarDay(iso: "2000-02-29") != nil)
  }

  @Test func dayNumbersCountFrom1970AndRoundTrip() throws {
    #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    #expect(CalendarDay(year: 1969, month: 12, day: 31)?.dayNumber == -1)
    #expect(CalendarDay(year: 2026, month: 1, day: 5)?.dayNumber == 20_458)
    for number in stride(from: -800_000, through: 2_900_000, by: 997) {
      #expect(CalendarDay.fromDayNumber(number).dayNumber == number)
    }
  }

  @Test func addingDaysCrossesMonthsYearsAndLeapDays() throws {
    let day = try #require(CalendarDay(iso: "2028-02-27"))
    #expect(day.adding(days: 2).iso == "2028-02-29")
    #expect(day.adding(days: 3).iso == "2028-03-01")
    #expect(day.adding(days: 309).iso == "2029-01-01")
    #expect(day.adding(days: -58).iso == "2027-12-31")
    #expect(day.days(to: day.adding(days: 400)) == 400)
  }

  @Test func weekdaysAreISONumbered() throws {
    #expect(try #require(CalendarDay(iso: "2026-01-05")).weekday == 1)
    #expect(try #require(CalendarDay(iso: "2026-01-05")).weekdayName == "Mon")
    #expect(try #require(CalendarDay(iso: "2026-01-11")).weekday == 7)
    #expect(try #require(CalendarDay(iso: "1969-12-31")).weekdayName == "Wed")
  }

  @Test func theDayOfAnInstantDependsOnTheTimeZone() throws {
    let instant = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05T00:00:00Z
    let utc = try #require(TimeZone(identifier: "UTC"))
    let newYork = try #require(TimeZone(identifier: "America/New_York"))
    #expect(CalendarDay(instant, in: utc).iso == "2026-01-05")
    #expect(CalendarDay(instant, in: newYork).iso == "2026-01-04")
  }

  @Test func daysEncodeAsISOStrings() throws {
    let day = try #require(CalendarDay(iso: "2026-03-09"))
    let data = try JSONEncoder().encode([day])
    #expect(String(decoding: data, as: UTF8.self) == "[\"2026-03-09\"]")
    #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2026-3-9\"]".utf8))
    }
  }
}
