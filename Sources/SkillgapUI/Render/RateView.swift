import SkillgapCore

/// Where the rating screen puts things, shared by drawing and mouse handling.
struct RateLayout {
  /// The first row of the level list.
  let firstLevelRow: Int
  /// The number of levels.
  let levelCount: Int
  /// The rows the skill's description takes.
  let descriptionLines: Int
  /// The first row of the indicators.
  let indicatorsRow: Int

  init(_ state: AppState, width: Int) {
    let skill = state.currentSkill
    levelCount = state.framework.scale.levels.count
    descriptionLines = min(
      Self.descriptionRoom(height: state.size.height, levels: levelCount),
      (skill?.summary ?? "").wrapped(to: width - 4).count)
    firstLevelRow = 3 + descriptionLines + 1
    indicatorsRow = firstLevelRow + levelCount + 1
  }

  /// Rows the description may take, leaving about eight for the indicators and the note.
  static func descriptionRoom(height: Int, levels: Int) -> Int {
    max(2, min(6, height - 13 - levels))
  }

  /// The level drawn on a screen row, if any.
  func level(atRow y: Int) -> Int? {
    let level = y - firstLevelRow
    return (0..<levelCount).contains(level) ? level : nil
  }
}

func drawRate(_ state: AppState, _ screen: inout Screen) {
  guard let skill = state.currentSkill else { return }
  let width = screen.width
  let framework = state.framework
  let scale = framework.scale
  let layout = RateLayout(state, width: width)
  let inCategory = framework.skills(in: skill.category)
  let position = (inCategory.firstIndex { $0.id == skill.id } ?? 0) + 1
  let answeredInCategory = inCategory.filter { state.assessment.isAnswered($0.id) }.count
  let category = framework.category(skill.category)?.name ?? skill.category
  var x = screen.put(
    "\(category) · skill \(position) of \(inCategory.count)", x: 2, y: 1, tone: .dim)
  x = screen.put("  (\(answeredInCategory) answered)", x: x, y: 1, tone: .dim)
  let counter = "\(state.skillIndex + 1)/\(framework.skills.count)"
  screen.put(counter, x: width - DisplayWidth.of(counter) - 2, y: 1, tone: .dim)

  let answer = state.assessment.ratings[skill.id]?.answer
  x = screen.put(skill.name, x: 2, y: 2, tone: .normal, bold: true, limit: width - 30)
  switch answer {
  case .level(let value)?:
    screen.put("● \(scale.name(of: value))", x: x + 2, y: 2, tone: .selected, bold: true)
  case .skipped?: screen.put("skipped, not assessed", x: x + 2, y: 2, tone: .warning)
  case .notApplicable?: screen.put("not applicable", x: x + 2, y: 2, tone: .dim)
  case nil: screen.put("not answered yet", x: x + 2, y: 2, tone: .dim)
  }
  drawParagraph(
    skill.summary, x: 2, y: 3, width: width - 4, maxLines: layout.descriptionLines, &screen)

  let required = state.hideRequirements ? nil : state.targetRole?.requirement(for: skill.id)
  let nameWidth = min(16, scale.levels.map { DisplayWidth.of($0.name) }.max() ?? 8)
  for (value, level) in scale.levels.enumerated() {
    let y = layout.firstLevelRow + value
    let isAnswer = answer == .level(value)
    let marker = isAnswer ? "●" : " "
    screen.put(marker, x: 1, y: y, tone: .selected, bold: true)
    screen.put("\(value)", x: 3, y: y, tone: .key, bold: true)
    screen.put(
      level.name.padded(to: nameWidth), x: 5, y: y, tone: isAnswer ? .selected : .normal,
      bold: isAnswer)
    var tail = ""
    if let required, required.level == value {
      tail = " ◆ required (\(framework.importance(required.importance)?.name ?? ""))"
    }
    let summaryX = 6 + nameWidth
    let room = width - summaryX - DisplayWidth.of(tail) - 1
    let summary = skill.level(value)?.summary ?? level.summary
    screen.put(summary.truncated(to: room), x: summaryX, y: y, tone: .dim)
    if !tail.isEmpty {
      screen.put(tail, x: width - DisplayWidth.of(tail) - 1, y: y, tone: .barTarget, bold: true)
    }
    if value == state.highlight {
      // Only the marker, digit and name: a highlight move then resends few cells.
      screen.tint(x: 0, y: y, width: 5 + nameWidth, tone: .highlight)
      screen.put("▸", x: 0, y: y, tone: .highlight, bold: true)
    }
  }

  let noteRow = screen.height - 2
  let highlighted = skill.level(state.highlight)
  var y = layout.indicatorsRow
  let heading = "At \(scale.name(of: state.highlight)):"
  if y < noteRow {
    screen.put(heading, x: 2, y: y, tone: .normal, bold: true)
    let summary = highlighted?.summary ?? ""
    y = drawParagraph(
      summary, x: 3 + DisplayWidth.of(heading), y: y, width: width - 5 - DisplayWidth.of(heading),
      maxLines: max(1, noteRow - y - 1), &screen)
  }
  for indicator in highlighted?.indicators ?? [] where y < noteRow {
    screen.put("•", x: 4, y: y, tone: .dim)
    y = drawParagraph(
      indicator, x: 6, y: y, width: width - 8, maxLines: max(1, noteRow - y), &screen)
  }
  if let note = state.assessment.ratings[skill.id]?.note {
    let x = screen.put("Note: ", x: 2, y: noteRow, tone: .dim, bold: true)
    screen.put(note, x: x, y: noteRow, tone: .dim, limit: width - x - 2)
  }
}
