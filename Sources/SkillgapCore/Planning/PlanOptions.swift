import Foundation

/// What a study plan is fitted to: hours a week, the first day, the horizon in weeks, the days
/// and times of study, and whether only the gaps that block the role are planned.
public struct PlanOptions: Sendable, Equatable, Codable {
  /// Problems with the options, reported before planning.
  public enum OptionsError: LocalizedError, Equatable {
    case hoursPerWeek(Double)
    case horizonWeeks(Int)
    case sessionHours(Double)
    case sessionStart(Int)
    case studyDays([Int])
    case dailyHours(Double)

    public var errorDescription: String? {
      switch self {
      case .hoursPerWeek(let value):
        return "Hours per week must be more than 0 and at most 100, not \(value)."
      case .horizonWeeks(let value):
        return "The horizon must be 1 to \(PlanOptions.maximumHorizonWeeks) weeks, not \(value)."
      case .sessionHours(let value):
        return "A study session must last more than 0 and at most 12 hours, not \(value)."
      case .sessionStart(let value):
        return "Sessions must start between 05:00 and 21:30, not at "
          + "\(CalendarTime.clock(value))."
      case .studyDays(let days):
        return "Study days must be one to seven weekdays (1 Monday … 7 Sunday), not "
          + "\(days.map(String.init).joined(separator: ","))."
      case .dailyHours(let value):
        return "The most study in a day must be more than 0 and at most 12 hours, not \(value)."
      }
    }
  }

  /// The default hours of study a week.
  public static let defaultHoursPerWeek = 6.0
  /// The most hours of study a week a plan accepts.
  public static let maximumHoursPerWeek = 100.0
  /// The default horizon: the weeks planned in detail.
  public static let defaultHorizonWeeks = 12
  /// The longest horizon.
  public static let maximumHorizonWeeks = 104
  /// The default longest study session, in hours.
  public static let defaultSessionHours = 2.0
  /// The default time sessions start, in minutes after midnight (18:00).
  public static let defaultSessionStart = 18 * 60
  /// The default study days: Monday to Friday (ISO weekdays).
  public static let defaultStudyDays = [1, 2, 3, 4, 5]
  /// The default most study in one day, in hours.
  public static let defaultDailyHours = 3.0
  /// No session runs past this time (22:00), in minutes after midnight; a long day starts
  /// earlier instead.
  public static let latestEnd = 22 * 60
  /// The earliest start a person may choose (05:00).
  public static let earliestStart = 5 * 60
  /// Hours a week of deliberate practice at work a practice step is spread at.
  public static let practiceHoursPerWeek = 2.0
  /// Minutes a week booked to note what was practised and learned, per practice step.
  public static let reflectionMinutes = 15
  /// Below this many hours a week the plan says what that means.
  public static let fewHoursPerWeek = 2.0
  /// Above this many hours a week the plan says what that means.
  public static let manyHoursPerWeek = 30.0

  /// Hours of study a week.
  public var hoursPerWeek: Double
  /// The plan's first day; week 1 starts on it and every week is seven days.
  public var start: CalendarDay
  /// The weeks planned in detail, with their tasks and sessions; the rest is "later".
  public var horizonWeeks: Int
  /// The longest study session, in hours; a day's study is cut into sessions this long.
  public var sessionHours: Double
  /// When sessions start, in minutes after midnight, local time.
  public var sessionStart: Int
  /// The ISO weekdays (1 Monday … 7 Sunday) to study on, ascending.
  public var studyDays: [Int]
  /// The most study in one day, in hours.
  public var dailyHours: Double
  /// Whether only the gaps that block the role (and what they need first) are planned.
  public var blockingOnly: Bool

  /// Creates options.
  /// - Parameters:
  ///   - hoursPerWeek: Hours of study a week (default 6).
  ///   - start: The plan's first day.
  ///   - horizonWeeks: Weeks planned in detail (default 12).
  ///   - sessionHours: The longest session in hours (default 2).
  ///   - sessionStart: Minutes after midnight sessions start at (default 18:00).
  ///   - studyDays: ISO weekdays to study on (default Monday to Friday).
  ///   - dailyHours: The most study in a day (default 3).
  ///   - blockingOnly: Plan only the gaps that block the role (default false).
  public init(
    hoursPerWeek: Double = defaultHoursPerWeek, start: CalendarDay,
    horizonWeeks: Int = defaultHorizonWeeks, sessionHours: Double = defaultSessionHours,
    sessionStart: Int = defaultSessionStart, studyDays: [Int] = defaultStudyDays,
    dailyHours: Double = defaultDailyHours, blockingOnly: Bool = false
  ) {
    self.hoursPerWeek = hoursPerWeek
    self.start = start
    self.horizonWeeks = horizonWeeks
    self.sessionHours = sessionHours
    self.sessionStart = sessionStart
    self.studyDays = Array(Set(studyDays)).sorted()
    self.dailyHours = dailyHours
    self.blockingOnly = blockingOnly
  }

  /// The hours asked for, in whole minutes.
  public var minutesPerWeek: Int { Self.minutes(hoursPerWeek) }

  /// The most the study days hold in a week, in minutes.
  public var capacityMinutes: Int { studyDays.count * dailyMinutes }

  /// The minutes a week actually planned: the hours asked for, or what the days hold.
  public var budgetMinutes: Int { min(minutesPerWeek, capacityMinutes) }

  /// The longest session in whole minutes.
  public var sessionMinutes: Int { Self.minutes(sessionHours) }

  /// The most study in a day in whole minutes.
  public var dailyMinutes: Int { Self.minutes(dailyHours) }

  /// Checks that the options can make a plan.
  /// - Throws: ``OptionsError`` naming the first bad option.
  public func validate() throws(OptionsError) {
    guard hoursPerWeek.isFinite, hoursPerWeek > 0, hoursPerWeek <= Self.maximumHoursPerWeek,
      minutesPerWeek > 0
    else { throw .hoursPerWeek(hoursPerWeek) }
    guard (1...Self.maximumHorizonWeeks).contains(horizonWeeks) else {
      throw .horizonWeeks(horizonWeeks)
    }
    guard sessionHours.isFinite, sessionHours > 0, sessionHours <= 12, sessionMinutes > 0
    else { throw .sessionHours(sessionHours) }
    guard (Self.earliestStart...Self.latestEnd - 30).contains(sessionStart) else {
      throw .sessionStart(sessionStart)
    }
    guard !studyDays.isEmpty, studyDays.allSatisfy({ (1...7).contains($0) }) else {
      throw .studyDays(studyDays)
    }
    guard dailyHours.isFinite, dailyHours > 0, dailyHours <= 12, dailyMinutes > 0 else {
      throw .dailyHours(dailyHours)
    }
  }

  /// Hours as whole minutes, rounded to the nearest.
  public static func minutes(_ hours: Double) -> Int {
    guard hours.isFinite, hours > 0 else { return 0 }
    return Int((min(hours, 1e9) * 60).rounded())
  }
}

/// Clock times as people read them.
public enum CalendarTime {
  /// Minutes after midnight as `HH:MM`.
  public static func clock(_ minutes: Int) -> String {
    let value = ((minutes % 1440) + 1440) % 1440
    let hours = value / 60
    let rest = value % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  /// Short English weekday names, by ISO weekday (1 Monday … 7 Sunday).
  public static let weekdayNames = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// Study days as people read them: `Mon–Fri`, `Mon Wed Sat`, `every day`.
  public static func days(_ days: [Int]) -> String {
    let sorted = Array(Set(days)).filter { (1...7).contains($0) }.sorted()
    if sorted.count == 7 { return "every day" }
    if sorted.count >= 3, sorted.last.map({ $0 - sorted[0] + 1 }) == sorted.count {
      return "\(weekdayNames[sorted[0]])–\(weekdayNames[sorted[sorted.count - 1]])"
    }
    return sorted.map { weekdayNames[$0] }.joined(separator: " ")
  }
}
