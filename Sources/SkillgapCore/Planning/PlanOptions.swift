import Foundation

/// What a study plan is fitted to: hours a week, the first day, a cap on weeks, and how study
/// time is cut into sessions.
public struct PlanOptions: Sendable, Equatable, Codable {
  /// Problems with the options, reported before planning.
  public enum OptionsError: LocalizedError, Equatable {
    case hoursPerWeek(Double)
    case maxWeeks(Int)
    case sessionHours(Double)
    case sessionStart(Int)

    public var errorDescription: String? {
      switch self {
      case .hoursPerWeek(let value):
        return "Hours per week must be more than 0 and at most 100, not \(value)."
      case .maxWeeks(let value):
        return "The number of weeks must be at least 1, not \(value)."
      case .sessionHours(let value):
        return "A study session must last more than 0 and at most 12 hours, not \(value)."
      case .sessionStart(let value):
        return "Sessions must start between 00:00 and 23:59, not at minute \(value)."
      }
    }
  }

  /// The default hours of study a week.
  public static let defaultHoursPerWeek = 6.0
  /// The most hours of study a week a plan accepts.
  public static let maximumHoursPerWeek = 100.0
  /// The default longest study session, in hours.
  public static let defaultSessionHours = 2.0
  /// The default time sessions start, in minutes after midnight (18:00).
  public static let defaultSessionStart = 18 * 60

  /// Hours of study a week.
  public var hoursPerWeek: Double
  /// The plan's first day; week 1 starts on it and every week is seven days.
  public var start: CalendarDay
  /// The most weeks the plan may take, or nil for as many as it needs.
  public var maxWeeks: Int?
  /// The longest study session, in hours; a week's study is cut into sessions this long.
  public var sessionHours: Double
  /// When sessions start, in minutes after midnight, local time.
  public var sessionStart: Int

  /// Creates options.
  /// - Parameters:
  ///   - hoursPerWeek: Hours of study a week (default 6).
  ///   - start: The plan's first day.
  ///   - maxWeeks: A cap on weeks, or nil.
  ///   - sessionHours: The longest session in hours (default 2).
  ///   - sessionStart: Minutes after midnight sessions start at (default 18:00).
  public init(
    hoursPerWeek: Double = defaultHoursPerWeek, start: CalendarDay, maxWeeks: Int? = nil,
    sessionHours: Double = defaultSessionHours, sessionStart: Int = defaultSessionStart
  ) {
    self.hoursPerWeek = hoursPerWeek
    self.start = start
    self.maxWeeks = maxWeeks
    self.sessionHours = sessionHours
    self.sessionStart = sessionStart
  }

  /// The weekly budget in whole minutes.
  public var minutesPerWeek: Int { Self.minutes(hoursPerWeek) }

  /// The longest session in whole minutes.
  public var sessionMinutes: Int { Self.minutes(sessionHours) }

  /// Checks that the options can make a plan.
  /// - Throws: ``OptionsError`` naming the first bad option.
  public func validate() throws(OptionsError) {
    guard hoursPerWeek.isFinite, hoursPerWeek > 0, hoursPerWeek <= Self.maximumHoursPerWeek,
      minutesPerWeek > 0
    else { throw .hoursPerWeek(hoursPerWeek) }
    if let maxWeeks, maxWeeks < 1 { throw .maxWeeks(maxWeeks) }
    guard sessionHours.isFinite, sessionHours > 0, sessionHours <= 12, sessionMinutes > 0
    else { throw .sessionHours(sessionHours) }
    guard (0..<24 * 60).contains(sessionStart) else { throw .sessionStart(sessionStart) }
  }

  /// Hours as whole minutes, rounded to the nearest.
  public static func minutes(_ hours: Double) -> Int {
    guard hours.isFinite, hours > 0 else { return 0 }
    return Int((hours * 60).rounded())
  }
}
