import SkillgapCore

extension LoaderState {
  static let headerFields = [
    "id", "title", "version", "description", "scale", "importance", "hours_per_step", "sources",
    "stale_after_months", "level_rule",
  ]

  /// Reads `framework.yaml`: identity, scale, importance kinds, hours per step and sources.
  mutating func readHeader(_ root: YAMLNode, file: String) {
    guard
      var fields = YAMLFields(root, file: file, path: "", what: "The file", into: &diagnostics)
    else { return }
    let id = fields.string("id", into: &diagnostics)
    if let id { checkID(id) }
    let title = fields.string("title", into: &diagnostics)
    let version = fields.string("version", into: &diagnostics)
    let summary = fields.string("description", required: false, into: &diagnostics)
    let scale = readScale(&fields, file: file)
    let importances = readImportances(&fields, file: file)
    let sources = readSources(&fields, file: file)
    let hours = scale.map { readHours(&fields, scale: $0, file: file) } ?? []
    let stale = fields.int("stale_after_months", required: false, into: &diagnostics)
    let rule = readLevelRule(&fields, file: file)
    fields.finish(known: Self.headerFields, into: &diagnostics)
    if let stale, !(1...120).contains(stale.value) {
      diagnostics.append(
        stale.at.error("'stale_after_months' must be 1 to 120 months, not \(stale.value)."))
    }
    guard let id, let title, let version, let scale else { return }
    header = Header(
      id: id.value, title: title.value, version: version.value, summary: summary?.value ?? "",
      scale: scale, importances: importances, hoursPerStep: hours, sources: sources,
      staleAfterMonths: stale.map { min(120, max(1, $0.value)) } ?? 6, levelRule: rule)
  }

  /// Reads `level_rule`: the rule in words and the numbers the engine uses, or the standard
  /// rule when the framework states none.
  private mutating func readLevelRule(_ fields: inout YAMLFields, file: String) -> LevelRule {
    guard let node = fields.node("level_rule") else { return .standard }
    guard
      var rule = YAMLFields(
        node, file: file, path: "level_rule", what: "Field 'level_rule'", into: &diagnostics)
    else { return .standard }
    let summary = rule.string("description", into: &diagnostics)
    let percent = rule.int("indicators_percent", into: &diagnostics)
    let belowGiven = rule.node("levels_below") != nil
    let below = rule.bool("levels_below", into: &diagnostics)
    rule.finish(known: ["description", "indicators_percent", "levels_below"], into: &diagnostics)
    if !belowGiven {
      diagnostics.append(
        rule.location.error(
          "Missing field 'levels_below'; add 'levels_below: true' when every level below must "
            + "be reached too, else 'false'."))
    }
    var share = LevelRule.standard.share
    if let percent {
      if (1...100).contains(percent.value) {
        share = Double(percent.value) / 100
      } else {
        diagnostics.append(
          percent.at.error(
            "'indicators_percent' is the share of a level's indicators that must hold: 1 to "
              + "100, not \(percent.value)."))
      }
    }
    return LevelRule(
      summary: summary?.value ?? LevelRule.standard.summary, share: share,
      cumulative: below ?? LevelRule.standard.cumulative)
  }

  private mutating func readScale(_ fields: inout YAMLFields, file: String) -> RatingScale? {
    let items = fields.list("scale", required: true, into: &diagnostics)
    var levels: [ScaleLevel] = []
    var seen: [String: Location] = [:]
    for item in items {
      guard
        var level = YAMLFields(
          item.node, file: file, path: item.path, what: "A scale level", into: &diagnostics)
      else { continue }
      let id = level.string("id", into: &diagnostics)
      let name = level.string("name", into: &diagnostics)
      let summary = level.string("description", into: &diagnostics)
      level.finish(known: ["id", "name", "description"], into: &diagnostics)
      guard let id, let name else { continue }
      checkID(id)
      if let first = seen[id.value] {
        diagnostics.append(
          id.at.error("Scale level id '\(id.value)' is already used at line \(first.line)."))
      }
      seen[id.value] = id.at
      levels.append(ScaleLevel(id: id.value, name: name.value, summary: summary?.value ?? ""))
    }
    guard !items.isEmpty else { return nil }
    let range = RatingScale.minimumLevels...RatingScale.maximumLevels
    if !range.contains(items.count) {
      diagnostics.append(
        fields.location(of: "scale").error(
          "The scale has \(items.count) levels; it needs \(range.lowerBound) to "
            + "\(range.upperBound), lowest first."))
      return nil
    }
    return levels.count == items.count ? RatingScale(levels: levels) : nil
  }

  private mutating func readImportances(_ fields: inout YAMLFields, file: String) -> [Importance] {
    var result: [Importance] = []
    for item in fields.list("importance", required: true, into: &diagnostics) {
      guard
        var kind = YAMLFields(
          item.node, file: file, path: item.path, what: "An importance kind", into: &diagnostics)
      else { continue }
      let id = kind.string("id", into: &diagnostics)
      let name = kind.string("name", into: &diagnostics)
      let weight = kind.number("weight", into: &diagnostics)
      let blocking = kind.bool("blocking", into: &diagnostics) ?? false
      let summary = kind.string("description", required: false, into: &diagnostics)
      kind.finish(known: ["id", "name", "weight", "blocking", "description"], into: &diagnostics)
      // A bad or missing weight is reported once above; the kind still counts as defined, so
      // the roles that use it do not each report it as unknown.
      guard let id, let name else { continue }
      let value = weight?.value ?? 1
      checkID(id)
      if result.contains(where: { $0.id == id.value }) {
        diagnostics.append(id.at.error("Importance id '\(id.value)' is used twice."))
      }
      if let weight, !(weight.value > 0 && weight.value <= Self.maximumWeight) {
        diagnostics.append(
          weight.at.error(
            "An importance weight must be above 0 and at most \(Int(Self.maximumWeight)), not "
              + "\(weight.value)."))
      }
      result.append(
        Importance(
          id: id.value, name: name.value, weight: value, blocking: blocking,
          summary: summary?.value ?? ""))
    }
    return result
  }

  private mutating func readSources(_ fields: inout YAMLFields, file: String) -> [Source] {
    var result: [Source] = []
    for item in fields.list("sources", into: &diagnostics) {
      guard
        var source = YAMLFields(
          item.node, file: file, path: item.path, what: "A source", into: &diagnostics)
      else { continue }
      let id = source.string("id", into: &diagnostics)
      let title = source.string("title", into: &diagnostics)
      let path = source.string("file", required: false, into: &diagnostics)
      let url = source.string("url", required: false, into: &diagnostics)
      source.finish(known: ["id", "title", "file", "url"], into: &diagnostics)
      guard let id, let title else { continue }
      checkID(id)
      if result.contains(where: { $0.id == id.value }) {
        diagnostics.append(id.at.error("Source id '\(id.value)' is used twice."))
      }
      if path == nil && url == nil {
        diagnostics.append(
          source.location.warning("Source '\(id.value)' has neither 'file' nor 'url'."))
      }
      result.append(Source(id: id.value, title: title.value, file: path?.value, url: url?.value))
    }
    return result
  }

  /// Reads `hours_per_step`: one number for every step, or a mapping of level id to hours.
  private mutating func readHours(
    _ fields: inout YAMLFields, scale: RatingScale, file: String
  ) -> [Double] {
    let fallback = 10.0
    var hours = [Double](repeating: fallback, count: scale.levels.count)
    hours[0] = 0
    guard let node = fields.node("hours_per_step") else { return hours }
    let at = fields.location(of: "hours_per_step")
    if let number = node.number {
      guard number > 0 && number <= Self.maximumStepHours else {
        diagnostics.append(
          at.error(
            "'hours_per_step' must be above 0 and at most \(Int(Self.maximumStepHours)), not "
              + "\(node.describedValue)."))
        return hours
      }
      for index in 1..<hours.count { hours[index] = number }
      return hours
    }
    guard
      var map = YAMLFields(
        node, file: file, path: "hours_per_step", what: "Field 'hours_per_step'",
        into: &diagnostics)
    else { return hours }
    var listed: Set<Int> = []
    for pair in map.allPairs() {
      let path = "hours_per_step.\(pair.key)"
      guard let value = level(node: pair.keyNode, file: file, path: path, on: scale) else {
        continue
      }
      guard value > 0 else {
        diagnostics.append(
          Location(file: file, node: pair.keyNode, path: path).error(
            "The lowest level needs no hours; list only the levels above it."))
        continue
      }
      // Listed even when rejected: its error says what is wrong, not that it is missing.
      listed.insert(value)
      guard let number = pair.value.number, number > 0 && number <= Self.maximumStepHours
      else {
        diagnostics.append(
          Location(file: file, node: pair.value, path: path).error(
            "Hours must be a number above 0 and at most \(Int(Self.maximumStepHours)), not "
              + "\(pair.value.describedValue)."))
        continue
      }
      hours[value] = number
    }
    for value in 1..<hours.count where !listed.contains(value) {
      diagnostics.append(
        map.location.warning(
          "'hours_per_step' gives no hours for '\(scale.levels[value].id)'; "
            + "\(Int(fallback)) are assumed."))
    }
    return hours
  }
}
