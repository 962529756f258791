import Foundation

/// A day of the proleptic Gregorian calendar, with no time and no time zone.
///
/// Plans are laid out in days a person lives through, so the core never turns a day into an
/// instant: the caller decides what "today" is in its own time zone and passes the day in.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year, such as 2026.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a day when the parts name a real date.
  /// - Parameters:
  ///   - year: The year, 1 to 9999.
  ///   - month: The month, 1 to 12.
  ///   - day: The day of the month.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads an ISO 8601 calendar date written `YYYY-MM-DD`.
  /// - Parameter text: The date, exactly ten characters.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2,
      parts[2].count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The day an instant falls on in a time zone.
  /// - Parameters:
  ///   - date: The instant.
  ///   - timeZone: The time zone whose calendar decides the day.
  public init(_ date: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let fallback = Self.fromDayNumber(0)
    self =
      Self(year: parts.year ?? fallback.year, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? fallback
  }

  /// The date as ISO 8601 writes it: `2026-01-05`.
  public var iso: String {
    Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
  }

  /// The date as iCalendar writes it: `20260105`.
  public var compact: String {
    Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
  }

  public var description: String { iso }

  /// Days since 1970-01-01 (negative before it).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil: exact for every Gregorian date, no tables.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The ISO weekday: 1 for Monday through 7 for Sunday.
  public var weekday: Int {
    let fromMonday = (dayNumber + 3) % 7
    return (fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1
  }

  /// The English short name of the weekday, such as `Mon`.
  public var weekdayName: String {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday - 1]
  }

  /// The day `count` days later (earlier when negative).
  /// - Parameter count: Days to add.
  /// - Returns: The new day.
  public func adding(days count: Int) -> CalendarDay {
    Self.fromDayNumber(dayNumber + count)
  }

  /// Days from `self` to `other` (negative when `other` is earlier).
  public func days(to other: CalendarDay) -> Int {
    other.dayNumber - dayNumber
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Decodes `YYYY-MM-DD`.
  /// - Throws: `DecodingError.dataCorrupted` for anything else.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = CalendarDay(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "'\(text)' is not a date written YYYY-MM-DD"))
    }
    self = day
  }

  /// Encodes `YYYY-MM-DD`.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  private init(unchecked year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day a number of days after 1970-01-01 (before it when negative).
  /// - Parameter number: A ``dayNumber``.
  /// - Returns: The day.
  public static func fromDayNumber(_ number: Int) -> CalendarDay {
    // Hinnant's civil_from_days, the inverse of `dayNumber`.
    let shifted = number + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return CalendarDay(unchecked: year, month: month, day: day)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
