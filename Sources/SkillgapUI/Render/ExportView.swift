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
    PlanSummary.settings(state.planOptions), x: 2, y: y,
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
    // Keeping a row for the prompt.
    y = drawFiles(files, mark: "", x: 6, y: y + 1, rows: bottom - 1 - y - 1, tone: .normal, &screen)
    drawParagraph(
      "Press w to replace \(files.count == 1 ? "it" : "them"), or change the path.", x: 6,
      y: y, width: width - 8, maxLines: bottom - y, tone: .dim, &screen)
    return
  case nil:
    break
  }
  y = drawFiles(outcome.written, mark: "✓ ", x: 4, y: y, rows: bottom - y, tone: .good, &screen)
  if let error = outcome.error, y < bottom {
    drawParagraph(
      "✗ " + error, x: 4, y: y, width: width - 6, maxLines: bottom - y, tone: .bad, &screen)
  }
}

/// Draws full paths one per row, keeping their ends, in at most `rows` rows (at least one); the
/// files that do not fit are counted on the last row. Returns the next free row.
private func drawFiles(
  _ files: [String], mark: String, x: Int, y: Int, rows: Int, tone: Tone, _ screen: inout Screen
) -> Int {
  let room = max(1, rows)
  let shown = files.count <= room ? files : Array(files.prefix(room - 1))
  let width = screen.width - x - 2
  var y = y
  for file in shown {
    screen.put(
      mark + file.truncatedFromStart(to: width - DisplayWidth.of(mark)), x: x, y: y, tone: tone)
    y += 1
  }
  if shown.count < files.count {
    screen.put(
      "\(mark)… and \(files.count - shown.count) more", x: x, y: y, tone: .dim, limit: width)
    y += 1
  }
  return y
}

private func focus(_ y: Int, _ screen: inout Screen) {
  screen.tint(x: 2, y: y, width: screen.width - 4, tone: .highlight)
  screen.put("▸", x: 2, y: y, tone: .highlight, bold: true)
}
