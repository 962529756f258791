import Foundation
import SkillgapCore
import Testing

/// How pay bands read: one band, its details, and the summary across bands.
@Suite struct PayBandTests {
  func band(_ min: Int, _ max: Int?, _ currency: String = "USD", source: String = "a") -> PayBand {
    PayBand(min: min, max: max, currency: currency, period: "year", source: source)
  }

  @Test func anOpenEndedBandKeepsItsPlus() {
    #expect(band(200_000, nil).text == "USD 200k+ a year")
    #expect(PayBand.summary([band(200_000, nil)]) == "USD 200k+ a year")
  }

  @Test func anOpenTopKeepsItsFigureAndItsPlus() {
    let open = PayBand(min: 150_000, max: 200_000, openMax: true, currency: "USD", period: "year")
    #expect(open.text == "USD 150k–200k+ a year")
    #expect(open.isOpen && !band(150_000, 200_000).isOpen)
    #expect(
      PayBand.summary([open, band(110_000, 160_000, source: "b")])
        == "USD 110k–200k+ a year")
  }

  /// The JSON states every field a band says: `year` always (`unstated` when undated),
  /// `openMax` when true, the note when there is one; it reads back exactly.
  @Test func theJSONKeepsTheYearTheOpenTopAndTheNote() throws {
    let bands = [
      PayBand(
        min: 150_000, max: 200_000, openMax: true, currency: "USD", period: "year",
        source: "a", note: "in some cases"),
      PayBand(min: 35_000, max: 35_000, currency: "GBP", period: "year", year: 2025, source: "b"),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(bands), as: UTF8.self)
    #expect(
      json
        == #"[{"basis":"unstated","country":"unstated","currency":"USD","max":200000,"min":150000,"#
        + #""note":"in some cases","openMax":true,"period":"year","source":"a","year":"unstated"},"#
        + #"{"basis":"unstated","country":"unstated","currency":"GBP","max":35000,"min":35000,"#
        + #""period":"year","source":"b","year":2025}]"#)
    #expect(try JSONDecoder().decode([PayBand].self, from: Data(json.utf8)) == bands)
  }

  @Test func theSummarySpansTheLowestToTheHighestFigureAndStaysOpenIfAnyBandIs() {
    #expect(
      PayBand.summary([band(150_000, nil), band(200_000, nil, source: "b")])
        == "USD 150k–200k+ a year (2 sources)")
    #expect(
      PayBand.summary([band(110_000, 150_000), band(150_000, 165_000, source: "b")])
        == "USD 110k–165k a year (2 sources)")
    // A closed band above an open one: still open, since the open one has no ceiling.
    #expect(
      PayBand.summary([band(100_000, nil), band(120_000, 180_000, source: "b")])
        == "USD 100k–180k+ a year (2 sources)")
  }

  @Test func currenciesAreNeverMixedInOneRange() {
    #expect(
      PayBand.summary([band(80_000, 110_000), band(35_000, 35_000, "GBP", source: "b")])
        == "USD 80k–110k a year · GBP 35k a year (2 sources)")
    #expect(PayBand.summary([]) == nil)
  }

  @Test func theDetailSaysWhatTheFigureIsAndWhatTheSourceLeavesUnsaid() {
    let stated = PayBand(
      min: 150_000, max: 165_000, currency: "USD", period: "year", basis: .total, country: "US",
      year: 2025, source: "survey")
    #expect(stated.detail == "USD 150k–165k a year, total, US, 2025 (survey)")
    #expect(
      band(1_500, 2_500).detail
        == "USD 1500–2500 a year, base or total unstated, country unstated, year unstated (a)")
  }

  @Test func yearsReadAsHalfOpenRanges() {
    let junior = YearsRange(min: 0, max: 2)
    #expect(!junior.overlaps(YearsRange(min: 2, max: 5)))
    #expect(junior.overlaps(YearsRange(min: 1, max: 5)))
    #expect(YearsRange(min: 5).overlaps(YearsRange(min: 8)))
    #expect(YearsRange(min: 2, max: 5, source: "a").detail == "2–5 years (a)")
  }
}
