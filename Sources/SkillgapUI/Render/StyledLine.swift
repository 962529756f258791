import SkillgapCore

/// A line of a scrolling text view: runs of text, each with a tone.
struct StyledLine: Equatable {
  struct Run: Equatable {
    var text: String
    var tone: Tone
    var bold: Bool
  }

  var runs: [Run] = []

  init() {}

  init(_ text: String, tone: Tone = .normal, bold: Bool = false) {
    runs = [Run(text: text, tone: tone, bold: bold)]
  }

  /// Appends a run and returns the line, for chaining.
  func and(_ text: String, tone: Tone = .normal, bold: Bool = false) -> StyledLine {
    var line = self
    line.runs.append(Run(text: text, tone: tone, bold: bold))
    return line
  }

  /// Wrapped text as lines of one tone, indented.
  static func paragraph(_ text: String, width: Int, indent: Int, tone: Tone = .dim) -> [StyledLine]
  {
    let pad = String(repeating: " ", count: indent)
    return text.wrapped(to: max(10, width - indent)).map { StyledLine(pad + $0, tone: tone) }
  }

  /// What begins a list item, measured once (a long plan has thousands of items).
  struct Mark {
    let text: String
    let width: Int
    /// As many spaces as the mark is wide, for the item's further lines.
    let under: String

    init(_ text: String) {
      self.text = text
      width = DisplayWidth.of(text)
      under = String(repeating: " ", count: width)
    }

    static let dot = Mark("• ")
    static let box = Mark("☐ ")
    static let dash = Mark("– ")
  }

  /// A list item: `mark` (a dot, a box for a step) after `indent` columns, the text wrapped
  /// under itself, within `width`.
  static func bullet(
    _ text: String, width: Int, indent: Int, mark: Mark = .dot, tone: Tone = .normal
  ) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    return text.wrapped(to: max(10, width - indent - mark.width)).enumerated().map {
      index, line in
      StyledLine(pad + (index == 0 ? mark.text : mark.under) + line, tone: tone)
    }
  }
}

/// Draws the visible part of a scrolling view into the body rows.
func drawLines(_ lines: [StyledLine], scroll: Int, top: Int = 1, _ screen: inout Screen) {
  let rows = screen.height - 1 - top
  guard rows > 0 else { return }
  for row in 0..<rows {
    let index = scroll + row
    guard lines.indices.contains(index) else { break }
    // Lines are made for `width - 2` columns from column 1; the last column holds the arrows.
    drawLine(lines[index], x: 1, y: top + row, right: screen.width - 1, &screen)
  }
  drawScrollHint(
    top: scroll, visible: rows, total: lines.count, x: screen.width - 1, y: top, &screen)
}

/// A bar of current against required levels: filled to `current`, shaded up to `required`.
func levelBar(current: Double, required: Double, highest: Int, cellsPerLevel: Int) -> StyledLine {
  let total = highest * cellsPerLevel
  let filled = min(total, Int((current * Double(cellsPerLevel)).rounded()))
  let needed = min(total, Int((required * Double(cellsPerLevel)).rounded()))
  var line = StyledLine()
  line = line.and(String(repeating: "█", count: filled), tone: .barFill)
  if needed > filled {
    line = line.and(String(repeating: "░", count: needed - filled), tone: .bad)
  }
  let rest = total - max(filled, needed)
  if rest > 0 { line = line.and(String(repeating: "·", count: rest), tone: .dim) }
  return line
}

/// Draws a line's runs from column `x`, clipped before column `right`; returns the next column.
@discardableResult
func drawLine(_ line: StyledLine, x: Int, y: Int, right: Int, _ screen: inout Screen) -> Int {
  var x = x
  for run in line.runs {
    let room = right - x
    guard room > 0 else { break }
    x = screen.put(run.text.truncated(to: room), x: x, y: y, tone: run.tone, bold: run.bold)
  }
  return x
}
