import SkillgapCore

/// Draws the state into a screen of the given size.
///
/// Pure: the same state and size always give the same screen. Below ``Size/minimum`` it draws
/// only a message saying how large the window must be.
/// - Parameters:
///   - state: What to show.
///   - size: The terminal size.
/// - Returns: The frame.
public func render(_ state: AppState, size: Size) -> Screen {
  var screen = Screen(width: size.width, height: size.height, glyphs: state.glyphs)
  guard size.isUsable else {
    drawTooSmall(&screen)
    return screen
  }
  var state = state
  state.size = size
  drawTitleBar(state, &screen)
  switch state.mode {
  case .start: drawStart(state, &screen)
  case .rate: drawRate(state, &screen)
  case .review: drawReview(state, &screen)
  case .report: drawReport(state, &screen)
  case .roles: drawRoles(state, &screen)
  case .plan: drawPlan(state, &screen)
  case .progress:
    drawLines(state.progressLines(width: screen.width), scroll: state.progressScroll, &screen)
  case .export: drawExport(state, &screen)
  case .check: drawCheck(state, &screen)
  }
  if let overlay = state.overlay { drawOverlay(overlay, state, &screen) }
  drawFooter(state, &screen)
  return screen
}

/// The message drawn when the window is smaller than the layouts need.
func drawTooSmall(_ screen: inout Screen) {
  let needed = Size.minimum
  let text =
    "skillgap needs a window of at least \(needed.width)×\(needed.height); this one is "
    + "\(screen.width)×\(screen.height). Enlarge it, or press q to quit."
  let lines = text.wrapped(to: screen.width)
  let top = max(0, (screen.height - lines.count) / 2)
  for (offset, line) in lines.enumerated() where top + offset < screen.height {
    let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
    screen.put(line, x: x, y: top + offset, tone: .warning, bold: true)
  }
}

func drawTitleBar(_ state: AppState, _ screen: inout Screen) {
  if let memo = state.freshDerived?.titleRow, memo.key == state.titleKey(width: screen.width) {
    screen.setRow(0, memo.cells)
    return
  }
  drawTitleBarRow(state, &screen)
}

extension AppState {
  /// What the title bar shows, for its memo.
  func titleKey(width: Int) -> Derived.ChromeKey {
    Derived.ChromeKey(
      parts: [mode.title, String(walkedAnsweredCount), String(walkedCount), framework.title],
      width: width, glyphs: glyphs)
  }

  /// What the footer shows, for its memo (everything ``drawFooterRow(_:_:)`` reads); nil when
  /// a long message takes rows above it.
  func footerKey(width: Int) -> Derived.ChromeKey? {
    if let message = status, takesRows(message, width: width) { return nil }
    let overlayKind: String
    switch overlay {
    case .help: overlayKind = helpVisibleRows < helpEntries.count ? "help scrolls" : "help"
    case .levels: overlayKind = "levels"
    case .note, .search: overlayKind = "editor"
    case .categories: overlayKind = "categories"
    case .targets: overlayKind = "targets"
    case nil: overlayKind = mode == .export && export.editingPath ? "path" : ""
    }
    return Derived.ChromeKey(
      parts: [
        mode.title, overlayKind, status?.text ?? "", status.map { String($0.tone.rawValue) } ?? "",
      ],
      width: width, glyphs: glyphs)
  }
}

/// Lays out the title bar on the screen's first row.
func drawTitleBarRow(_ state: AppState, _ screen: inout Screen) {
  screen.fill(x: 0, y: 0, width: screen.width, height: 1, tone: .title)
  let answered = state.walkedAnsweredCount
  let total = state.walkedCount
  // The count is padded to the total's digits so the right-aligned header keeps its columns
  // from 9/59 to 10/59; "answered" because skipped skills are still to be assessed.
  let count = String(answered).leftPadded(to: String(total).count)
  let progress = " \(count)/\(total) answered " + bar(answered, of: total, width: 10) + " "
  let right = state.mode.title + "  " + progress
  let rightWidth = DisplayWidth.of(right)
  let left = " skillgap · \(state.framework.title)"
  screen.put(
    left.truncated(to: screen.width - rightWidth - 1), x: 0, y: 0, tone: .title, bold: true)
  screen.put(right, x: screen.width - rightWidth, y: 0, tone: .title)
}

/// Whether a message is too long for the footer's side, so it takes rows above the footer.
func takesRows(_ message: AppState.Status, width: Int) -> Bool {
  DisplayWidth.of(message.text) + 2 > width * 2 / 3
}

func drawFooter(_ state: AppState, _ screen: inout Screen) {
  if let message = state.status, takesRows(message, width: screen.width) {
    drawLongStatus(message, &screen)
    return
  }
  if let memo = state.freshDerived?.footerRow, memo.key == state.footerKey(width: screen.width) {
    screen.setRow(screen.height - 1, memo.cells)
    return
  }
  drawFooterRow(state, &screen)
}

/// Lays out the footer (the screen's keys and a short message) on the screen's last row.
/// What it reads must be in ``AppState/footerKey(width:)``, or the memo would show a stale row.
func drawFooterRow(_ state: AppState, _ screen: inout Screen) {
  let y = screen.height - 1
  screen.fill(x: 0, y: y, width: screen.width, height: 1)
  var status = ""
  if let message = state.status { status = " " + message.text + " " }
  let statusWidth = min(DisplayWidth.of(status), screen.width * 2 / 3)
  var x = 1
  let limit = screen.width - statusWidth - 1
  let keys: [KeyHelp]
  switch state.overlay {
  case .help:
    keys =
      state.helpVisibleRows < state.helpEntries.count
      ? [
        KeyHelp("j/k", "", footer: "j/k:scroll"),
        KeyHelp("other keys", "", footer: "other keys:close"),
      ]
      : [KeyHelp("any key", "close", footer: "any key:close")]
  case .levels:
    keys = [
      KeyHelp("j/k", "", footer: "j/k:scroll"), KeyHelp("0–9", "", footer: "0-9:pick"),
      KeyHelp("other keys", "", footer: "other keys:close"),
    ]
  case .note, .search:
    keys = [
      KeyHelp("Enter", "", footer: "Enter:done"), KeyHelp("Esc", "", footer: "Esc:cancel"),
    ]
  case .categories:
    keys = [
      KeyHelp("↑↓", "", footer: "↑↓:move"),
      KeyHelp("1–", "", footer: "1-\(state.framework.categories.count):number"),
      KeyHelp("Enter", "", footer: "Enter:choose"), KeyHelp("Esc", "", footer: "Esc:cancel"),
    ]
  case .targets:
    keys = [
      KeyHelp("↑↓", "", footer: "↑↓:move"), KeyHelp("Enter", "", footer: "Enter:choose"),
      KeyHelp("Esc", "", footer: "Esc:cancel"),
    ]
  case nil:
    keys =
      state.mode == .export && state.export.editingPath
      ? [KeyHelp("Enter", "", footer: "Enter:done"), KeyHelp("Esc", "", footer: "Esc:cancel")]
      : state.mode.keys
  }
  // When the hints do not all fit, the unpinned ones give way, from the last.
  var shown = state.withScaleDigits(keys).filter { $0.footer != nil }
  func needed(_ keys: [KeyHelp]) -> Int {
    keys.map { DisplayWidth.of($0.footer ?? "") + 2 }.reduce(0, +)
  }
  while x + needed(shown) - 2 > limit, let last = shown.lastIndex(where: { !$0.pinned }) {
    shown.remove(at: last)
  }
  for hint in shown.compactMap(\.footer) {
    let width = DisplayWidth.of(hint)
    guard x + width <= limit else { break }
    let colon = hint.firstIndex(of: ":") ?? hint.endIndex
    x = screen.put(String(hint[..<colon]), x: x, y: y, tone: .key, bold: true)
    x = screen.put(String(hint[colon...].dropFirst()), x: x + 1, y: y, tone: .dim) + 2
  }
  if !status.isEmpty {
    let tone = state.status?.tone ?? .good
    screen.put(status.truncated(to: statusWidth), x: screen.width - statusWidth, y: y, tone: tone)
  }
}

/// A message too long for the footer's side takes the footer and up to three rows above it,
/// wrapped: such messages name files and reasons that must not be cut. The keys come back with
/// the next key press, which clears the message.
func drawLongStatus(_ message: AppState.Status, _ screen: inout Screen) {
  let width = screen.width - 2
  let rows = min(4, message.text.wrapped(to: width).count)
  let top = screen.height - rows
  screen.fill(x: 0, y: top, width: screen.width, height: rows)
  drawParagraph(
    message.text, x: 1, y: top, width: width, maxLines: rows, tone: message.tone, &screen)
}

/// A bar of `width` cells, filled in proportion to `value` of `total`.
func bar(_ value: Int, of total: Int, width: Int) -> String {
  guard total > 0, width > 0 else { return String(repeating: "░", count: max(0, width)) }
  let filled = min(width, Int((Double(value) / Double(total) * Double(width)).rounded()))
  return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}

/// Draws wrapped text into a region and returns the next free row.
@discardableResult
func drawParagraph(
  _ text: String, x: Int, y: Int, width: Int, maxLines: Int, tone: Tone = .normal,
  _ screen: inout Screen
) -> Int {
  guard maxLines > 0 else { return y }
  var lines = text.wrapped(to: width)
  if lines.count > maxLines {
    lines = Array(lines.prefix(maxLines))
    if let last = lines.popLast() { lines.append((last + " …").truncated(to: width)) }
  }
  for (offset, line) in lines.enumerated() {
    screen.put(line, x: x, y: y + offset, tone: tone, limit: width)
  }
  return y + lines.count
}
