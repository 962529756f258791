import Foundation

/// Reads the ISO 8601 times saved files hold.
///
/// Every file this build writes has UTC times of one form, `2026-11-22T10:30:00Z`; those are
/// read digit by digit. Foundation's ISO 8601 parser reads any other form, as earlier builds
/// and other tools may have written: its first use costs more than the rest of reading an
/// assessment (over a million instructions), which a returning person waited for before the
/// first frame.
public enum ISOTime {
  /// The time a text names, or nil when it is not an ISO 8601 time.
  public static func date(_ text: String) -> Date? {
    fast(text) ?? (try? Date(text, strategy: .iso8601))
  }

  /// The time of a text of the form `YYYY-MM-DDTHH:MM:SSZ` naming a real day and time from
  /// the year 1600; nil for any other text (left to Foundation).
  static func fast(_ text: String) -> Date? {
    var text = text
    return text.withUTF8(fast(bytes:))
  }

  private static func fast(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58,
      bytes[16] == 58, bytes[19] == 90
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      // Foundation counts days before the Gregorian reform of 1582 by the Julian calendar.
      year >= 1600, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
      hour < 24,
      minute < 60, second < 60
    else { return nil }
    // Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return Date(
      timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second))
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
