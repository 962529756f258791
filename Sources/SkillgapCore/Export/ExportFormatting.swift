import Foundation

/// Number, time and link formatting shared by the exporters.
///
/// Written by hand rather than with `String(format:)` or formatters so the output never depends
/// on the machine's locale: the same results give the same bytes everywhere.
package enum ExportFormatting {
  /// Minutes as hours: `6 h`, `1.5 h`, `0.33 h` (at most two decimals, no trailing zeros).
  package static func hours(_ minutes: Int) -> String {
    decimal(Double(minutes) / 60, places: 2) + " h"
  }

  /// A number with at most `places` decimals, rounded half away from zero, no trailing zeros.
  /// - Parameters:
  ///   - value: A finite number.
  ///   - places: The most decimals, 0 to 6.
  /// - Returns: Digits with an optional `.` and sign, such as `2.5` or `-1`.
  package static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1
    for _ in 0..<max(0, min(places, 6)) { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let whole = scaled / scale
    var fraction = String(scaled % scale)
    fraction =
      String(repeating: "0", count: max(0, String(scale).count - 1 - fraction.count))
      + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// Minutes after midnight as `HH:MM`.
  package static func clock(_ minute: Int) -> String {
    let hours = String(minute / 60)
    let minutes = String(minute % 60)
    return (hours.count < 2 ? "0" : "") + hours + ":" + (minutes.count < 2 ? "0" : "") + minutes
  }

  /// An instant as UTC ISO 8601 to the second: `2026-01-05T09:30:00Z`.
  package static func timestamp(_ date: Date) -> String {
    let (day, second) = utc(date)
    return day.iso + "T" + clock(second / 60) + ":" + two(second % 60) + "Z"
  }

  /// An instant as an iCalendar UTC date-time: `20260105T093000Z`.
  package static func compactTimestamp(_ date: Date) -> String {
    let (day, second) = utc(date)
    return day.compact + "T" + two(second / 3600) + two(second / 60 % 60) + two(second % 60) + "Z"
  }

  private static func utc(_ date: Date) -> (CalendarDay, Int) {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    return (CalendarDay.fromDayNumber(days), seconds - days * 86_400)
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }

  /// A day as `Mon 2026-01-05`.
  package static func day(_ day: CalendarDay) -> String {
    day.weekdayName + " " + day.iso
  }

  /// The address when it is safe to link to: `http` or `https`, with no spaces, quotes, angle
  /// brackets or control characters. A framework is written by someone else, so a
  /// `javascript:` address is shown as text, never linked.
  /// - Parameter url: An address from the framework.
  /// - Returns: The address, or nil when it must not become a link.
  package static func safeLink(_ url: String?) -> String? {
    guard let url else { return nil }
    let lowered = url.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
    let forbidden: Set<Character> = [" ", "\"", "'", "<", ">", "`", "\\"]
    let clean = url.unicodeScalars.allSatisfy {
      $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
    }
    guard clean, !url.contains(where: { forbidden.contains($0) }), url.count > 8 else {
      return nil
    }
    return url
  }

  /// Text on one line: every run of line breaks, tabs and other control characters becomes
  /// one space, and the ends are trimmed.
  package static func oneLine(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let isBreak =
        scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .lineSeparator
        || scalar.properties.generalCategory == .paragraphSeparator
      if isBreak || scalar == " " {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.unicodeScalars.append(" ") }
      pendingSpace = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// Cuts text to at most `width` columns, ending with `…` when cut.
  package static func truncate(_ text: String, to width: Int) -> String {
    text.truncated(to: width)
  }

  /// Pads text with spaces on the right to `width` columns (never cuts).
  package static func pad(_ text: String, _ width: Int) -> String {
    DisplayWidth.of(text) >= width ? text : text.padded(to: width)
  }

  /// Pads text with spaces on the left to `width` columns.
  package static func padLeft(_ text: String, _ width: Int) -> String {
    text.leftPadded(to: width)
  }

  /// `1 gap`, `2 gaps`.
  package static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
    "\(value) \(value == 1 ? singular : plural)"
  }
}
