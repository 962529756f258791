import SkillgapCore

/// The rows a panel that wants `wanted` rows (frame included) gets on a screen.
func panelHeight(_ wanted: Int, screenHeight: Int) -> Int {
  max(3, min(wanted, screenHeight - 2))
}

/// A framed panel centred on the screen; returns the inner rectangle.
func drawPanel(
  title: String, width wanted: Int, height wantedHeight: Int, _ screen: inout Screen
) -> (x: Int, y: Int, width: Int, height: Int) {
  let width = min(wanted, screen.width - 4)
  let frameHeight = panelHeight(wantedHeight, screenHeight: screen.height)
  let x = (screen.width - width) / 2
  let y = max(1, (screen.height - frameHeight) / 2)
  // The rows it spans are cleared from edge to edge: a marker of the screen below (the level
  // list's ▸ and ●, a summary's …) beside a panel's row reads as that row's.
  screen.fill(x: 0, y: y, width: screen.width, height: frameHeight)
  let horizontal = String(repeating: "─", count: max(0, width - 2))
  screen.put("┌" + horizontal + "┐", x: x, y: y, tone: .title)
  for row in 1..<max(1, frameHeight - 1) {
    screen.put("│", x: x, y: y + row, tone: .title)
    screen.put("│", x: x + width - 1, y: y + row, tone: .title)
  }
  screen.put("└" + horizontal + "┘", x: x, y: y + frameHeight - 1, tone: .title)
  screen.put(" \(title) ", x: x + 2, y: y, tone: .title, bold: true, limit: width - 4)
  return (x + 2, y + 1, width - 4, frameHeight - 2)
}

extension AppState {
  /// Every key of the current screen, with the digits of this framework's scale.
  public var helpEntries: [KeyHelp] {
    let keys = withScaleDigits(mode.keys)
    guard mode == .rate else { return keys }
    // The framework's level rule, in its own words, after the keys that tick indicators.
    // Wrapped to the panel's action column (the panel is at most 64 wide, keys take 16 + 2).
    let room = max(20, min(64, size.width - 4) - 4 - 18)
    let rule = framework.levelRule.summary.wrapped(to: room).enumerated().map { index, line in
      KeyHelp(index == 0 ? "Level rule" : "", line)
    }
    return keys + rule
  }

  /// Keys with "0–9" (in help and footer) narrowed to this framework's scale.
  func withScaleDigits(_ keys: [KeyHelp]) -> [KeyHelp] {
    let highest = framework.scale.highest
    return keys.map { help in
      guard help.keys == "0–9" else { return help }
      var help = help
      help.keys = "0–\(highest)"
      if help.footer != nil { help.footer = "0-\(highest):pick" }
      return help
    }
  }

  /// The rows of keys the help panel shows: all of them in a tall enough window. The panel
  /// keeps a row for the scroll hint and one for the mouse.
  public var helpVisibleRows: Int {
    let frame = panelHeight(helpEntries.count + 4, screenHeight: size.height)
    return max(1, min(helpEntries.count, frame - 4))
  }
}

func drawOverlay(_ overlay: AppState.Overlay, _ state: AppState, _ screen: inout Screen) {
  switch overlay {
  case .help(let top):
    let keys = state.helpEntries
    let keyWidth = min(16, keys.map { DisplayWidth.of($0.keys) }.max() ?? 8)
    // The panel wants a row per key, one for the scroll hint and one for the mouse.
    let box = drawPanel(
      title: "Keys: \(state.mode.title)", width: 64, height: keys.count + 4, &screen)
    let rows = state.helpVisibleRows
    for (row, help) in keys.dropFirst(top).prefix(rows).enumerated() {
      screen.put(help.keys, x: box.x, y: box.y + row, tone: .key, bold: true, limit: keyWidth)
      screen.put(
        help.action, x: box.x + keyWidth + 2, y: box.y + row, limit: box.width - keyWidth - 2)
    }
    if rows < keys.count {
      drawScrollHint(
        top: top, visible: rows, total: keys.count, x: box.x + box.width + 1, y: box.y, &screen)
      let below = keys.count - rows - top
      let hint =
        below > 0
        ? "j/↓ \(below) more · any other key closes" : "k/↑ back up · any other key closes"
      screen.put(hint, x: box.x, y: box.y + rows, tone: .dim, limit: box.width)
    }
    let mouse =
      state.mode == .rate
      ? "Mouse: click picks a level; wheel moves highlight."
      : "Mouse: the wheel scrolls."
    screen.put(mouse, x: box.x, y: box.y + box.height - 1, tone: .dim, limit: box.width)
  case .levels(let top):
    drawLevelSheet(top: top, state, &screen)
  case .note(let editor):
    let name = state.currentSkill?.name ?? ""
    let box = drawPanel(title: "Note for \(name)", width: 70, height: 6, &screen)
    screen.put(
      "Evidence: a project, a link, a course.", x: box.x, y: box.y, tone: .dim, limit: box.width)
    drawEditor(editor, x: box.x, y: box.y + 2, width: box.width, &screen)
  case .search(let editor, let selection):
    let matches = state.searchMatches(editor.text)
    let box = drawPanel(title: "Find a skill", width: 64, height: screen.height - 4, &screen)
    drawEditor(editor, x: box.x, y: box.y, width: box.width, &screen)
    let rows = box.height - 2
    let top = max(0, selection - rows + 1)
    if matches.isEmpty {
      screen.put("No skill matches.", x: box.x, y: box.y + 2, tone: .warning)
    }
    for (row, index) in matches.dropFirst(top).prefix(rows).enumerated() {
      let skill = state.framework.skills[index]
      let category = state.framework.category(skill.category)?.name ?? ""
      let y = box.y + 2 + row
      let x = screen.put(skill.name, x: box.x, y: y, limit: box.width)
      screen.put("  " + category, x: x, y: y, tone: .dim, limit: box.width - (x - box.x))
      if top + row == selection { screen.tint(x: box.x, y: y, width: box.width, tone: .highlight) }
    }
    drawScrollHint(
      top: top, visible: rows, total: matches.count, x: box.x + box.width + 1, y: box.y + 2,
      &screen)
    screen.cursor = editorCursor(editor, x: box.x, y: box.y, width: box.width)
  case .categories(let selection, _):
    let categories = state.framework.categories
    let box = drawPanel(
      title: "Jump to a category", width: 56, height: categories.count + 2, &screen)
    let top = max(0, selection - box.height + 1)
    for (row, category) in categories.enumerated().dropFirst(top).prefix(box.height) {
      let skills = state.framework.skills(in: category.id)
      let answered = skills.filter { state.assessment.isAnswered($0.id) }.count
      let y = box.y + row - top
      let count = "\(answered)/\(skills.count)"
      screen.put("\(row + 1)".padded(to: 3), x: box.x, y: y, tone: .key)
      screen.put(category.name, x: box.x + 3, y: y, limit: box.width - 10)
      screen.put(
        count, x: box.x + box.width - DisplayWidth.of(count), y: y,
        tone: answered == skills.count ? .good : .dim)
      if row == selection { screen.tint(x: box.x, y: y, width: box.width, tone: .highlight) }
    }
    drawScrollHint(
      top: top, visible: box.height, total: categories.count, x: box.x + box.width + 1,
      y: box.y, &screen)
  case .targets(let selection):
    let roles = state.framework.roles
    let box = drawPanel(title: "Target role", width: 76, height: roles.count + 3, &screen)
    let rows = box.height
    let top = max(0, selection - rows + 1)
    for row in top..<min(roles.count + 1, top + rows) {
      let y = box.y + row - top
      if row < roles.count {
        let role = roles[row]
        // "yrs": a domain variant's title leaves the details 36 columns at 80×24.
        let years = role.years.map { "\($0.figures) yrs" } ?? ""
        let detail = [role.track, "level \(role.seniority)", years]
          .filter { !$0.isEmpty }.joined(separator: " · ")
        let isTarget = role.id == state.assessment.target
        // The title keeps two columns before the details, which always start just past
        // mid-panel (a domain variant's title, "Principal ML Engineer (forecasting)", fits).
        let split = box.width / 2 + 1
        let x = screen.put(
          role.title, x: box.x, y: y, bold: isTarget, limit: split - (isTarget ? 4 : 2))
        // The current target carries the ◆ it has on the roles screen.
        if isTarget { screen.put(" ◆", x: x, y: y, tone: .barTarget, bold: true) }
        screen.put(detail, x: box.x + split, y: y, tone: .dim, limit: box.width - split)
      } else {
        let x = screen.put("Decide later", x: box.x, y: y, tone: .dim)
        if state.assessment.target == nil {
          screen.put(" ◆", x: x, y: y, tone: .barTarget, bold: true)
        }
      }
      if row == selection { screen.tint(x: box.x, y: y, width: box.width, tone: .highlight) }
    }
  }
}

func drawEditor(_ editor: LineEditor, x: Int, y: Int, width: Int, _ screen: inout Screen) {
  let shown = editor.visible(width: width)
  screen.put(String(repeating: "_", count: width), x: x, y: y, tone: .dim)
  screen.put(shown.text, x: x, y: y, tone: .normal, underline: true)
  screen.cursor = (x + shown.cursorColumn, y)
}

func editorCursor(_ editor: LineEditor, x: Int, y: Int, width: Int) -> (x: Int, y: Int) {
  (x + editor.visible(width: width).cursorColumn, y)
}
