import SkillgapCore

/// Column widths of the review table for a screen width.
struct ReviewColumns {
  let category: Int
  let skill: Int
  let answer: Int
  let required: Int
  let note: Int

  init(width: Int, showRequired: Bool) {
    let usable = width - 2
    required = showRequired ? 12 : 0
    answer = 13
    category = max(12, usable / 5)
    skill = max(16, usable * 3 / 10)
    note = max(0, usable - category - skill - answer - required - 4)
  }
}

func drawReview(_ state: AppState, _ screen: inout Screen) {
  let framework = state.framework
  let warnings = state.consistencyWarnings
  let target = state.hideRequirements ? nil : state.targetRole
  let columns = ReviewColumns(width: screen.width, showRequired: target != nil)
  var x = 1
  func header(_ text: String, _ width: Int) {
    guard width > 0 else { return }
    screen.put(text.padded(to: width), x: x, y: 1, tone: .normal, bold: true, underline: true)
    x += width + 1
  }
  header("Category", columns.category)
  header("Skill", columns.skill)
  header("Answer", columns.answer)
  header("Required", columns.required)
  header("Note", columns.note)

  let rows = state.reviewTableRows
  let skills = framework.skills
  for row in 0..<rows {
    let index = state.review.top + row
    guard skills.indices.contains(index) else { break }
    let skill = skills[index]
    let y = 2 + row
    let rating = state.assessment.ratings[skill.id]
    let previous = index > 0 ? skills[index - 1].category : nil
    let category = previous == skill.category ? "" : framework.category(skill.category)?.name ?? ""
    var x = 1
    x = screen.put(category.padded(to: columns.category), x: x, y: y, tone: .dim) + 1
    let answerText: String
    let answerTone: Tone
    // A stale rating says so: a re-assessment brings it back.
    let stale = state.assessment.isStale(skill.id, framework: framework, now: state.todayInstant)
    switch rating?.answer {
    case .level(let value)? where stale:
      answerText = "\(value) " + framework.scale.name(of: value)
      answerTone = .warning
    case .level(let value)?:
      answerText = "\(value) " + framework.scale.name(of: value)
      answerTone = .selected
    case .skipped?:
      answerText = "skipped"
      answerTone = .warning
    case .notApplicable?:
      answerText = "n/a"
      answerTone = .dim
    case nil where !state.isWalked(index):
      // Left out of the walk until opted in on the start screen: not missing, just optional.
      answerText = "optional"
      answerTone = .dim
    case nil:
      answerText = "— unanswered"
      answerTone = .warning
    }
    let unanswered = rating == nil && state.isWalked(index)
    x = screen.put(skill.name.padded(to: columns.skill), x: x, y: y, bold: unanswered) + 1
    x =
      screen.put(
        answerText.padded(to: columns.answer), x: x, y: y, tone: answerTone,
        bold: unanswered) + 1
    if columns.required > 0 {
      let requirement = target?.requirement(for: skill.id)
      let text = requirement.map { "\($0.level) " + framework.scale.name(of: $0.level) } ?? ""
      let short =
        (state.assessment.level(of: skill.id) ?? 0)
        < (requirement?.level ?? 0)
      x =
        screen.put(
          text.padded(to: columns.required), x: x, y: y,
          tone: short ? .bad : .dim) + 1
    }
    // A warning or a check's verdict comes before the note: it is what to look at first.
    var flags: [String] = []
    if stale { flags.append("old rating") }
    for warning in warnings where warning.skill == skill.id {
      flags.append(ReviewColumns.shortLabel(warning.kind))
    }
    if case .looksHigh = state.assessment.checkStatus(of: skill) { flags.append("looks high") }
    if case .supported = state.assessment.checkStatus(of: skill) { flags.append("✓ checked") }
    let mark = flags.joined(separator: " · ") + (flags.isEmpty || rating?.note == nil ? "" : " · ")
    if columns.note > 0, !mark.isEmpty || rating?.note != nil {
      let after =
        mark.isEmpty ? x : screen.put(mark, x: x, y: y, tone: .warning, limit: columns.note)
      screen.put(
        rating?.note ?? "", x: after, y: y, tone: .dim, limit: max(0, columns.note - (after - x)))
    }
    if index == state.review.selected {
      // The skill's name carries the highlight; tinting the whole row would resend it all.
      screen.tint(x: 1 + columns.category + 1, y: y, width: columns.skill, tone: .highlight)
      screen.put("▸", x: 0, y: y, tone: .highlight, bold: true)
    }
  }
  drawScrollHint(
    top: state.review.top, visible: rows, total: skills.count, x: screen.width - 1, y: 2, &screen)
  guard !warnings.isEmpty else { return }
  // Below the table: the highlighted skill's warning in full, else how many there are.
  let selected =
    skills.indices.contains(state.review.selected) ? skills[state.review.selected] : nil
  let own = warnings.first { $0.skill != nil && $0.skill == selected?.id }
  let text =
    own.map { "! \($0.message) Fix: \($0.fix)" }
    ?? "! \(warnings.count) consistency warning\(warnings.count == 1 ? "" : "s") (never "
    + "blocking): marked in the table; the report (v) lists each with its fix."
  screen.put(text, x: 1, y: 2 + rows, tone: .warning, limit: screen.width - 2)
}

extension ReviewColumns {
  /// The warning's mark in the review's note column.
  static func shortLabel(_ kind: ConsistencyWarning.Kind) -> String {
    switch kind {
    case .abovePrerequisites: return "! above prereqs"
    case .aboveTicks: return "! above ticks"
    case .notApplicableEssential: return "! n/a but required"
    case .allAtTop, .allAtBottom: return ""
    }
  }
}

/// Arrows at the right edge saying there is more above or below.
func drawScrollHint(top: Int, visible: Int, total: Int, x: Int, y: Int, _ screen: inout Screen) {
  if top > 0 { screen.put("↑", x: x, y: y, tone: .dim) }
  if top + visible < total { screen.put("↓", x: x, y: y + visible - 1, tone: .dim) }
}
