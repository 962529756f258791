import SkillgapCore
import Yams

extension LoaderState {
  static let roleFields = [
    "id", "title", "track", "seniority", "years", "pay", "description", "sources", "requires",
    "domains",
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

  /// Adds a parsed role unless its id is taken.
  private mutating func add(_ parsed: ParsedRole) {
    if let first = roles.first(where: { $0.role.id == parsed.role.id }) {
      diagnostics.append(
        parsed.at.error(
          "Role id '\(parsed.role.id)' is already used in \(first.at.file):\(first.at.line)."))
      return
    }
    roles.append(parsed)
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

  /// Reads `pay`: one band (a mapping, as before bands) or a list of bands.
  private mutating func readPay(
    _ fields: inout YAMLFields, file: String, sources: inout [Located<String>]
  ) -> [PayBand] {
    guard let node = fields.node("pay") else { return [] }
    let path = fields.path(of: "pay")
    if case .sequence(let items) = node {
      if items.isEmpty {
        diagnostics.append(
          Location(file: file, node: node, path: path).error(
            "Field 'pay' is an empty list; give at least one band or remove the field."))
      }
      return items.enumerated().compactMap { offset, item in
        readPayBand(item, file: file, path: "\(path)[\(offset)]", sources: &sources)
      }
    }
    return readPayBand(node, file: file, path: path, sources: &sources).map { [$0] } ?? []
  }

  private mutating func readPayBand(
    _ node: Node, file: String, path: String, sources: inout [Located<String>]
  ) -> PayBand? {
    guard
      var map = YAMLFields(node, file: file, path: path, what: "A pay band", into: &diagnostics)
    else { return nil }
    let low = map.int("min", into: &diagnostics)
    let high = map.int("max", required: false, into: &diagnostics)
    let currency = map.string("currency", into: &diagnostics)
    let period = map.string("period", required: false, into: &diagnostics)
    let basis = map.string("basis", required: false, into: &diagnostics)
    let country = map.string("country", required: false, into: &diagnostics)
    let year = readPayYear(&map)
    let source = map.string("source", required: false, into: &diagnostics)
    map.finish(
      known: ["min", "max", "currency", "period", "basis", "country", "year", "source"],
      into: &diagnostics)
    if let source {
      sources.append(source)
    } else {
      diagnostics.append(
        map.location.error(
          "Pay band has no 'source'; name the document the figures come from, or remove the band."
        ))
    }
    if let period, !["year", "hour", "month"].contains(period.value) {
      diagnostics.append(period.at.error("Pay 'period' must be year, month or hour."))
    }
    let basisValue = basis.flatMap { PayBand.Basis(rawValue: $0.value) }
    if let basis, basisValue == nil {
      diagnostics.append(
        basis.at.error("Pay 'basis' must be base, total or unstated, not '\(basis.value)'."))
    }
    var missing: [String] = []
    if basis == nil { missing.append("'basis' (base, total or unstated)") }
    if country == nil { missing.append("'country' (an ISO code, or unstated)") }
    if year == nil { missing.append("'year' (the year the source states, or unstated)") }
    if !missing.isEmpty {
      diagnostics.append(
        map.location.warning(
          "Pay band does not say \(missing.joined(separator: ", ")); add it so people know what "
            + "the figure is."))
    }
    if let currency, currency.value.count != 3 || currency.value.uppercased() != currency.value {
      diagnostics.append(
        currency.at.warning("Pay 'currency' '\(currency.value)' is not a three-letter ISO code."))
    }
    guard let low, let currency else { return nil }
    if low.value < 0 { diagnostics.append(low.at.error("'min' pay cannot be below 0.")) }
    if let high, high.value < low.value {
      diagnostics.append(high.at.error("'max' pay is below 'min'."))
    }
    return PayBand(
      min: low.value, max: high?.value, currency: currency.value,
      period: period?.value ?? "year", basis: basisValue ?? .unstated,
      country: country?.value ?? "unstated", year: year?.value ?? nil, source: source?.value)
  }

  /// Reads a band's `year`: a year from 1900 to 2100, or `unstated` for an undated source.
  /// - Returns: nil when absent; `.some(nil)` for `unstated`.
  private mutating func readPayYear(_ map: inout YAMLFields) -> Located<Int?>? {
    guard let value = map.node("year") else { return nil }
    let at = Location(file: map.file, node: value, path: map.path(of: "year"))
    if let number = value.int, (1900...2100).contains(number) {
      return Located(value: number, at: at)
    }
    if value.string == "unstated" { return Located(value: nil, at: at) }
    diagnostics.append(
      at.error(
        "Pay 'year' must be the year the source states (such as 2025) or 'unstated', not "
          + "\(value.describedValue)."))
    return Located(value: nil, at: at)
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
