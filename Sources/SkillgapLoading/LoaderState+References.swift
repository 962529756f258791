import SkillgapCore

extension LoaderState {
  /// Checks what one file cannot check alone: references, cycles and role consistency.
  mutating func checkReferences() {
    let skillIDs = skills.map(\.skill.id)
    let known = Set(skillIDs)
    let sourceIDs = header?.sources.map(\.id) ?? []
    let knownSources = Set(sourceIDs)
    func checkSource(_ ref: Located<String>, diagnostics: inout [Diagnostic]) {
      guard header != nil, !knownSources.contains(ref.value) else { return }
      diagnostics.append(
        ref.at.error(
          "Source '\(ref.value)' is not listed under 'sources' in framework.yaml."
            + Suggestions.hint(for: ref.value, in: sourceIDs)))
    }
    for parsed in skills {
      for ref in parsed.prerequisites {
        if ref.value == parsed.skill.id {
          diagnostics.append(ref.at.error("Skill '\(ref.value)' lists itself as a prerequisite."))
        } else if !known.contains(ref.value) {
          diagnostics.append(
            ref.at.error(
              "Prerequisite '\(ref.value)' is not a skill of this framework."
                + Suggestions.hint(for: ref.value, in: skillIDs)))
        }
      }
      for ref in parsed.stepNeeds where !known.contains(ref.value) || ref.value == parsed.skill.id {
        diagnostics.append(
          ref.at.error(
            ref.value == parsed.skill.id
              ? "A step cannot require its own skill; the step below comes first anyway."
              : "The step requires '\(ref.value)', which is not a skill of this framework."
                + Suggestions.hint(for: ref.value, in: skillIDs)))
      }
      for ref in parsed.sources { checkSource(ref, diagnostics: &diagnostics) }
    }
    let optionalCategories = Set(categories.filter(\.value.isOptional).map(\.value.id))
    let optionalSkills = Set(
      skills.filter { optionalCategories.contains($0.skill.category) }.map(\.skill.id))
    // The domain variants of a role share its lines: each line is reported once.
    var reported: Set<String> = []
    func firstTime(_ at: Location) -> Bool {
      reported.insert("\(at.file):\(at.line):\(at.column)").inserted
    }
    for parsed in roles {
      for ref in parsed.requirements where optionalSkills.contains(ref.value) && firstTime(ref.at) {
        diagnostics.append(
          ref.at.warning(
            "Role '\(parsed.role.id)' requires '\(ref.value)', a skill of an optional category; "
              + "optional skills are never required, so this requirement is left out. Remove it "
              + "or the category's 'optional: true'."))
      }
      for ref in parsed.requirements where !known.contains(ref.value) && firstTime(ref.at) {
        diagnostics.append(
          ref.at.error(
            "Role '\(parsed.role.id)' requires '\(ref.value)', which is not a skill of this "
              + "framework." + Suggestions.hint(for: ref.value, in: skillIDs)))
      }
      for ref in parsed.sources where firstTime(ref.at) {
        checkSource(ref, diagnostics: &diagnostics)
      }
    }
    // Without skills or roles there is nothing to assess or to aim at. A category file that
    // could not be read already explains missing skills.
    let categoryFailed = diagnostics.contains {
      $0.severity == .error && $0.file.hasPrefix(FrameworkLoader.categoriesFolder + "/")
    }
    if header != nil && skills.isEmpty && !categoryFailed {
      diagnostics.append(
        Diagnostic(
          .error, file: FrameworkLoader.categoriesFolder,
          message: "The framework has no skills; add a categories/*.yaml file with a skills list."
        ))
    }
    if header != nil && roles.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, file: FrameworkLoader.rolesFolder,
          message: "The framework has no roles; add a roles/*.yaml file so people can aim at one."))
    }
    checkCycles()
    checkStepCycles()
    checkSeniority()
    checkPlanContent()
  }

  /// Reports each prerequisite cycle once, naming every skill on it.
  ///
  /// The walk goes by positions in `skills` (`skillPositions` finds a prerequisite's), so it
  /// hashes each id once, not at every visit.
  private mutating func checkCycles() {
    let skills = self.skills
    let graph = skills.map { parsed in
      parsed.skill.prerequisites.compactMap { id in
        id.isEmpty || id == parsed.skill.id ? nil : skillPositions[id]
      }
    }
    var state = [UInt8](repeating: 0, count: skills.count)  // 1 = on the current path, 2 = done
    var path: [Int] = []
    var reported: Set<Set<String>> = []
    func visit(_ position: Int, diagnostics: inout [Diagnostic]) {
      state[position] = 1
      path.append(position)
      for next in graph[position] {
        if state[next] == 1, let start = path.firstIndex(of: next) {
          let cycle = path[start...].map { skills[$0].skill.id }
          if reported.insert(Set(cycle)).inserted {
            let text = (cycle + [skills[next].skill.id]).joined(separator: " → ")
            diagnostics.append(
              skills[next].at.error(
                "Prerequisites form a cycle: \(text); remove one of these prerequisites."))
          }
        } else if state[next] == 0 {
          visit(next, diagnostics: &diagnostics)
        }
      }
      path.removeLast()
      state[position] = 2
    }
    for position in skills.indices where state[position] == 0 {
      visit(position, diagnostics: &diagnostics)
    }
  }

  /// Reports a cycle among steps: a step's `requires` that, through the steps below and the
  /// prerequisites' steps (at the level below, at least the first), leads back to itself.
  private mutating func checkStepCycles() {
    guard skills.contains(where: { $0.skill.steps.contains { !$0.requires.isEmpty } }) else {
      return
    }
    let top = (scale?.levels.count ?? 1) - 1
    let index = skillPositions
    func next(_ skill: Int, _ level: Int) -> [(Int, Int)] {
      var out: [(Int, Int)] = level > 1 ? [(skill, level - 1)] : []
      let parsed = skills[skill].skill
      for id in parsed.prerequisites {
        if let other = index[id] { out.append((other, min(max(level - 1, 1), top))) }
      }
      for need in parsed.step(toReach: level)?.requires ?? [] {
        if let other = index[need.skill], need.level > 0 {
          out.append((other, min(need.level, top)))
        }
      }
      return out
    }
    var state: [Int: Int] = [:]  // key skill × 16 + level; 1 on the path, 2 done
    var path: [(Int, Int)] = []
    var found: [(Int, Int)]?
    func visit(_ node: (Int, Int)) {
      guard found == nil else { return }
      let key = node.0 * 16 + node.1
      state[key] = 1
      path.append(node)
      for child in next(node.0, node.1) {
        let childKey = child.0 * 16 + child.1
        if state[childKey] == 1, let start = path.firstIndex(where: { $0 == child }) {
          found = Array(path[start...]) + [child]
          return
        }
        if state[childKey] == nil { visit(child) }
        if found != nil { return }
      }
      path.removeLast()
      state[key] = 2
    }
    for (position, parsed) in skills.enumerated() {
      for step in parsed.skill.steps where !step.requires.isEmpty && found == nil {
        if state[position * 16 + step.level] == nil { visit((position, step.level)) }
      }
    }
    guard let cycle = found, let first = cycle.first else { return }
    let text = cycle.map { "\(skills[$0.0].skill.id)@\(scale?.levels[$0.1].id ?? "\($0.1)")" }
      .joined(separator: " → ")
    let at = skills[first.0].stepsAt[first.1] ?? skills[first.0].at
    diagnostics.append(
      at.error("Steps form a cycle: \(text); remove one of the steps' 'requires'."))
  }

  /// Warns when a more senior role on a track asks for less than one on the rung below in
  /// some skill, and when the years of consecutive rungs leave a gap or overlap.
  ///
  /// Roles are compared like with like: a domain variant only with roles of the same domain
  /// or without one, so a senior recommender engineer is not warned for asking less LLM
  /// evaluation than a senior applied-LLM engineer.
  private mutating func checkSeniority() {
    let byTrack = Dictionary(grouping: roles, by: \.role.track)
    for track in byTrack.keys.sorted() {
      let ladder = (byTrack[track] ?? []).sorted { $0.role.seniority < $1.role.seniority }
      let rungs = ladder.map(\.role.seniority).uniquedInOrder()
      for (below, rung) in zip(rungs, rungs.dropFirst()) {
        let lowers = ladder.filter { $0.role.seniority == below }
        for higher in ladder where higher.role.seniority == rung {
          for lower in lowers where Self.comparable(lower.role, higher.role) {
            checkAsksNoLess(lower: lower, higher: higher, track: track)
          }
        }
      }
      checkYears(ladder, rungs: rungs, track: track)
    }
  }

  private static func comparable(_ lower: Role, _ higher: Role) -> Bool {
    lower.domain == nil || higher.domain == nil || lower.domain == higher.domain
  }

  private mutating func checkAsksNoLess(lower: ParsedRole, higher: ParsedRole, track: String) {
    // The higher role's lines by skill, the first of a skill counting as in
    // `Role.requirement(for:)`: searching its list for each line of the lower role grew with
    // the square of a large role's requirements.
    var asks = [String: Int](minimumCapacity: higher.role.requirements.count)
    for (position, line) in higher.role.requirements.enumerated() where asks[line.skill] == nil {
      asks[line.skill] = position
    }
    for requirement in lower.role.requirements {
      let above = asks[requirement.skill].map { higher.role.requirements[$0] }
      guard (above?.level ?? 0) < requirement.level else { continue }
      let scale = self.scale
      let asked = above.map { scale?.name(of: $0.level) ?? String($0.level) } ?? "nothing"
      diagnostics.append(
        higher.at.warning(
          "Role '\(higher.role.id)' asks \(asked) in '\(requirement.skill)', less than the "
            + "more junior '\(lower.role.id)' on track '\(track)' "
            + "(\(scale?.name(of: requirement.level) ?? String(requirement.level)))."))
    }
  }

  /// Warns when the typical years of one rung and the next leave a gap or overlap.
  ///
  /// Ranges read as half-open (`2–5` ends where `5–8` begins); rungs without years are skipped,
  /// and an open-ended range (`5+`) may only be followed by rungs without years.
  private mutating func checkYears(_ ladder: [ParsedRole], rungs: [Int], track: String) {
    let dated = rungs.compactMap { rung in
      ladder.first { $0.role.seniority == rung && $0.role.years != nil }
    }
    for (lower, higher) in zip(dated, dated.dropFirst()) {
      guard let low = lower.role.years, let high = higher.role.years else { continue }
      let problem: String?
      switch low.max {
      case nil:
        problem = "overlap: '\(lower.role.id)' is open-ended (\(low.text))"
      case let end? where end < high.min:
        problem = "leave a gap from \(end) to \(high.min) years after '\(lower.role.id)'"
      case let end? where end > high.min:
        problem = "overlap: '\(lower.role.id)' runs to \(end) years"
      default:
        problem = nil
      }
      if let problem {
        diagnostics.append(
          higher.at.warning(
            "The years of '\(higher.role.id)' (\(high.text)) and the rung below on track "
              + "'\(track)' \(problem); make the rung below end where this one begins."))
      }
    }
  }
}

extension Array where Element: Hashable {
  /// The distinct elements in their first order.
  func uniquedInOrder() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
