import SkillgapCore

extension LoaderState {
  static let skillFields = [
    "id", "name", "aliases", "description", "levels", "steps", "prerequisites", "resources",
    "questions", "sources",
  ]
  static let stepFields = [
    "kind", "hours", "basis", "tip", "milestone", "milestone_hours", "parts", "requires",
  ]
  /// The most hours one step may take: more is a typo, and would make plans decades long.
  static let maximumStepHours = 1_000.0
  /// The largest importance weight: more is a typo, and only makes priorities overflow.
  static let maximumWeight = 1_000.0

  /// Reads one category file: the category and its skills, left in ``pending`` for
  /// ``merge(_:)`` to check their ids against the files read before.
  mutating func readCategoryFile(_ root: YAMLNode, file: String) {
    guard var fields = YAMLFields(root, file: file, path: "", what: "The file", into: &diagnostics)
    else { return }
    guard var header = fields.mapping("category", into: &diagnostics) else {
      fields.finish(known: ["category", "skills"], into: &diagnostics)
      return
    }
    let id = header.string("id", into: &diagnostics)
    let name = header.string("name", into: &diagnostics)
    let summary = header.string("description", required: false, into: &diagnostics)
    let optional = header.bool("optional", into: &diagnostics) ?? false
    header.finish(known: ["id", "name", "description", "optional"], into: &diagnostics)
    let items = fields.list("skills", required: true, into: &diagnostics)
    fields.finish(known: ["category", "skills"], into: &diagnostics)
    guard let id, let name else { return }
    checkID(id)
    // Whether the id is taken is settled when the file is merged (see `merge(_:)`).
    pending.append(
      (
        .category(
          Located(
            value: Category(
              id: id.value, name: name.value, summary: summary?.value ?? "", isOptional: optional
            ),
            at: id.at)), diagnostics.count
      ))
    if items.isEmpty {
      diagnostics.append(
        fields.location(of: "skills").warning("Category '\(id.value)' has no skills."))
    }
    for item in items {
      readSkill(item.node, path: item.path, category: id.value, file: file)
    }
  }

  private mutating func readSkill(_ node: YAMLNode, path: String, category: String, file: String) {
    guard var fields = YAMLFields(node, file: file, path: path, what: "A skill", into: &diagnostics)
    else { return }
    let id = fields.string("id", into: &diagnostics)
    let name = fields.string("name", into: &diagnostics)
    let aliases = fields.strings("aliases", into: &diagnostics)
    let summary = fields.string("description", into: &diagnostics)
    let levels = readSkillLevels(&fields, file: file, skill: id?.value ?? "?")
    var stepLocations: [Int: Location] = [:]
    var stepNeeds: [Located<String>] = []
    var rejectedHours: Set<Int> = []
    let steps = readSteps(
      &fields, file: file, skill: id?.value ?? "?", locations: &stepLocations,
      needs: &stepNeeds, rejectedHours: &rejectedHours)
    let prerequisites = fields.strings("prerequisites", into: &diagnostics)
    let resources = readResources(&fields, file: file, steps: steps.map(\.level))
    let located = readQuestions(&fields, file: file)
    let questions = located.map(\.value)
    let sources = fields.strings("sources", into: &diagnostics)
    fields.finish(known: Self.skillFields, into: &diagnostics)
    guard let id, let name else { return }
    checkID(id)
    let skill = Skill(
      id: id.value, name: name.value, category: category, summary: summary?.value ?? "",
      levels: levels, steps: steps, prerequisites: prerequisites.map(\.value),
      resources: resources, questions: questions, sources: sources.map(\.value),
      aliases: aliases.map(\.value))
    // Whether the id is taken is settled when the file is merged (see `merge(_:)`).
    pending.append(
      (
        .skill(
          ParsedSkill(
            skill: skill, at: id.at, prerequisites: prerequisites, sources: sources,
            stepsAt: stepLocations, stepNeeds: stepNeeds, questionsAt: located.map(\.at),
            rejectedHours: rejectedHours)), diagnostics.count
      ))
  }

  /// Reads `levels`: a mapping from every scale level id to its description and indicators.
  private mutating func readSkillLevels(
    _ fields: inout YAMLFields, file: String, skill: String
  ) -> [SkillLevel] {
    guard let scale, var map = fields.mapping("levels", into: &diagnostics) else { return [] }
    var found = [SkillLevel?](repeating: nil, count: scale.levels.count)
    for pair in map.allPairs() {
      let path = map.path(of: pair.key)
      guard let value = level(node: pair.keyNode, file: file, path: path) else { continue }
      if found[value] != nil {
        diagnostics.append(
          Location(file: file, node: pair.keyNode, path: path).error(
            "Level '\(pair.key)' is described twice for skill '\(skill)'."))
        continue
      }
      if case .scalar(let scalar) = pair.value.kind, !pair.value.isNull {
        found[value] = SkillLevel(summary: scalar.string.trimmingTrailingNewlines())
        continue
      }
      guard
        var level = YAMLFields(
          pair.value, file: file, path: path, what: "Level '\(pair.key)'", into: &diagnostics)
      else { continue }
      let summary = level.string("summary", into: &diagnostics)
      let indicators = level.strings("indicators", into: &diagnostics)
      level.finish(known: ["summary", "indicators"], into: &diagnostics)
      found[value] = SkillLevel(
        summary: summary?.value ?? "", indicators: indicators.map(\.value))
    }
    for (value, level) in found.enumerated() where level == nil {
      let missing = scale.levels[value]
      diagnostics.append(
        map.location.error(
          "Skill '\(skill)' does not describe level '\(missing.id)'; add '\(missing.id):' "
            + "with a summary and indicators."))
    }
    return found.map { $0 ?? SkillLevel(summary: "") }
  }

  /// Reads `steps`: for each level above the lowest, how to reach it.
  ///
  /// A step whose `hours` are written but rejected (an error says why) is listed in
  /// `rejectedHours`, so the plan-content check does not also call them missing.
  private mutating func readSteps(
    _ fields: inout YAMLFields, file: String, skill: String,
    locations stepLocations: inout [Int: Location], needs stepNeedRefs: inout [Located<String>],
    rejectedHours: inout Set<Int>
  ) -> [Step] {
    guard let scale, var map = fields.mapping("steps", into: &diagnostics) else { return [] }
    var steps: [Step] = []
    for pair in map.allPairs() {
      let path = map.path(of: pair.key)
      guard let value = level(node: pair.keyNode, file: file, path: path) else { continue }
      let at = Location(file: file, node: pair.keyNode, path: path)
      if value == scale.lowest {
        diagnostics.append(
          at.error("No step reaches the lowest level '\(pair.key)'; start at the level above."))
        continue
      }
      if steps.contains(where: { $0.level == value }) {
        diagnostics.append(at.error("The step to '\(pair.key)' is written twice."))
        continue
      }
      guard
        var step = YAMLFields(
          pair.value, file: file, path: path, what: "Step '\(pair.key)'", into: &diagnostics)
      else { continue }
      let tip = step.string("tip", into: &diagnostics)
      let milestone = step.string("milestone", required: false, into: &diagnostics)
      let hours = step.number("hours", required: false, into: &diagnostics)
      let kindText = step.string("kind", required: false, into: &diagnostics)
      let basis = step.string("basis", required: false, into: &diagnostics)
      let milestoneHours = step.number("milestone_hours", required: false, into: &diagnostics)
      let parts = step.strings("parts", into: &diagnostics)
      var needs: [StepNeed] = []
      if var map = step.mapping("requires", required: false, into: &diagnostics) {
        for need in map.allPairs() {
          let needPath = map.path(of: need.key)
          guard let needed = level(node: need.value, file: file, path: needPath) else { continue }
          let at = Location(file: file, node: need.keyNode, path: needPath)
          needs.append(StepNeed(skill: need.key, level: needed))
          stepNeedRefs.append(Located(value: need.key, at: at))
        }
      }
      step.finish(known: Self.stepFields, into: &diagnostics)
      var valid = true
      if let hours, !(hours.value > 0 && hours.value <= Self.maximumStepHours) {
        diagnostics.append(
          hours.at.error(
            "Hours must be above 0 and at most \(Int(Self.maximumStepHours)), not \(hours.value)."))
        valid = false
      }
      if let milestoneHours,
        !(milestoneHours.value >= 0 && milestoneHours.value <= (hours?.value ?? 0))
      {
        diagnostics.append(
          milestoneHours.at.error(
            "'milestone_hours' must be between 0 and the step's own 'hours', not "
              + "\(milestoneHours.value)."))
        valid = false
      }
      var kind: Step.Kind?
      if let kindText {
        kind = Step.Kind(rawValue: kindText.value)
        if kind == nil {
          let kinds = Step.Kind.allCases.map(\.rawValue)
          diagnostics.append(
            kindText.at.error(
              "Step kind '\(kindText.value)' is unknown; use study or practice."
                + Suggestions.hint(for: kindText.value, in: kinds)))
        }
      }
      stepLocations[value] = at
      if step.node("hours") != nil && !(valid && hours != nil) { rejectedHours.insert(value) }
      steps.append(
        Step(
          level: value, tip: tip?.value ?? "", milestone: milestone?.value,
          hours: valid ? hours?.value : nil, kind: kind, basis: basis?.value,
          milestoneHours: valid ? milestoneHours?.value : nil, parts: parts.map(\.value),
          requires: needs))
    }
    for value in 1..<scale.levels.count where !steps.contains(where: { $0.level == value }) {
      let target = scale.levels[value].id
      diagnostics.append(
        map.location.error(
          "Skill '\(skill)' has no step to '\(target)'; add '\(target):' with a 'tip'."))
    }
    return steps.sorted { $0.level < $1.level }
  }

  private mutating func readResources(_ fields: inout YAMLFields, file: String, steps: [Int])
    -> [Resource]
  {
    let kinds = Resource.Kind.allCases.map(\.rawValue)
    return fields.list("resources", into: &diagnostics).compactMap { item in
      guard
        var resource = YAMLFields(
          item.node, file: file, path: item.path, what: "A resource", into: &diagnostics)
      else { return nil }
      let title = resource.string("title", into: &diagnostics)
      let kindText = resource.string("kind", into: &diagnostics)
      let url = resource.string("url", required: false, into: &diagnostics)
      let served = resource.strings("steps", into: &diagnostics).compactMap { text in
        guard let value = level(text) else { return nil as Int? }
        if !steps.contains(value) {
          diagnostics.append(
            text.at.error("Resource serves the step to '\(text.value)', which the skill lacks."))
          return nil
        }
        return value
      }
      resource.finish(known: ["title", "kind", "url", "steps"], into: &diagnostics)
      guard let title, let kindText else { return nil }
      guard let kind = Resource.Kind(rawValue: kindText.value) else {
        diagnostics.append(
          kindText.at.error(
            "Resource kind '\(kindText.value)' is unknown; use one of "
              + "\(kinds.joined(separator: ", ")).\(Suggestions.hint(for: kindText.value, in: kinds))"
          ))
        return nil
      }
      if let url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
        diagnostics.append(url.at.error("A resource URL must start with https:// or http://."))
      }
      return Resource(title: title.value, kind: kind, url: url?.value, steps: served)
    }
  }

  private mutating func readQuestions(_ fields: inout YAMLFields, file: String)
    -> [Located<Question>]
  {
    fields.list("questions", into: &diagnostics).compactMap { item in
      guard
        var question = YAMLFields(
          item.node, file: file, path: item.path, what: "A question", into: &diagnostics)
      else { return nil }
      let prompt = question.string("prompt", into: &diagnostics)
      let choices = question.strings("choices", required: true, into: &diagnostics)
      let answer = question.string("answer", into: &diagnostics)
      let levelText = question.string("level", into: &diagnostics)
      let explanation = question.string("explanation", required: false, into: &diagnostics)
      question.finish(
        known: ["prompt", "choices", "answer", "level", "explanation"], into: &diagnostics)
      guard let prompt, let answer, let levelText, let value = level(levelText) else { return nil }
      if choices.count < 2 {
        diagnostics.append(question.location.error("A question needs at least two choices."))
        return nil
      }
      guard let index = choices.firstIndex(where: { $0.value == answer.value }) else {
        diagnostics.append(
          answer.at.error("The answer must be written exactly as one of the choices."))
        return nil
      }
      return Located(
        value: Question(
          prompt: prompt.value, choices: choices.map(\.value), answer: index, level: value,
          explanation: explanation?.value),
        at: question.location)
    }
  }
}
