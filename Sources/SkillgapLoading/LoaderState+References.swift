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
      for ref in parsed.sources { checkSource(ref, diagnostics: &diagnostics) }
    }
    for parsed in roles {
      for ref in parsed.requirements where !known.contains(ref.value) {
        diagnostics.append(
          ref.at.error(
            "Role '\(parsed.role.id)' requires '\(ref.value)', which is not a skill of this "
              + "framework." + Suggestions.hint(for: ref.value, in: skillIDs)))
      }
      for ref in parsed.sources { checkSource(ref, diagnostics: &diagnostics) }
    }
    if header != nil && roles.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, file: FrameworkLoader.rolesFolder,
          message: "The framework has no roles; add a roles/*.yaml file so people can aim at one."))
    }
    checkCycles()
    checkSeniority()
    checkPlanContent()
  }

  /// Reports each prerequisite cycle once, naming every skill on it.
  private mutating func checkCycles() {
    let graph = Dictionary(
      skills.map { ($0.skill.id, $0.skill.prerequisites.filter { $0 != "" }) },
      uniquingKeysWith: { first, _ in first })
    var state: [String: Int] = [:]  // 1 = on the current path, 2 = done
    var path: [String] = []
    var reported: Set<Set<String>> = []
    func visit(_ id: String, diagnostics: inout [Diagnostic]) {
      state[id] = 1
      path.append(id)
      for next in graph[id] ?? [] where graph[next] != nil && next != id {
        if state[next] == 1, let start = path.firstIndex(of: next) {
          let cycle = Array(path[start...])
          if reported.insert(Set(cycle)).inserted,
            let parsed = skills.first(where: { $0.skill.id == next })
          {
            let text = (cycle + [next]).joined(separator: " → ")
            diagnostics.append(
              parsed.at.error(
                "Prerequisites form a cycle: \(text); remove one of these prerequisites."))
          }
        } else if state[next] == nil {
          visit(next, diagnostics: &diagnostics)
        }
      }
      path.removeLast()
      state[id] = 2
    }
    for parsed in skills where state[parsed.skill.id] == nil {
      visit(parsed.skill.id, diagnostics: &diagnostics)
    }
  }

  /// Warns when a more senior role on a track asks for less than a junior one in some skill.
  private mutating func checkSeniority() {
    let byTrack = Dictionary(grouping: roles, by: \.role.track)
    for track in byTrack.keys.sorted() {
      let ladder = (byTrack[track] ?? []).sorted { $0.role.seniority < $1.role.seniority }
      for (lower, higher) in zip(ladder, ladder.dropFirst())
      where lower.role.seniority < higher.role.seniority {
        for requirement in lower.role.requirements {
          let above = higher.role.requirement(for: requirement.skill)
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
    }
  }
}
