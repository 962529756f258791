import SkillgapCore

func drawExport(_ state: AppState, _ screen: inout Screen) {
  let width = screen.width
  // In a short window the blank lines go, so the outcome still has room.
  let gap = screen.height >= 24 ? 1 : 0
  var y = 2
  let target = state.targetRole?.title ?? "no target role yet (press t)"
  screen.put("Export the study plan for: ", x: 2, y: y, tone: .dim)
  screen.put(target, x: 29, y: y, bold: true, limit: width - 31)
  y += 1
  screen.put(
    "\(state.hoursPerWeek) hours a week, from the plan screen (+/- there).", x: 2, y: y,
    tone: .dim, limit: width - 4)
  y += 1 + gap
  for (row, format) in ExportChoices.Format.allCases.enumerated() {
    let on = state.export.formats.contains(format)
    let x = screen.put(on ? "[x] " : "[ ] ", x: 4, y: y, tone: on ? .selected : .dim, bold: on)
    let after = screen.put(format.title.padded(to: 28), x: x, y: y)
    screen.put(
      "." + format.fileExtension, x: after + 1, y: y, tone: .dim)
    if state.export.focus == row { focus(y, &screen) }
    y += 1
  }
  y += gap
  screen.put("Files:", x: 4, y: y, bold: true)
  let fieldX = 11
  let fieldWidth = width - fieldX - 2
  if state.export.editingPath {
    drawEditor(state.export.path, x: fieldX, y: y, width: fieldWidth, &screen)
  } else {
    screen.put((state.export.path.text + ".*").truncatedFromStart(to: fieldWidth), x: fieldX, y: y)
  }
  if state.export.focus == AppState.exportPathRow && !state.export.editingPath { focus(y, &screen) }
  y += 1 + gap
  screen.put("[ Write the files ]", x: 4, y: y, tone: .normal, bold: true)
  if state.export.focus == AppState.exportButtonRow { focus(y, &screen) }
  y += 1 + gap
  guard let outcome = state.export.outcome else { return }
  let bottom = screen.height - 1
  switch outcome.question {
  case .createFolder(let folder)?:
    y = drawParagraph(
      "? The folder \(folder) does not exist.", x: 4, y: y, width: width - 6,
      maxLines: max(1, bottom - y - 1), tone: .warning, &screen)
    drawParagraph(
      "Press w to create it and write the files, or change the path.", x: 6, y: y,
      width: width - 8, maxLines: bottom - y, tone: .dim, &screen)
    return
  case .replace(let files)?:
    let heading = files.count == 1 ? "? This file exists:" : "? These files exist:"
    screen.put(heading, x: 4, y: y, tone: .warning, limit: width - 6)
    y += 1
    // Every file that fits, keeping a row for the prompt; the rest are counted.
    let room = max(1, bottom - 1 - y)
    let shown = files.count <= room ? files : Array(files.prefix(room - 1))
    for file in shown {
      screen.put(file.truncatedFromStart(to: width - 8), x: 6, y: y, tone: .normal)
      y += 1
    }
    if shown.count < files.count {
      screen.put("… and \(files.count - shown.count) more", x: 6, y: y, tone: .dim)
      y += 1
    }
    drawParagraph(
      "Press w to replace \(files.count == 1 ? "it" : "them"), or change the path.", x: 6,
      y: y, width: width - 8, maxLines: bottom - y, tone: .dim, &screen)
    return
  case nil:
    break
  }
  // Every file written that fits; the rest are counted.
  let room = max(1, bottom - y)
  let written =
    outcome.written.count <= room ? outcome.written : Array(outcome.written.prefix(room - 1))
  for file in written {
    screen.put("✓ " + file.truncatedFromStart(to: width - 8), x: 4, y: y, tone: .good)
    y += 1
  }
  if written.count < outcome.written.count {
    screen.put(
      "✓ … and \(outcome.written.count - written.count) more beside them", x: 4, y: y,
      tone: .good, limit: width - 6)
    y += 1
  }
  if let error = outcome.error, y < bottom {
    drawParagraph(
      "✗ " + error, x: 4, y: y, width: width - 6, maxLines: bottom - y, tone: .bad, &screen)
  }
}

private func focus(_ y: Int, _ screen: inout Screen) {
  screen.tint(x: 2, y: y, width: screen.width - 4, tone: .highlight)
  screen.put("▸", x: 2, y: y, tone: .highlight, bold: true)
}
