import SkillgapCore

func drawExport(_ state: AppState, _ screen: inout Screen) {
  let width = screen.width
  var y = 2
  let target = state.targetRole?.title ?? "no target role yet (press t)"
  screen.put("Export the study plan for: ", x: 2, y: y, tone: .dim)
  screen.put(target, x: 29, y: y, bold: true, limit: width - 31)
  y += 1
  screen.put(
    "\(state.hoursPerWeek) hours a week, from the plan screen (+/- there).", x: 2, y: y,
    tone: .dim, limit: width - 4)
  y += 2
  for (row, format) in ExportChoices.Format.allCases.enumerated() {
    let on = state.export.formats.contains(format)
    let x = screen.put(on ? "[x] " : "[ ] ", x: 4, y: y, tone: on ? .selected : .dim, bold: on)
    let after = screen.put(format.title.padded(to: 28), x: x, y: y)
    screen.put(
      "." + format.fileExtension, x: after + 1, y: y, tone: .dim)
    if state.export.focus == row { focus(y, &screen) }
    y += 1
  }
  y += 1
  screen.put("Files:", x: 4, y: y, bold: true)
  let fieldX = 11
  let fieldWidth = width - fieldX - 2
  if state.export.editingPath {
    drawEditor(state.export.path, x: fieldX, y: y, width: fieldWidth, &screen)
  } else {
    screen.put(state.export.path.text + ".*", x: fieldX, y: y, tone: .normal, limit: fieldWidth)
  }
  if state.export.focus == AppState.exportPathRow && !state.export.editingPath { focus(y, &screen) }
  y += 2
  screen.put("[ Write the files ]", x: 4, y: y, tone: .normal, bold: true)
  if state.export.focus == AppState.exportButtonRow { focus(y, &screen) }
  y += 2
  guard let outcome = state.export.outcome else { return }
  for file in outcome.written where y < screen.height - 2 {
    screen.put("✓ " + file, x: 4, y: y, tone: .good, limit: width - 6)
    y += 1
  }
  if let error = outcome.error, y < screen.height - 2 {
    drawParagraph(
      "✗ " + error, x: 4, y: y, width: width - 6, maxLines: screen.height - 2 - y, tone: .bad,
      &screen)
  }
}

private func focus(_ y: Int, _ screen: inout Screen) {
  screen.tint(x: 2, y: y, width: screen.width - 4, tone: .highlight)
  screen.put("▸", x: 2, y: y, tone: .highlight, bold: true)
}
