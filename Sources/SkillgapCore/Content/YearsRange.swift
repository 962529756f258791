/// Typical years of experience for a role; `max` is nil for "or more".
///
/// Ranges on a ladder read as half-open: `2–5` is from two years up to five, so the next rung
/// starts at the same figure this one ends at, with neither a gap nor an overlap.
public struct YearsRange: Sendable, Equatable, Codable {
  /// The fewest years.
  public var min: Int
  /// The most years, or nil for open-ended.
  public var max: Int?
  /// The id of the source the typical range rests on.
  public var source: String?
  /// What each source says when they differ from the typical range, each with its source.
  public var reported: [YearsRange]?

  /// Creates a range.
  public init(min: Int, max: Int? = nil, source: String? = nil, reported: [YearsRange]? = nil) {
    self.min = min
    self.max = max
    self.source = source
    self.reported = reported
  }

  /// The range as people write it: `0–2 years`, `8+ years`.
  public var text: String {
    if let max, max != min { return "\(min)–\(max) years" }
    if max == nil { return "\(min)+ years" }
    return min == 1 ? "1 year" : "\(min) years"
  }

  /// The range without the unit: `0–2`, `8+`.
  public var figures: String {
    if let max, max != min { return "\(min)–\(max)" }
    return max == nil ? "\(min)+" : "\(min)"
  }

  /// The range with its source and what every source reports: `2–5 years (mle-jobs; sources
  /// say: mle-jobs 3–5, mle-review 4–7)`.
  public var detail: String {
    var text = self.text + (source.map { " (\($0))" } ?? "")
    if let reported, !reported.isEmpty {
      let figures = reported.map { ($0.source.map { $0 + " " } ?? "") + $0.figures }
      text += "; sources say " + figures.joined(separator: ", ")
    }
    return text
  }

  /// Whether two ranges share any year, reading both as half-open.
  public func overlaps(_ other: YearsRange) -> Bool {
    let (first, second) = min <= other.min ? (self, other) : (other, self)
    guard let end = first.max else { return true }
    return second.min < end
  }
}
