import CNcursesw
import SkillgapUI

extension Theme {
  /// Defines a colour pair for each palette colour, on the terminal's default background.
  func installPairs() {
    guard color else { return }
    for value in Int16(0)...Int16(7) {
      init_pair(value + 1, value, -1)
    }
  }

  /// The curses attributes and colour pair of a cell.
  func curses(for cell: Cell) -> (attributes: UInt32, pair: Int16) {
    let style = style(for: cell)
    var attributes = sg_a_normal()
    if style.bold { attributes |= sg_a_bold() }
    if style.reverse { attributes |= sg_a_reverse() }
    if style.underline { attributes |= sg_a_underline() }
    if style.dim { attributes |= sg_a_dim() }
    let pair = style.foreground.map { $0.rawValue + 1 } ?? 0
    return (attributes, pair)
  }
}
