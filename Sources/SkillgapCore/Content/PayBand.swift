/// One figure of pay as one source states it: the range, what it covers, where and when.
///
/// A role carries one band per source figure, so sources that disagree are all shown, each
/// with its source, instead of being averaged into a figure no source gives.
public struct PayBand: Sendable, Equatable, Codable {
  /// Whether a figure is base salary, total pay, or not said by its source.
  public enum Basis: String, Sendable, Equatable, Codable, CaseIterable {
    /// Base salary only.
    case base
    /// Base, bonus and equity together.
    case total
    /// The source does not say.
    case unstated
  }

  /// The lower figure.
  public var min: Int
  /// The upper figure, or nil for "or more" (a source's `200k+`).
  public var max: Int?
  /// Whether the range's top is open: `max` is a figure the source gives with a `+`
  /// ("150k to 200k+"), so some pay lies above it.
  public var openMax: Bool
  /// An ISO 4217 code, such as `USD`.
  public var currency: String
  /// `year`, `month` or `hour`.
  public var period: String
  /// Base or total pay, or unstated.
  public var basis: Basis
  /// An ISO 3166 country code (`US`), what the source covers, or `unstated`.
  public var country: String
  /// The year the source states or was published, or nil when it is undated.
  public var year: Int?
  /// The id of the source the figure comes from.
  public var source: String?
  /// How the source qualifies the figure (`in some cases`), or nil when it does not.
  public var note: String?

  /// Creates a band.
  public init(
    min: Int, max: Int? = nil, openMax: Bool = false, currency: String, period: String,
    basis: Basis = .unstated, country: String = "unstated", year: Int? = nil,
    source: String? = nil, note: String? = nil
  ) {
    self.min = min
    self.max = max
    self.openMax = openMax
    self.note = note
    self.currency = currency
    self.period = period
    self.basis = basis
    self.country = country
    self.year = year
    self.source = source
  }

  /// Whether some pay lies above the band's highest figure: no `max`, or an open `max`.
  public var isOpen: Bool { max == nil || openMax }

  /// The range as people write it: `USD 80k–110k a year`, `USD 200k+ a year`,
  /// `USD 150k–200k+ a year`.
  public var text: String {
    "\(currency) \(Self.figures(min, max))\(openMax && max != nil ? "+" : "") a \(period)"
  }

  /// The band with what it covers, its source and how the source qualifies it: `USD 80k–110k
  /// a year, base, US, year unstated (mle-jobs)`, `USD 200k+ a year, … (mle-review): in some
  /// cases`.
  public var detail: String {
    let basisText = basis == .unstated ? "base or total unstated" : basis.rawValue
    let countryText = country == "unstated" ? "country unstated" : country
    let yearText = year.map(String.init) ?? "year unstated"
    let sourceText = source.map { " (\($0))" } ?? ""
    let noteText = note.map { ": \($0)" } ?? ""
    return "\(text), \(basisText), \(countryText), \(yearText)\(sourceText)\(noteText)"
  }

  /// One line for all the bands of a role: per currency and period, the lowest figure to
  /// the highest, with `+` when the highest is open-ended; nil without bands.
  ///
  /// `USD 80k–128k+ a year · GBP 35k a year (3 sources)`. The summary never cuts a `+` (one
  /// open-ended band leaves its currency open), and
  /// names how many sources it spans so a reader knows to look at the bands.
  /// - Parameter bands: The bands, in file order (the first band's currency goes first).
  /// - Returns: The summary, or nil for no bands.
  public static func summary(_ bands: [PayBand]) -> String? {
    guard !bands.isEmpty else { return nil }
    var groups: [(key: String, bands: [PayBand])] = []
    for band in bands {
      let key = band.currency + " " + band.period
      if let index = groups.firstIndex(where: { $0.key == key }) {
        groups[index].bands.append(band)
      } else {
        groups.append((key, [band]))
      }
    }
    let parts = groups.map { group -> String in
      let low = group.bands.map(\.min).min() ?? 0
      // The highest figure any band gives; one open-ended band leaves the whole group open.
      let high = group.bands.map { $0.max ?? $0.min }.max() ?? low
      let open = group.bands.contains(where: \.isOpen)
      let figures =
        open
        ? (high == low ? short(low) + "+" : short(low) + "–" + short(high) + "+")
        : figures(low, high)
      let first = group.bands[0]
      return "\(first.currency) \(figures) a \(first.period)"
    }
    let sources = Set(bands.compactMap(\.source)).count
    let count = sources > 1 ? " (\(sources) sources)" : ""
    return parts.joined(separator: " · ") + count
  }

  private enum CodingKeys: String, CodingKey {
    case min, max, openMax, currency, period, basis, country, year, source, note
  }

  /// Reads a band as ``encode(to:)`` writes it; `year` may be a number, `unstated` or absent
  /// (as exports before it was always written left it out).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    min = try container.decode(Int.self, forKey: .min)
    max = try container.decodeIfPresent(Int.self, forKey: .max)
    openMax = try container.decodeIfPresent(Bool.self, forKey: .openMax) ?? false
    currency = try container.decode(String.self, forKey: .currency)
    period = try container.decodeIfPresent(String.self, forKey: .period) ?? "year"
    basis = try container.decodeIfPresent(Basis.self, forKey: .basis) ?? .unstated
    country = try container.decodeIfPresent(String.self, forKey: .country) ?? "unstated"
    year = try? container.decodeIfPresent(Int.self, forKey: .year)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    note = try container.decodeIfPresent(String.self, forKey: .note)
  }

  /// Writes every field a band states: `year` always (a number, or `unstated` for an undated
  /// source), `openMax` only when true, `max`, `source` and `note` when present.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(min, forKey: .min)
    try container.encodeIfPresent(max, forKey: .max)
    if openMax { try container.encode(true, forKey: .openMax) }
    try container.encode(currency, forKey: .currency)
    try container.encode(period, forKey: .period)
    try container.encode(basis, forKey: .basis)
    try container.encode(country, forKey: .country)
    if let year {
      try container.encode(year, forKey: .year)
    } else {
      try container.encode("unstated", forKey: .year)
    }
    try container.encodeIfPresent(source, forKey: .source)
    try container.encodeIfPresent(note, forKey: .note)
  }

  static func figures(_ low: Int, _ high: Int?) -> String {
    guard let high else { return short(low) + "+" }
    return high == low ? short(low) : short(low) + "–" + short(high)
  }

  static func short(_ value: Int) -> String {
    value >= 1000 && value % 1000 == 0 ? "\(value / 1000)k" : String(value)
  }
}
