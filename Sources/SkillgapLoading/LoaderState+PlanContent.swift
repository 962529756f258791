import SkillgapCore

extension LoaderState {
  /// A study step longer than this should say what to do each week (`parts`).
  static let hoursNeedingParts = 10.0

  /// Warns about steps a plan cannot use well: no hours or kind of their own (the plan falls
  /// back to a default), hours without a basis, long study without week-sized parts, and text
  /// that relies on a skill the step's skill does not require.
  ///
  /// Reliance is found through skill aliases: a step's tip, milestone, parts and the titles of
  /// the resources serving it must not name an alias of a skill outside its prerequisites (taken
  /// transitively), since the plan may teach that skill later or never.
  /// - Complexity: O(*t* + *e*) for *t* characters of step text and *e* prerequisite links
  ///   (see ``AliasIndex``); frameworks without aliases pay only for the hour checks.
  mutating func checkPlanContent() {
    let index = Dictionary(
      skills.enumerated().map { ($0.element.skill.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let aliases = AliasIndex(skills.map { ($0.skill.id, $0.skill.aliases) })
    var closures: [Set<String>?] = Array(repeating: nil, count: skills.count)
    for (position, parsed) in skills.enumerated() {
      let skill = parsed.skill
      let required = aliases.isEmpty ? [] : prerequisiteClosure(position, index, &closures)
      for step in skill.steps {
        guard let at = parsed.stepsAt[step.level] else { continue }
        let reaches =
          scale?.levels.indices.contains(step.level) == true
          ? scale?.levels[step.level].id ?? "\(step.level)" : "\(step.level)"
        let name = "The step to '\(reaches)' of '\(skill.id)'"
        if step.hours == nil {
          diagnostics.append(
            at.warning("\(name) has no 'hours' of its own; the plan falls back to the default."))
        } else if step.basis == nil {
          diagnostics.append(
            at.warning("\(name) gives hours without a 'basis' saying where they come from."))
        }
        if step.kind == nil {
          diagnostics.append(
            at.warning("\(name) has no 'kind' (study or practice); the plan takes it as study."))
        }
        if step.kind != .practice, let hours = step.hours, hours > Self.hoursNeedingParts,
          step.parts.count < 2
        {
          diagnostics.append(
            at.warning(
              "\(name) takes \(formatted(hours)) h of study but has fewer than 2 'parts'; cut it "
                + "into week-sized tasks."))
        }
        guard !aliases.isEmpty else { continue }
        // What this step requires beyond the skill's prerequisites may be named too.
        var allowed = required
        for need in step.requires {
          allowed.insert(need.skill)
          if let other = index[need.skill] {
            allowed.formUnion(prerequisiteClosure(other, index, &closures))
          }
        }
        var texts = [("tip", step.tip), ("milestone", step.milestone ?? "")]
        texts += step.parts.map { ("parts", $0) }
        texts += skill.resources(forStep: step.level).map { ("resource", $0.title) }
        var reported: Set<String> = []
        for (field, text) in texts {
          for found in aliases.mentions(in: text)
          where found.skill != skill.id && !allowed.contains(found.skill)
            && !reported.contains(found.skill)
          {
            reported.insert(found.skill)
            diagnostics.append(
              at.warning(
                "\(name) mentions '\(found.alias)' in its \(field) (skill '\(found.skill)'), "
                  + "which '\(skill.id)' does not require; reword it or add '\(found.skill)' to "
                  + "its prerequisites."))
          }
        }
      }
    }
  }

  /// The skills a skill requires, directly or through others, memoised per skill.
  private func prerequisiteClosure(
    _ position: Int, _ index: [String: Int], _ memo: inout [Set<String>?]
  ) -> Set<String> {
    if let known = memo[position] { return known }
    memo[position] = []  // a cycle (reported elsewhere) stops here
    var found: Set<String> = []
    for id in skills[position].skill.prerequisites {
      guard let next = index[id], !found.contains(id) else { continue }
      found.insert(id)
      found.formUnion(prerequisiteClosure(next, index, &memo))
    }
    memo[position] = found
    return found
  }

  private func formatted(_ hours: Double) -> String {
    hours == hours.rounded() ? "\(Int(hours))" : "\(hours)"
  }
}

/// Every skill's aliases, found in text in one pass over it.
///
/// An alias is found where it starts a word and ends one: neither a letter, a digit, `_` nor `-`
/// is joined to it on either side, ignoring case ("k8s" in "run it on k8s.", not in "k8sx").
/// - Complexity: O(*t* × *c*) for *t* characters of text and *c* aliases sharing a first word,
///   whatever the number of skills.
struct AliasIndex {
  struct Entry {
    var skill: String
    var alias: String
    var characters: [Character]
  }

  /// Aliases by their first word, lowercased.
  private var byFirstWord: [String: [Entry]] = [:]

  var isEmpty: Bool { byFirstWord.isEmpty }

  init(_ skills: [(id: String, aliases: [String])]) {
    for (id, aliases) in skills {
      for alias in aliases {
        let characters = Array(alias.lowercased())
        let word = String(characters.prefix { Self.joins($0) })
        guard !word.isEmpty else { continue }
        byFirstWord[word, default: []].append(
          Entry(skill: id, alias: alias, characters: characters))
      }
    }
  }

  /// The aliases that `text` mentions, in the order they first appear.
  func mentions(in text: String) -> [Entry] {
    guard !byFirstWord.isEmpty else { return [] }
    let characters = Array(text.lowercased())
    var found: [Entry] = []
    var start = 0
    while start < characters.count {
      guard Self.joins(characters[start]), start == 0 || !Self.joins(characters[start - 1]) else {
        start += 1
        continue
      }
      var end = start
      while end < characters.count && Self.joins(characters[end]) { end += 1 }
      for entry in byFirstWord[String(characters[start..<end])] ?? [] {
        let stop = start + entry.characters.count
        guard stop <= characters.count,
          characters[start..<stop].elementsEqual(entry.characters),
          stop == characters.count || !Self.joins(characters[stop])
        else { continue }
        found.append(entry)
      }
      start = end
    }
    return found
  }

  static func joins(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }
}
