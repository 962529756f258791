import Foundation
import PropertyBased
import Testing

@testable import SkillgapCore

@Suite struct ISOTimeTests {
  /// A day and time of years 1 to 9999, any day of the month (impossible ones included).
  static let fields = zip(
    Gen.int(in: 1...9999), Gen.int(in: 1...12), Gen.int(in: 1...31), Gen.int(in: 0...23),
    Gen.int(in: 0...59), Gen.int(in: 0...59))

  static func text(_ f: (Int, Int, Int, Int, Int, Int)) -> String {
    func pad(_ value: Int, _ width: Int) -> String {
      String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
    }
    return "\(pad(f.0, 4))-\(pad(f.1, 2))-\(pad(f.2, 2))T\(pad(f.3, 2)):\(pad(f.4, 2)):"
      + "\(pad(f.5, 2))Z"
  }

  @Test func readsWhatFoundationReadsAndNothingElse() async {
    await propertyCheck(count: 600, input: Self.fields) { fields in
      let text = Self.text(fields)
      let foundation = try? Date(text, strategy: .iso8601)
      let fast = ISOTime.fast(text)
      // An impossible day (30 February) and the years Foundation reads by the Julian calendar
      // are left to Foundation, whatever it makes of them.
      if let fast {
        #expect(fast == foundation, "\(text)")
      } else if fields.0 >= 1600 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let month = DateComponents(year: fields.0, month: fields.1)
        let days = calendar.range(of: .day, in: .month, for: calendar.date(from: month)!)!
        #expect(!days.contains(fields.2), "\(text) is a real day and was not read")
      }
      #expect(ISOTime.date(text) == (fast ?? foundation))
    }
  }

  @Test func leavesOtherFormsToFoundation() {
    #expect(ISOTime.fast("2026-11-22T10:30:00.250Z") == nil)
    #expect(ISOTime.fast("2026-11-22T10:30:00+01:00") == nil)
    #expect(ISOTime.fast("2026-02-29T10:30:00Z") == nil)
    #expect(ISOTime.fast("2026-11-22 10:30:00Z") == nil)
    #expect(ISOTime.fast("2026-1a-22T10:30:00Z") == nil)
    #expect(
      ISOTime.date("2026-11-22T11:30:00+01:00") == ISOTime.date("2026-11-22T10:30:00Z"))
    #expect(ISOTime.fast("2028-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_835_395_200))
    #expect(ISOTime.date("yesterday") == nil)
  }
}
