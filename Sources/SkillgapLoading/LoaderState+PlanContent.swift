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
  /// - Complexity: O(*s* × *a* × *t*) for *s* skills, *a* aliases and *t* characters of step
  ///   text; frameworks without aliases pay only for the hour checks.
  mutating func checkPlanContent() {
    let index = Dictionary(
      skills.enumerated().map { ($0.element.skill.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let aliases = skills.flatMap { parsed in
      parsed.skill.aliases.map { (skill: parsed.skill.id, alias: $0, lowered: $0.lowercased()) }
    }
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
        var texts = [("tip", step.tip), ("milestone", step.milestone ?? "")]
        texts += step.parts.map { ("parts", $0) }
        texts += skill.resources(forStep: step.level).map { ("resource", $0.title) }
        var reported: Set<String> = []
        for (field, text) in texts {
          let lowered = text.lowercased()
          for alias in aliases
          where alias.skill != skill.id && !required.contains(alias.skill)
            && !reported.contains(alias.skill) && Self.mentions(lowered, alias.lowered)
          {
            reported.insert(alias.skill)
            diagnostics.append(
              at.warning(
                "\(name) mentions '\(alias.alias)' in its \(field) (skill '\(alias.skill)'), "
                  + "which '\(skill.id)' does not require; reword it or add '\(alias.skill)' to "
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

  /// Whether `text` holds `word` with neither a letter, digit, `_` nor `-` joined on either side.
  static func mentions(_ text: String, _ word: String) -> Bool {
    guard !word.isEmpty else { return false }
    var searchFrom = text.startIndex
    while let range = text.range(of: word, range: searchFrom..<text.endIndex) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if !joins(before) && !joins(after) { return true }
      searchFrom = text.index(after: range.lowerBound)
    }
    return false
  }

  private static func joins(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber || character == "_" || character == "-"
  }

  private func formatted(_ hours: Double) -> String {
    hours == hours.rounded() ? "\(Int(hours))" : "\(hours)"
  }
}
