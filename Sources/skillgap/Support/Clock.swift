import Foundation
import SkillgapCore

/// The time the app and the commands run at: the system's, or, for tests and demos that move
/// the clock on, `SKILLGAP_NOW` (an ISO 8601 time such as 2027-08-01T09:00:00Z) at start,
/// running on from there.
enum Clock {
  /// How far the clock is moved from the system's, read once. `getenv` reads the one variable;
  /// `ProcessInfo.environment` would copy the whole environment into a dictionary first.
  static let offset: TimeInterval = {
    guard let value = getenv("SKILLGAP_NOW"), value.pointee != 0,
      let moved = ISO8601DateFormatter().date(from: String(cString: value))
    else { return 0 }
    return moved.timeIntervalSinceNow
  }()

  /// Now.
  static func now() -> Date { Date().addingTimeInterval(offset) }

  /// The day an instant falls on in the local time zone (`TZ`, else the system's).
  ///
  /// The C library's `localtime_r` answers from the time zone it loaded once; Foundation's
  /// `TimeZone.current` and `Calendar` cost a noticeable share of the start-up before the first
  /// frame, for the same three numbers.
  static func localDay(_ date: Date) -> CalendarDay {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil,
      let day = CalendarDay(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else { return CalendarDay(date, in: .current) }
    return day
  }
}
