import SkillgapCore

/// Where the rating screen puts things, shared by drawing and mouse handling.
///
/// The description gives way to the highlighted level's block down to two lines, so that at
/// 80×24 every level of the default framework shows its descriptor and all its indicators
/// (what does not fit says so and `i` shows it). The split depends on the skill's tallest level,
/// not the highlighted one, so moving the highlight never moves the layout.
struct RateLayout {
  /// The first row of the level list.
  let firstLevelRow: Int
  /// The number of levels.
  let levelCount: Int
  /// The rows the skill's description takes.
  let descriptionLines: Int
  /// The skill's description wrapped to the window (all of it; ``descriptionLines`` are shown).
  let descriptionText: [String]
  /// Whether the description has more lines than it is given.
  let descriptionCut: Bool
  /// The first row of the highlighted level's block.
  let indicatorsRow: Int
  /// The row after the highlighted level's block: the note's row, or the footer's.
  let detailEnd: Int
  /// Each level's summary as it is drawn: wrapped when the window has room for every line of
  /// every level, else one line each (cut with "…").
  let levelLines: [[String]]
  /// The first row of each level.
  let levelStarts: [Int]
  /// Each level's block (``levelDetail(_:_:_:ticks:focus:width:)``) with nothing ticked or
  /// focused, as measured for the layout: a highlight move draws it without wrapping it again.
  let plainDetails: [[StyledLine]]
  /// The level rule's line below the block, for this width.
  let ruleText: String

  init(_ state: AppState, width: Int) {
    let skill = state.currentSkill
    let scale = state.framework.scale
    let height = state.size.height
    levelCount = scale.levels.count
    let hasNote = skill.flatMap { state.assessment.ratings[$0.id]?.note } != nil
    detailEnd = height - (hasNote ? 2 : 1)
    // Rows for the description, the blank lines around the level list and the level's block.
    let spare = detailEnd - 3 - levelCount
    plainDetails =
      skill.map { skill in
        scale.levels.indices.map { levelDetail(skill, $0, scale, width: width) }
      } ?? []
    let tallest = plainDetails.map(\.count).max() ?? 0
    ruleText = ruleLine(state.framework.levelRule, room: width - 6)
    descriptionText = (skill?.summary ?? "").wrapped(to: width - 4)
    let wanted = descriptionText.count
    // The blank lines around the level list go when that is what lets the tallest level fit,
    // and in a small window with a long scale, where most of the description goes too; the
    // level list always keeps its rows.
    let gap = spare >= 6 && (spare - 2 - tallest >= 2 || spare - tallest < 2) ? 1 : 0
    if spare >= 6 {
      descriptionLines = min(wanted, max(2, spare - 2 * gap - tallest))
    } else {
      descriptionLines = min(wanted, spare >= 3 ? 1 : 0)
    }
    descriptionCut = descriptionLines < wanted
    firstLevelRow = 3 + descriptionLines + gap
    // Summaries wrap only when every line of every level fits beside the whole description
    // and the tallest level's block, so a tall window shows them whole and a small one keeps
    // today's one row per level.
    let room = Self.summaryRoom(state, width: width)
    let wrapped = scale.levels.indices.map { value -> [String] in
      let text = skill?.level(value)?.summary ?? scale.levels[value].summary
      let lines = text.wrapped(to: max(10, room))
      return lines.isEmpty ? [""] : lines
    }
    let extra = wrapped.reduce(0) { $0 + $1.count } - levelCount
    let fits = !descriptionCut && extra > 0 && spare - 2 * gap - tallest - descriptionLines >= extra
    levelLines =
      fits
      ? wrapped
      : scale.levels.indices.map { value in
        [(skill?.level(value)?.summary ?? scale.levels[value].summary).truncated(to: room)]
      }
    var starts: [Int] = []
    var row = firstLevelRow
    for lines in levelLines {
      starts.append(row)
      row += lines.count
    }
    levelStarts = starts
    indicatorsRow = row + gap
  }

  /// Columns a level's summary has on its row: after the digit and name, before the
  /// required-level mark.
  static func summaryRoom(_ state: AppState, width: Int) -> Int {
    let scale = state.framework.scale
    let nameWidth = min(16, scale.levels.map { DisplayWidth.of($0.name) }.max() ?? 8)
    let required =
      state.hideRequirements
      ? nil : state.currentSkill.flatMap { state.targetRole?.requirement(for: $0.id) }
    let tail =
      required.map { requirement in
        " ◆ required (\(state.framework.importance(requirement.importance)?.name ?? ""))"
      } ?? ""
    return width - (6 + nameWidth) - DisplayWidth.of(tail) - 1
  }

  /// The level drawn on a screen row, if any.
  func level(atRow y: Int) -> Int? {
    guard let last = levelStarts.indices.last(where: { levelStarts[$0] <= y }) else { return nil }
    return y < levelStarts[last] + levelLines[last].count ? last : nil
  }
}

/// A level's block on the rating screen: its descriptor after an "At <level>:" heading, then its
/// "I …" indicators, each with a box that `Space` ticks, as lines that start at column 0 of a
/// screen `width` wide.
/// - Parameters:
///   - skill: The skill.
///   - value: The level.
///   - scale: The framework's scale.
///   - ticks: The indicators ticked.
///   - focus: The indicator `Space` ticks, if one is focused.
///   - width: The screen's width.
/// - Returns: The lines; their count does not depend on the ticks or the focus.
func levelDetail(
  _ skill: Skill, _ value: Int, _ scale: RatingScale, ticks: Set<IndicatorTick> = [],
  focus: Int? = nil, width: Int
) -> [StyledLine] {
  let heading = "At \(scale.name(of: value)):"
  let indent = 3 + DisplayWidth.of(heading)
  let summary = skill.level(value)?.summary ?? scale.level(value)?.summary ?? ""
  var lines = [StyledLine("  ").and(heading, bold: true)]
  for (index, text) in summary.wrapped(to: max(10, width - 2 - indent)).enumerated() {
    if index == 0 {
      lines[0] = lines[0].and(" " + text)
    } else {
      lines.append(StyledLine(String(repeating: " ", count: indent) + text))
    }
  }
  let indicators = skill.level(value)?.indicators ?? []
  for (index, indicator) in indicators.enumerated() {
    let ticked = ticks.contains(IndicatorTick(level: value, index: index))
    let focused = focus == index
    let box = ticked ? "✓ " : "☐ "
    for (offset, text) in indicator.wrapped(to: max(10, width - 8)).enumerated() {
      // An indicator neither ticked nor focused is one plain run, as a bullet was: a highlight
      // move that ticks nothing sends no more attribute changes than before.
      guard ticked || focused else {
        lines.append(StyledLine("    " + (offset == 0 ? box : "  ") + text))
        continue
      }
      var line =
        focused && offset == 0
        ? StyledLine("  ▸ ", tone: .highlight, bold: true) : StyledLine("    ")
      line = line.and(offset == 0 ? box : "  ", tone: ticked ? .selected : .normal, bold: ticked)
      lines.append(line.and(text, tone: focused ? .highlight : .normal))
    }
  }
  return lines
}

/// The line after the last line of an indicator in ``levelDetail(_:_:_:ticks:focus:width:)``'s
/// lines (the same wrapping), for scrolling the block to it.
func detailLineEnd(
  _ skill: Skill, _ value: Int, _ scale: RatingScale, indicator: Int, width: Int
) -> Int {
  let heading = "At \(scale.name(of: value)):"
  let indent = 3 + DisplayWidth.of(heading)
  let summary = skill.level(value)?.summary ?? scale.level(value)?.summary ?? ""
  var end = max(1, summary.wrapped(to: max(10, width - 2 - indent)).count)
  for text in (skill.level(value)?.indicators ?? []).prefix(indicator + 1) {
    end += text.wrapped(to: max(10, width - 8)).count
  }
  return end
}

func drawRate(_ state: AppState, _ screen: inout Screen) {
  guard let skill = state.currentSkill else { return }
  let width = screen.width
  let framework = state.framework
  let scale = framework.scale
  let layout = state.rateLayout(width: width)
  let inCategory = framework.skills(in: skill.category)
  let position = (inCategory.firstIndex { $0.id == skill.id } ?? 0) + 1
  let answeredInCategory = inCategory.filter { state.assessment.isAnswered($0.id) }.count
  let category = framework.category(skill.category)?.name ?? skill.category
  var x = 2
  if let pass = state.quickPass, let place = pass.skills.firstIndex(of: skill.id) {
    // In a re-assessment: which of its skills this is, why it came back, when it was rated.
    var line =
      (pass.isQuick ? "Quick assessment, " : "Re-assessing ")
      + "\(place + 1) of \(pass.skills.count): "
      + pass.why(skill.id, months: framework.staleAfterMonths)
    if let rated = state.assessment.ratings[skill.id]?.ratedAt,
      state.assessment.isAnswered(skill.id)
    {
      let day = CalendarDay.fromDayNumber(
        Int((rated.timeIntervalSince1970 / 86_400).rounded(.down)))
      line += ", on \(day.iso); Enter keeps it"
    }
    screen.put(line, x: 2, y: 1, tone: .warning, limit: width - 10)
  } else {
    x = screen.put(
      "\(category) · skill \(position) of \(inCategory.count)", x: 2, y: 1, tone: .dim)
    x = screen.put("  (\(answeredInCategory) answered)", x: x, y: 1, tone: .dim)
  }
  // The place among the skills the walk goes through (an optional skill left out says so).
  let counter =
    state.walkedPosition(state.skillIndex).map { "\($0)/\(state.walkedCount)" } ?? "optional"
  screen.put(counter, x: width - DisplayWidth.of(counter) - 2, y: 1, tone: .dim)

  let answer = state.assessment.ratings[skill.id]?.answer
  x = screen.put(skill.name, x: 2, y: 2, tone: .normal, bold: true, limit: width - 30)
  let answerEnd: Int
  switch answer {
  case .level(let value)?:
    answerEnd = screen.put(
      "● \(scale.name(of: value))", x: x + 2, y: 2, tone: .selected, bold: true)
  case .skipped?: answerEnd = screen.put("skipped, not assessed", x: x + 2, y: 2, tone: .warning)
  case .notApplicable?: answerEnd = screen.put("not applicable", x: x + 2, y: 2, tone: .dim)
  case nil: answerEnd = screen.put("not answered yet", x: x + 2, y: 2, tone: .dim)
  }
  if let suggested = state.suggestedLevel {
    // What the ticks support by the framework's rule; the person may still pick another level.
    let long = "ticks support \(scale.name(of: suggested)) · a takes it"
    let short = "ticks: \(scale.name(of: suggested)) (a)"
    let text = width - DisplayWidth.of(long) - 2 > answerEnd + 1 ? long : short
    let right = width - DisplayWidth.of(text) - 2
    if right > answerEnd + 1 { screen.put(text, x: right, y: 2, tone: .good) }
  }
  let description = layout.descriptionText.prefix(layout.descriptionLines)
  for (offset, line) in description.enumerated() {
    guard layout.descriptionCut, offset == description.count - 1 else {
      screen.put(line, x: 2, y: 3 + offset)
      continue
    }
    // Never cut text silently: say so, and where to read all of it.
    let hint = " i: read it all"
    let shown = line.truncated(to: width - 6 - DisplayWidth.of(hint))
    let x = screen.put(shown == line ? line + " …" : shown, x: 2, y: 3 + offset)
    screen.put(hint, x: x, y: 3 + offset, tone: .dim)
  }

  let required = state.hideRequirements ? nil : state.targetRole?.requirement(for: skill.id)
  let nameWidth = min(16, scale.levels.map { DisplayWidth.of($0.name) }.max() ?? 8)
  for (value, level) in scale.levels.enumerated() {
    let y = layout.levelStarts[value]
    let isAnswer = answer == .level(value)
    if isAnswer { screen.put("●", x: 1, y: y, tone: .selected, bold: true) }
    screen.put("\(value)", x: 3, y: y, tone: .key, bold: true)
    screen.put(
      level.name.padded(to: nameWidth), x: 5, y: y, tone: isAnswer ? .selected : .normal,
      bold: isAnswer)
    var tail = ""
    if let required, required.level == value {
      tail = " ◆ required (\(framework.importance(required.importance)?.name ?? ""))"
    }
    let summaryX = 6 + nameWidth
    for (offset, line) in layout.levelLines[value].enumerated() {
      screen.put(line, x: summaryX, y: y + offset, tone: .dim)
    }
    if !tail.isEmpty {
      screen.put(tail, x: width - DisplayWidth.of(tail) - 1, y: y, tone: .barTarget, bold: true)
    }
    if value == state.highlight {
      // Only the marker, digit and name: a highlight move then resends few cells.
      screen.tint(x: 0, y: y, width: 5 + nameWidth, tone: .highlight)
      screen.put("▸", x: 0, y: y, tone: .highlight, bold: true)
    }
  }

  let ticks = state.assessment.ticks(of: skill.id)
  let focus = state.focusedRateTick?.index
  // Nothing ticked at this level and no tick focus: the block the layout already wrapped.
  let detail =
    focus == nil && !ticks.contains(where: { $0.level == state.highlight })
      && layout.plainDetails.indices.contains(state.highlight)
    ? layout.plainDetails[state.highlight]
    : levelDetail(skill, state.highlight, scale, ticks: ticks, focus: focus, width: width)
  let rows = max(0, layout.detailEnd - layout.indicatorsRow)
  let cut = detail.count > rows
  let shown = max(0, cut ? rows - 1 : rows)
  // A block taller than its rows follows the tick focus, so every indicator can be read and
  // ticked here: it starts where the focused indicator's last line is the last shown.
  var start = 0
  if cut, let focus = state.focusedRateTick?.index {
    let end = detailLineEnd(skill, state.highlight, scale, indicator: focus, width: width)
    let first = detailLineEnd(skill, state.highlight, scale, indicator: focus - 1, width: width)
    // The whole indicator when it fits (with what comes before it above), else its first lines.
    start = min(max(0, end - shown), max(0, detail.count - shown))
    if end - first > shown { start = first }
  }
  for (offset, line) in detail.dropFirst(start).prefix(shown).enumerated() {
    drawLine(line, x: 0, y: layout.indicatorsRow + offset, right: width - 1, &screen)
  }
  if cut, rows > 0 {
    let below = detail.count - start - shown
    let where_ =
      start > 0
      ? "\(start) lines above" + (below > 0 ? ", \(below) below" : "") : "\(below) more lines"
    screen.put(
      "… \(where_) · [ ] move · i: every level in full",
      x: 4, y: layout.indicatorsRow + rows - 1, tone: .dim, limit: width - 6)
  }
  // The level rule on a fixed row below the block, in words that do not depend on the level.
  if detail.count < rows, layout.detailEnd - 1 > layout.indicatorsRow {
    screen.put(
      layout.ruleText, x: 4, y: layout.detailEnd - 1, tone: .dim,
      limit: width - 6)
  }
  let noteRow = screen.height - 2
  if let note = state.assessment.ratings[skill.id]?.note {
    let x = screen.put("Note: ", x: 2, y: noteRow, tone: .dim, bold: true)
    screen.put(note, x: x, y: noteRow, tone: .dim, limit: width - x - 2)
  }
}

/// The framework's level rule in one line that fits `room` columns, the same for every level
/// (so a highlight move sends none of it): "Reached with 60 % of a level's indicators (rounded
/// up) and every level below · Space ticks".
func ruleLine(_ rule: LevelRule, room: Int) -> String {
  let percent = "\(Int((rule.share * 100).rounded())) %"
  let below = rule.cumulative ? " and every level below" : ""
  let candidates = [
    "Reached with \(percent) of a level's indicators (rounded up)\(below) · Space ticks",
    "A level is reached with \(percent) of its indicators\(below) · Space ticks",
    "Reached with \(percent) of its indicators\(below) · Space ticks",
    "Rule: \(percent) of indicators\(rule.cumulative ? " + levels below" : "") · Space ticks",
  ]
  return candidates.first { DisplayWidth.of($0) <= room } ?? candidates[candidates.count - 1]
}
