/// Near matches for a mistyped id or field name.
public enum Suggestions {
  /// The candidates closest to `text` by edit distance, nearest first, at most `limit`.
  ///
  /// A candidate qualifies when its distance is at most a third of the longer word (at least 2),
  /// or when one contains the other.
  /// - Parameters:
  ///   - text: What the person typed.
  ///   - candidates: The valid values.
  ///   - limit: The most suggestions to return.
  /// - Returns: The nearest candidates; ties keep the candidates' order.
  /// - Complexity: O(*n* × *m*²) for *n* candidates of length about *m*.
  public static func nearest(_ text: String, in candidates: [String], limit: Int = 3) -> [String] {
    let needle = text.lowercased()
    let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
      let lowered = candidate.lowercased()
      let distance = editDistance(needle, lowered)
      let threshold = max(2, max(needle.count, lowered.count) / 3)
      let contains = !needle.isEmpty && (lowered.contains(needle) || needle.contains(lowered))
      guard distance <= threshold || contains else { return nil }
      return (contains ? min(distance, 1) : distance, index, candidate)
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
  }

  /// The Levenshtein distance between two strings, by characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// A hint such as ` Did you mean 'python'?`, or an empty string when nothing is near.
  public static func hint(for text: String, in candidates: [String]) -> String {
    let near = nearest(text, in: candidates)
    guard !near.isEmpty else { return "" }
    return " Did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }
}
