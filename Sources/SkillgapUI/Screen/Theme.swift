import SkillgapCore

/// How a tone looks on a terminal: attributes and a colour from the terminal's own palette.
public struct CellStyle: Sendable, Equatable, Hashable {
  /// The eight colours every colour terminal has; the terminal's theme decides their shades.
  public enum PaletteColor: Int16, Sendable, Equatable, Hashable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
  }

  public var bold = false
  public var reverse = false
  public var underline = false
  public var dim = false
  /// The foreground colour, or nil for the terminal's default.
  public var foreground: PaletteColor?

  /// Creates a style (plain text by default).
  public init(
    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
    foreground: PaletteColor? = nil
  ) {
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
    self.foreground = foreground
  }
}

/// The two themes: colours, or monochrome (`NO_COLOR`, TERM=vt100) built from bold, reverse and
/// underline so that every state stays visible without colour.
public struct Theme: Sendable, Equatable {
  /// Whether colours are used.
  public let color: Bool

  /// Creates a theme.
  public init(color: Bool) {
    self.color = color
  }

  /// The style of a cell.
  public func style(for cell: Cell) -> CellStyle {
    var style = CellStyle()
    switch cell.tone {
    case .normal: break
    case .title, .highlight: style.reverse = true
    case .dim: style.dim = color
    case .selected:
      style.bold = true
      if color { style.foreground = .green } else { style.underline = true }
    case .bad:
      style.bold = true
      if color { style.foreground = .red } else { style.underline = true }
    case .barTarget:
      style.bold = true
      if color { style.foreground = .magenta } else { style.underline = true }
    case .key:
      style.bold = true
      if color { style.foreground = .cyan }
    case .good:
      style.bold = true
      if color { style.foreground = .green }
    case .warning:
      if color { style.foreground = .yellow } else { style.underline = true }
    case .barFill:
      if color { style.foreground = .cyan }
    }
    if cell.bold { style.bold = true }
    if cell.underline { style.underline = true }
    return style
  }

  /// A map of a screen's styles, one letter per cell, for golden files: `.` plain, `B` bold,
  /// `R` reverse, `U` underline, `X` bold and reverse, `Z` bold and underline, `D` dim, `C`
  /// coloured.
  public func styleMap(_ screen: Screen) -> String {
    (0..<screen.height).map { row in
      String(
        (0..<screen.width).map { column -> Character in
          let style = self.style(for: screen[column, row])
          switch (style.bold, style.reverse, style.underline) {
          case (true, true, _): return "X"
          case (true, false, true): return "Z"
          case (true, false, false): return style.foreground == nil ? "B" : "C"
          case (false, true, _): return "R"
          case (false, false, true): return "U"
          default: return style.dim ? "D" : (style.foreground == nil ? "." : "C")
          }
        })
    }.joined(separator: "\n") + "\n"
  }
}
