import Foundation

/// The time the app and the commands run at: the system's, or, for tests and demos that move
/// the clock on, `SKILLGAP_NOW` (an ISO 8601 time such as 2027-08-01T09:00:00Z) at start,
/// running on from there.
enum Clock {
  /// How far the clock is moved from the system's, read once.
  static let offset: TimeInterval = {
    guard let text = ProcessInfo.processInfo.environment["SKILLGAP_NOW"], !text.isEmpty,
      let moved = ISO8601DateFormatter().date(from: text)
    else { return 0 }
    return moved.timeIntervalSinceNow
  }()

  /// Now.
  static func now() -> Date { Date().addingTimeInterval(offset) }
}
