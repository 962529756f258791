import Foundation
import SkillgapCore
import Testing

@Suite struct ExportFormattingTests {
  @Test func decimalsAreRoundedWithoutTrailingZerosOrLocale() {
    #expect(ExportFormatting.decimal(2.5, places: 2) == "2.5")
    #expect(ExportFormatting.decimal(1.0 / 3, places: 2) == "0.33")
    #expect(ExportFormatting.decimal(2.0 / 3, places: 1) == "0.7")
    #expect(ExportFormatting.decimal(10, places: 2) == "10")
    #expect(ExportFormatting.decimal(0.05, places: 2) == "0.05")
    #expect(ExportFormatting.decimal(-1.25, places: 1) == "-1.3")
    #expect(ExportFormatting.decimal(-0.001, places: 2) == "0")
    #expect(ExportFormatting.decimal(.infinity, places: 2) == "0")
  }

  @Test func minutesReadAsHours() {
    #expect(ExportFormatting.hours(90) == "1.5 h")
    #expect(ExportFormatting.hours(360) == "6 h")
    #expect(ExportFormatting.hours(20) == "0.33 h")
  }

  @Test func timesAreUTCToTheSecond() {
    let time = Date(timeIntervalSince1970: 1_767_346_200.9)
    #expect(ExportFormatting.timestamp(time) == "2026-01-02T09:30:00Z")
    #expect(ExportFormatting.compactTimestamp(time) == "20260102T093000Z")
    #expect(ExportFormatting.timestamp(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    #expect(ExportFormatting.clock(7 * 60 + 5) == "07:05")
  }

  @Test func onlyPlainWebAddressesAreLinkable() {
    #expect(ExportFormatting.safeLink("https://example.org/a?b=1") == "https://example.org/a?b=1")
    #expect(ExportFormatting.safeLink("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG")
    for bad in [
      "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
      "https://a.org/\"onclick=x", "https://a.org/ space", "https://a.org/<x>", "https://",
      "https://a.org/\u{0}", "//evil.org",
    ] {
      #expect(ExportFormatting.safeLink(bad) == nil, "\(bad)")
    }
    #expect(ExportFormatting.safeLink(nil) == nil)
  }

  @Test func textIsPutOnOneLine() {
    #expect(ExportFormatting.oneLine("  a\n\nb\tc\u{2028}d  ") == "a b c d")
    #expect(ExportFormatting.truncate("abcdef", to: 4) == "abc…")
    #expect(ExportFormatting.truncate("abc", to: 4) == "abc")
  }
}
