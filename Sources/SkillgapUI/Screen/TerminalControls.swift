/// The control strings of a terminal that drawing a frame needs, as its terminfo entry gives
/// them (the terminal adapter reads them; tests use ``ansi(unicode:scalarWidth:)``). A string
/// the terminal does not have is empty, a function it does not have nil.
public struct TerminalControls: Sendable {
  /// Clears the screen and homes the cursor (`clear`).
  public var clearScreen: [UInt8]
  /// Sets the rows that a line feed on the last of them scrolls (`csr`): a full frame makes it
  /// the whole screen, since the terminal keeps the one set for its size before a resize, and
  /// a line feed would then scroll in the middle of the frame.
  public var scrollRegion: (@Sendable (_ top: Int, _ bottom: Int) -> [UInt8])?
  /// Moves the cursor to a row and a column (`cup`).
  public var moveTo: @Sendable (_ row: Int, _ column: Int) -> [UInt8]
  /// Moves the cursor right by some columns (`cuf`).
  public var moveRight: (@Sendable (Int) -> [UInt8])?
  /// Moves the cursor to a column of its row (`hpa`).
  public var moveToColumn: (@Sendable (Int) -> [UInt8])?
  /// Moves the cursor to the first column (`cr`).
  public var carriageReturn: [UInt8]
  /// Moves the cursor down a row (`cud1`).
  public var lineDown: [UInt8]
  /// Erases from the cursor to the end of its row (`el`).
  public var clearToEnd: [UInt8]
  /// Turns every attribute and colour off (`sgr0`).
  public var plainStyle: [UInt8]
  /// Sets the attributes of a style in one string, from plain text (`sgr`).
  public var attributes: (@Sendable (CellStyle) -> [UInt8])?
  /// Turns one attribute on: `bold`, `rev`, `smul`, `dim`.
  public var bold: [UInt8]
  public var reverse: [UInt8]
  public var underline: [UInt8]
  public var dim: [UInt8]
  /// Sets the foreground colour (`setaf`).
  public var foreground: (@Sendable (CellStyle.PaletteColor) -> [UInt8])?
  /// Sets the default colours again (`op`).
  public var defaultColors: [UInt8]
  /// Hides the cursor (`civis`).
  public var hideCursor: [UInt8]
  /// Shows the cursor (`cnorm`).
  public var showCursor: [UInt8]
  /// Whether the bottom-right cell can be written without scrolling the screen: the terminal
  /// has no automatic margins, or wraps late as a VT100 does (`am`, `xenl`).
  public var writesBottomRight: Bool
  /// Whether text goes out as UTF-8; otherwise every character beyond ASCII is drawn as `?`.
  public var unicode: Bool
  /// The columns the C library gives a character (`wcwidth`), or -1 for one it cannot draw. A
  /// character whose width is not the layout's is drawn as `?`s, so that no later cell moves.
  public var scalarWidth: @Sendable (UInt32) -> Int

  /// Creates the controls of a terminal that can only clear, address the cursor and write
  /// plain text; set the others as the terminal has them.
  public init(
    clearScreen: [UInt8], moveTo: @escaping @Sendable (Int, Int) -> [UInt8], unicode: Bool,
    scalarWidth: @escaping @Sendable (UInt32) -> Int
  ) {
    self.clearScreen = clearScreen
    self.moveTo = moveTo
    carriageReturn = []
    lineDown = []
    clearToEnd = []
    plainStyle = []
    bold = []
    reverse = []
    underline = []
    dim = []
    defaultColors = []
    hideCursor = []
    showCursor = []
    writesBottomRight = true
    self.unicode = unicode
    self.scalarWidth = scalarWidth
  }

  /// The controls of an ECMA-48 (ANSI, xterm-like) terminal, for tests and tools.
  /// - Parameters:
  ///   - unicode: Whether text goes out as UTF-8.
  ///   - scalarWidth: The columns of a character beyond ASCII.
  /// - Returns: The controls, every one of them set.
  public static func ansi(
    unicode: Bool = true, scalarWidth: @escaping @Sendable (UInt32) -> Int
  ) -> TerminalControls {
    @Sendable func csi(_ text: String) -> [UInt8] { Array("\u{1B}[\(text)".utf8) }
    var controls = TerminalControls(
      clearScreen: csi("H") + csi("2J"),
      moveTo: { row, column in csi("\(row + 1);\(column + 1)H") },
      unicode: unicode, scalarWidth: scalarWidth)
    controls.scrollRegion = { top, bottom in csi("\(top + 1);\(bottom + 1)r") }
    controls.moveRight = { csi("\($0)C") }
    controls.moveToColumn = { csi("\($0 + 1)G") }
    controls.carriageReturn = [0x0D]
    controls.lineDown = [0x0A]
    controls.clearToEnd = csi("K")
    controls.plainStyle = csi("m")
    controls.attributes = { style in
      var codes = ["0"]
      if style.bold { codes.append("1") }
      if style.dim { codes.append("2") }
      if style.underline { codes.append("4") }
      if style.reverse { codes.append("7") }
      return csi(codes.joined(separator: ";") + "m")
    }
    controls.bold = csi("1m")
    controls.dim = csi("2m")
    controls.underline = csi("4m")
    controls.reverse = csi("7m")
    controls.foreground = { csi("3\($0.rawValue)m") }
    controls.defaultColors = csi("39;49m")
    controls.hideCursor = csi("?25l")
    controls.showCursor = csi("?12l") + csi("?25h")
    return controls
  }

  /// The shortest bytes that change the style text is drawn in.
  /// - Parameters:
  ///   - old: The style now, or nil when it is not known.
  ///   - new: The style wanted.
  /// - Returns: Attributes added without a reset when the old style's are kept, or a reset and
  ///   the new style's attributes and colour.
  func change(from old: CellStyle?, to new: CellStyle) -> [UInt8] {
    let color = new.foreground.flatMap { foreground?($0) } ?? []
    var best = plainStyle + attributesOn(new, over: CellStyle()) + color
    if let attributes, new != CellStyle() {
      let combined =
        attributes(
          CellStyle(
            bold: new.bold, reverse: new.reverse, underline: new.underline, dim: new.dim)) + color
      if combined.count < best.count { best = combined }
    }
    // Attributes are only ever added without a reset; a colour can be changed or dropped.
    guard let old, old.bold <= new.bold, old.reverse <= new.reverse,
      old.underline <= new.underline, old.dim <= new.dim
    else { return best }
    var added = attributesOn(new, over: old)
    if old.foreground != new.foreground {
      if new.foreground == nil {
        guard !defaultColors.isEmpty else { return best }
        added += defaultColors
      } else {
        added += color
      }
    }
    return added.count < best.count ? added : best
  }

  private func attributesOn(_ new: CellStyle, over old: CellStyle) -> [UInt8] {
    var bytes: [UInt8] = []
    if new.bold && !old.bold { bytes += bold }
    if new.reverse && !old.reverse { bytes += reverse }
    if new.underline && !old.underline { bytes += underline }
    if new.dim && !old.dim { bytes += dim }
    return bytes
  }
}

extension Bool {
  fileprivate static func <= (lhs: Bool, rhs: Bool) -> Bool { !lhs || rhs }
}
