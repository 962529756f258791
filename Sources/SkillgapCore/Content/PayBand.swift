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

  /// Creates a band.
  public init(
    min: Int, max: Int? = nil, currency: String, period: String, basis: Basis = .unstated,
    country: String = "unstated", year: Int? = nil, source: String? = nil
  ) {
    self.min = min
    self.max = max
    self.currency = currency
    self.period = period
    self.basis = basis
    self.country = country
    self.year = year
    self.source = source
  }

  /// The range as people write it: `USD 80k–110k a year`, `USD 200k+ a year`.
  public var text: String {
    "\(currency) \(Self.figures(min, max)) a \(period)"
  }

  /// The band with what it covers and its source: `USD 80k–110k a year, base, US, year
  /// unstated (mle-jobs)`.
  public var detail: String {
    let basisText = basis == .unstated ? "base or total unstated" : basis.rawValue
    let countryText = country == "unstated" ? "country unstated" : country
    let yearText = year.map(String.init) ?? "year unstated"
    let sourceText = source.map { " (\($0))" } ?? ""
    return "\(text), \(basisText), \(countryText), \(yearText)\(sourceText)"
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
      let open = group.bands.contains { $0.max == nil }
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

  static func figures(_ low: Int, _ high: Int?) -> String {
    guard let high else { return short(low) + "+" }
    return high == low ? short(low) : short(low) + "–" + short(high)
  }

  static func short(_ value: Int) -> String {
    value >= 1000 && value % 1000 == 0 ? "\(value / 1000)k" : String(value)
  }
}
