import SkillgapCore

/// The panel `i` opens on the rating screen: the skill's description and every level with its
/// full descriptor and all its indicators, for reading and comparing when the screen is too
/// small to show them, or to see the levels side by side.
struct LevelSheet {
  /// The panel's lines, at the panel's inner width.
  var lines: [StyledLine] = []
  /// The line of each level's heading, by level.
  var headings: [Int] = []
  /// The lines the panel shows at once in the state's window (it keeps a row for its hint).
  var visibleRows = 1
  /// The line of the focused indicator, if one is focused.
  var focusLine: Int?

  /// The widest the panel gets, frame included: wider lines are hard to read.
  static let panelWidth = 100

  init(_ state: AppState) {
    defer {
      visibleRows = max(1, panelHeight(lines.count + 3, screenHeight: state.size.height) - 3)
    }
    guard let skill = state.currentSkill else { return }
    let width = Self.innerWidth(state.size)
    let scale = state.framework.scale
    let answer = state.assessment.ratings[skill.id]?.answer
    let required = state.hideRequirements ? nil : state.targetRole?.requirement(for: skill.id)
    lines = StyledLine.paragraph(skill.summary, width: width, indent: 0, tone: .normal)
    for (value, level) in scale.levels.enumerated() {
      lines.append(StyledLine())
      headings.append(lines.count)
      var heading = StyledLine(value == state.highlight ? "▸ " : "  ", tone: .highlight, bold: true)
        .and("\(value) ", tone: .key, bold: true).and(level.name, bold: true)
      if answer == .level(value) { heading = heading.and("  ● your answer", tone: .selected) }
      if let required, required.level == value {
        let importance = state.framework.importance(required.importance)?.name ?? ""
        heading = heading.and("  ◆ required (\(importance))", tone: .barTarget, bold: true)
      }
      lines.append(heading)
      let summary = skill.level(value)?.summary ?? level.summary
      lines += StyledLine.paragraph(summary, width: width, indent: 4, tone: .normal)
      let ticks = state.assessment.ticks(of: skill.id)
      for (index, indicator) in (skill.level(value)?.indicators ?? []).enumerated() {
        let tick = IndicatorTick(level: value, index: index)
        let ticked = ticks.contains(tick)
        let focused = state.ticking.sheet == tick
        if focused { focusLine = lines.count }
        for (offset, text) in indicator.wrapped(to: max(10, width - 8)).enumerated() {
          let line = StyledLine(
            focused && offset == 0 ? "  ▸ " : "    ", tone: focused ? .highlight : .normal,
            bold: true
          )
          .and(offset == 0 ? (ticked ? "✓ " : "☐ ") : "  ", tone: ticked ? .selected : .dim)
          lines.append(line.and(text, tone: focused ? .highlight : .normal))
        }
      }
    }
    lines.append(StyledLine())
    lines += StyledLine.paragraph(
      "Level rule: " + state.framework.levelRule.summary, width: width, indent: 0, tone: .dim)
    if let suggested = state.suggestedLevel {
      lines.append(
        StyledLine("Your ticks support ", tone: .good)
          .and(scale.name(of: suggested), tone: .good, bold: true)
          .and(" (a on the rating screen takes it).", tone: .good))
    }
  }

  /// The width inside the panel's frame and margins.
  static func innerWidth(_ size: Size) -> Int {
    min(panelWidth, size.width - 4) - 4
  }

  /// A first line kept within the lines.
  func clamped(_ top: Int) -> Int {
    max(0, min(top, lines.count - visibleRows))
  }

  /// The first line shown when the panel opens: the top, unless that hides the highlighted
  /// level, which is then shown from its heading.
  func openingTop(highlight: Int) -> Int {
    guard headings.indices.contains(highlight) else { return 0 }
    let end = headings.indices.contains(highlight + 1) ? headings[highlight + 1] - 1 : lines.count
    return end > visibleRows ? clamped(headings[highlight]) : 0
  }
}

func drawLevelSheet(top: Int, _ state: AppState, _ screen: inout Screen) {
  guard let skill = state.currentSkill else { return }
  let sheet = LevelSheet(state)
  // The panel takes the whole body: the rating screen around a panel this large only distracts.
  screen.fill(x: 0, y: 1, width: screen.width, height: screen.height - 2)
  let box = drawPanel(
    title: "\(skill.name): every level", width: LevelSheet.panelWidth,
    height: sheet.lines.count + 3, &screen)
  let rows = sheet.visibleRows
  for (row, line) in sheet.lines.dropFirst(top).prefix(rows).enumerated() {
    drawLine(line, x: box.x, y: box.y + row, right: box.x + box.width, &screen)
  }
  drawScrollHint(
    top: top, visible: rows, total: sheet.lines.count, x: box.x + box.width + 1, y: box.y,
    &screen)
  let highest = state.framework.scale.highest
  let below = sheet.lines.count - rows - top
  let hint =
    below > 0
    ? "j/↓ \(below) more · [ ] Space tick · 0–\(highest) picks · other keys close"
    : "[ ] Space tick · 0–\(highest) picks a level · other keys close"
  screen.put(hint, x: box.x, y: box.y + box.height - 1, tone: .dim, limit: box.width)
}
