import SkillgapCore
import Yams

extension LoaderState {
  static let roleFields = [
    "id", "title", "track", "seniority", "years", "pay", "description", "sources", "requires",
  ]

  /// Reads one role file: a `roles:` list.
  mutating func readRoleFile(_ root: Node, file: String) {
    guard var fields = YAMLFields(root, file: file, path: "", what: "The file", into: &diagnostics)
    else { return }
    let items = fields.list("roles", required: true, into: &diagnostics)
    fields.finish(known: ["roles"], into: &diagnostics)
    for item in items { readRole(item.node, path: item.path, file: file) }
  }

  private mutating func readRole(_ node: Node, path: String, file: String) {
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
    fields.finish(known: Self.roleFields, into: &diagnostics)
    guard let id, let title, let track, let seniority else { return }
    checkID(id)
    checkID(track)
    if let first = roles.first(where: { $0.role.id == id.value }) {
      diagnostics.append(
        id.at.error("Role id '\(id.value)' is already used in \(first.at.file):\(first.at.line)."))
      return
    }
    if seniority.value < 1 {
      diagnostics.append(seniority.at.error("Seniority is a rank from 1 (the first rung) up."))
    }
    let role = Role(
      id: id.value, title: title.value, track: track.value, seniority: seniority.value,
      years: years, pay: pay, summary: summary?.value ?? "",
      sources: sources.map(\.value),
      requirements: requirements.map(\.value))
    roles.append(
      ParsedRole(
        role: role, at: id.at,
        requirements: requirements.map { Located(value: $0.value.skill, at: $0.at) },
        sources: sources + figureSources))
  }

  private mutating func readYears(
    _ fields: inout YAMLFields, file: String, sources: inout [Located<String>]
  ) -> YearsRange? {
    guard var map = fields.mapping("years", required: false, into: &diagnostics) else {
      return nil
    }
    let low = map.int("min", into: &diagnostics)
    let high = map.int("max", required: false, into: &diagnostics)
    let source = map.string("source", required: false, into: &diagnostics)
    map.finish(known: ["min", "max", "source"], into: &diagnostics)
    if let source { sources.append(source) }
    guard let low else { return nil }
    if let high, high.value < low.value {
      diagnostics.append(high.at.error("'max' years is below 'min'."))
    }
    return YearsRange(min: low.value, max: high?.value, source: source?.value)
  }

  private mutating func readPay(
    _ fields: inout YAMLFields, file: String, sources: inout [Located<String>]
  ) -> PayRange? {
    guard var map = fields.mapping("pay", required: false, into: &diagnostics) else { return nil }
    let low = map.int("min", into: &diagnostics)
    let high = map.int("max", required: false, into: &diagnostics)
    let currency = map.string("currency", into: &diagnostics)
    let period = map.string("period", required: false, into: &diagnostics)
    let source = map.string("source", required: false, into: &diagnostics)
    map.finish(known: ["min", "max", "currency", "period", "source"], into: &diagnostics)
    if let source {
      sources.append(source)
    } else {
      diagnostics.append(
        map.location.warning("Pay has no 'source'; name the document the figures come from."))
    }
    if let period, !["year", "hour", "month"].contains(period.value) {
      diagnostics.append(period.at.error("Pay 'period' must be year, month or hour."))
    }
    guard let low, let currency else { return nil }
    if let high, high.value < low.value {
      diagnostics.append(high.at.error("'max' pay is below 'min'."))
    }
    return PayRange(
      min: low.value, max: high?.value, currency: currency.value,
      period: period?.value ?? "year", source: source?.value)
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
