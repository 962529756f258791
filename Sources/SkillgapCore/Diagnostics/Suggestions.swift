/// Near matches for a mistyped id or field name.
public enum Suggestions {
  /// The candidates closest to `text` by edit distance, nearest first, at most `limit`.
  ///
  /// A candidate qualifies when its distance is at most a third of the longer word (at least 2),
  /// or when one contains the other and the contained one has at least three characters.
  /// - Parameters:
  ///   - text: What the person typed.
  ///   - candidates: The valid values.
  ///   - limit: The most suggestions to return.
  /// - Returns: The nearest candidates; ties keep the candidates' order.
  /// - Complexity: O(*n* × *m*²) for *n* candidates of length about *m*.
  public static func nearest(_ text: String, in candidates: [String], limit: Int = 3) -> [String] {
    nearestIndices(text, in: candidates).prefix(limit).map { candidates[$0] }
  }

  /// The skills `text` may mean, nearest first, at most `limit`: a skill qualifies by its id,
  /// its name or one of its aliases (`docker` finds `containers`), as ``nearest(_:in:limit:)``
  /// measures them.
  /// - Parameters:
  ///   - text: What the person typed.
  ///   - framework: The framework whose skills are candidates.
  ///   - limit: The most ids to return.
  /// - Returns: Skill ids, each once.
  /// - Complexity: As ``nearest(_:in:limit:)`` over every id, name and alias.
  public static func skills(for text: String, in framework: Framework, limit: Int = 3)
    -> [String]
  {
    var names: [String] = []
    var owners: [String] = []
    for skill in framework.skills {
      for name in [skill.id, skill.name] + skill.aliases {
        names.append(name)
        owners.append(skill.id)
      }
    }
    var seen: Set<String> = []
    let ids = nearestIndices(text, in: names).map { owners[$0] }.filter { seen.insert($0).inserted }
    return Array(ids.prefix(limit))
  }

  /// A hint such as ` Did you mean 'containers'?` from ``skills(for:in:limit:)``, or an empty
  /// string.
  public static func skillHint(for text: String, in framework: Framework) -> String {
    phrase(skills(for: text, in: framework))
  }

  /// The indices of the qualifying candidates, nearest first; ties keep the candidates' order.
  private static func nearestIndices(_ text: String, in candidates: [String]) -> [Int] {
    let needle = text.lowercased()
    let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int)? in
      let lowered = candidate.lowercased()
      let distance = editDistance(needle, lowered)
      let threshold = max(2, max(needle.count, lowered.count) / 3)
      // Containment counts only for three letters or more: a one-letter name (the R language)
      // is inside almost any word.
      let contains =
        (needle.count >= 3 && lowered.contains(needle))
        || (lowered.count >= 3 && needle.contains(lowered))
      guard distance <= threshold || contains else { return nil }
      return (contains ? min(distance, 1) : distance, index)
    }
    return scored.sorted { $0 < $1 }.map(\.1)
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
    phrase(nearest(text, in: candidates))
  }

  private static func phrase(_ near: [String]) -> String {
    guard !near.isEmpty else { return "" }
    return " Did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }
}
