import SkillgapCore

extension LoaderState {
  static let roleFields = [
    "id", "title", "track", "seniority", "years", "pay", "description", "sources", "requires",
    "domains",
  ]

  /// Reads one role file: a `roles:` list.
  mutating func readRoleFile(_ root: YAMLNode, file: String) {
    guard var fields = YAMLFields(root, file: file, path: "", what: "The file", into: &diagnostics)
    else { return }
    let items = fields.list("roles", required: true, into: &diagnostics)
    fields.finish(known: ["roles"], into: &diagnostics)
    for item in items { readRole(item.node, path: item.path, file: file) }
  }

  private mutating func readRole(_ node: YAMLNode, path: String, file: String) {
    guard var fields = YAMLFields(node, file: file, path: path, what: "A role", into: &diagnostics)
    else { return }
    let id = fields.string("id", into: &diagnostics)
    let title = fields.string("title", into: &diagnostics)
    let track = fields.string("track", into: &diagnostics)
    let seniority = fields.int("seniority", into: &diagnostics)
    let summary = fields.string("description", required: false, into: &diagnostics)
    let sources = fields.strings("sources", into: &diagnostics)
    var figureSources: [Located<String>] = []
    let years = readYears(&fields, file: file, sources: &figureSources)
    let pay = readPay(&fields, file: file, sources: &figureSources)
    let requirements = readRequirements(&fields, file: file, role: id?.value ?? "?")
    let domains = readDomains(&fields, file: file, role: id?.value ?? "?")
    fields.finish(known: Self.roleFields, into: &diagnostics)
    guard let id, let title, let track, let seniority else { return }
    checkID(id)
    checkID(track)
    if seniority.value < 1 {
      diagnostics.append(seniority.at.error("Seniority is a rank from 1 (the first rung) up."))
    }
    let base = Role(
      id: id.value, title: title.value, track: track.value, seniority: seniority.value,
      years: years, pay: pay, summary: summary?.value ?? "",
      sources: sources.map(\.value),
      requirements: requirements.map(\.value))
    let allSources = sources + figureSources
    guard !domains.isEmpty else {
      add(
        ParsedRole(
          role: base, at: id.at, requirements: skillRefs(requirements), sources: allSources))
      return
    }
    // Each domain becomes an ordinary role: the base requirements with the domain's on top.
    for domain in domains {
      var role = base
      role.id = domain.keepsRoleID ? id.value : "\(id.value)-\(domain.id.value)"
      role.title = "\(title.value) (\(domain.name))"
      role.domain = domain.id.value
      if !domain.summary.isEmpty {
        role.summary = [base.summary, domain.summary].filter { !$0.isEmpty }.joined(separator: " ")
      }
      var merged = requirements
      for extra in domain.requirements {
        if let index = merged.firstIndex(where: { $0.value.skill == extra.value.skill }) {
          merged[index] = extra
        } else {
          merged.append(extra)
        }
      }
      role.requirements = merged.map(\.value)
      add(
        ParsedRole(
          role: role, at: domain.keepsRoleID ? id.at : domain.id.at,
          requirements: skillRefs(merged), sources: allSources))
    }
  }

  private func skillRefs(_ requirements: [Located<Requirement>]) -> [Located<String>] {
    requirements.map { Located(value: $0.value.skill, at: $0.at) }
  }

  /// Leaves a parsed role for ``merge(_:)``, which adds it unless its id is taken.
  private mutating func add(_ parsed: ParsedRole) {
    pending.append((.role(parsed), diagnostics.count))
  }

  /// A domain of a role, before it is expanded into a role of its own.
  private struct ParsedDomain {
    var id: Located<String>
    var name: String
    var summary: String
    var keepsRoleID: Bool
    var requirements: [Located<Requirement>]
  }

  /// Reads `domains`: the areas a person can choose to be deep in, each with its requirements.
  private mutating func readDomains(_ fields: inout YAMLFields, file: String, role: String)
    -> [ParsedDomain]
  {
    var result: [ParsedDomain] = []
    for item in fields.list("domains", into: &diagnostics) {
      guard
        var entry = YAMLFields(
          item.node, file: file, path: item.path, what: "A domain", into: &diagnostics)
      else { continue }
      let id = entry.string("id", into: &diagnostics)
      let name = entry.string("name", into: &diagnostics)
      let summary = entry.string("description", required: false, into: &diagnostics)
      let keeps = entry.bool("default", into: &diagnostics) ?? false
      let requirements = readRequirements(&entry, file: file, role: "\(role) (\(id?.value ?? "?"))")
      entry.finish(known: ["id", "name", "description", "default", "requires"], into: &diagnostics)
      guard let id, let name else { continue }
      checkID(id)
      if result.contains(where: { $0.id.value == id.value }) {
        diagnostics.append(id.at.error("Domain '\(id.value)' is listed twice in role '\(role)'."))
        continue
      }
      if keeps, let other = result.first(where: \.keepsRoleID) {
        diagnostics.append(
          id.at.error(
            "Only one domain of role '\(role)' can be the default; '\(other.id.value)' already is."
          ))
        continue
      }
      result.append(
        ParsedDomain(
          id: id, name: name.value, summary: summary?.value ?? "", keepsRoleID: keeps,
          requirements: requirements))
    }
    return result
  }

  private mutating func readYears(
    _ fields: inout YAMLFields, file: String, sources: inout [Located<String>]
  ) -> YearsRange? {
    guard var map = fields.mapping("years", required: false, into: &diagnostics) else {
      return nil
    }
    guard var range = readYearsRange(&map, sources: &sources, nested: false) else { return nil }
    var reported: [YearsRange] = []
    for item in map.list("reported", into: &diagnostics) {
      guard
        var entry = YAMLFields(
          item.node, file: file, path: item.path, what: "A reported range", into: &diagnostics),
        let figure = readYearsRange(&entry, sources: &sources, nested: true)
      else { continue }
      reported.append(figure)
    }
    range.reported = reported.isEmpty ? nil : reported
    return range
  }

  /// Reads `min`, `max` and `source` of a years range; a reported range must name its source.
  private mutating func readYearsRange(
    _ map: inout YAMLFields, sources: inout [Located<String>], nested: Bool
  ) -> YearsRange? {
    let low = map.int("min", into: &diagnostics)
    let high = map.int("max", required: false, into: &diagnostics)
    let source = map.string("source", required: nested, into: &diagnostics)
    map.finish(
      known: nested ? ["min", "max", "source"] : ["min", "max", "source", "reported"],
      into: &diagnostics)
    if let source { sources.append(source) }
    if !nested && source == nil {
      diagnostics.append(
        map.location.warning("Years have no 'source'; name the document the figures come from."))
    }
    guard let low else { return nil }
    if low.value < 0 {
      diagnostics.append(low.at.error("'min' years cannot be below 0."))
    }
    if let high, high.value < low.value {
      diagnostics.append(high.at.error("'max' years is below 'min'."))
    }
    return YearsRange(min: low.value, max: high?.value, source: source?.value)
  }

  /// Reads `requires`: skill id → `{level, importance}`.
  private mutating func readRequirements(_ fields: inout YAMLFields, file: String, role: String)
    -> [Located<Requirement>]
  {
    guard var map = fields.mapping("requires", into: &diagnostics) else { return [] }
    let pairs = map.allPairs()
    if pairs.isEmpty {
      diagnostics.append(
        map.location.error("Role '\(role)' requires no skill; list at least one under 'requires'."))
    }
    let importanceIDs = header?.importances.map(\.id) ?? []
    var result: [Located<Requirement>] = []
    for pair in pairs {
      let at = Location(file: file, node: pair.keyNode, path: map.path(of: pair.key))
      guard
        var entry = YAMLFields(
          pair.value, file: file, path: at.path, what: "Requirement '\(pair.key)'",
          into: &diagnostics)
      else { continue }
      let levelText = entry.string("level", into: &diagnostics)
      let importance = entry.string("importance", into: &diagnostics)
      entry.finish(known: ["level", "importance"], into: &diagnostics)
      guard let levelText, let importance, let value = level(levelText) else { continue }
      if header != nil && !importanceIDs.contains(importance.value) {
        diagnostics.append(
          importance.at.error(
            "Importance '\(importance.value)' is not defined in framework.yaml; use one of "
              + importanceIDs.joined(separator: ", ") + "."
              + Suggestions.hint(for: importance.value, in: importanceIDs)))
        continue
      }
      if value == scale?.lowest {
        diagnostics.append(
          levelText.at.warning(
            "Requiring the lowest level asks nothing of '\(pair.key)'; remove the line or raise it."
          ))
      }
      result.append(
        Located(
          value: Requirement(skill: pair.key, level: value, importance: importance.value), at: at))
    }
    return result
  }
}
