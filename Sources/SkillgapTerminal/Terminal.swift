import CNcursesw
import Foundation
import SkillgapUI

/// What the terminal reports: a key, a mouse event, a new size, a stop signal, or the end of
/// input.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  case mouse(MouseEvent)
  case resized(Size)
  case stopRequested
  /// The terminal is gone (its window closed without a SIGHUP reaching the app): no key
  /// will ever come again.
  case inputEnded
}

/// Why the terminal could not be opened.
public enum TerminalError: LocalizedError, Equatable {
  case noTerminalType
  case unknownTerminalType(String)

  public var errorDescription: String? {
    switch self {
    case .noTerminalType:
      return "TERM is not set, so the terminal type is unknown; set it (for example "
        + "TERM=xterm-256color) or use 'skillgap report' and 'skillgap plan'."
    case .unknownTerminalType(let name):
      return "the terminal type '\(name)' is not in this system's terminfo database; set TERM to "
        + "a known type (for example xterm-256color) or install ncurses-term."
    }
  }
}

/// The one adapter between skillgap and ncurses: it draws ``Screen`` frames and turns input
/// into ``TerminalEvent``s. Nothing else in skillgap calls ncurses.
@MainActor
public final class Terminal {
  private let screenPointer: OpaquePointer
  private let theme: Theme
  private var previous: Screen?
  private var closed = false

  /// Whether the terminal shows colours (false under `NO_COLOR` or on monochrome terminals).
  public var hasColor: Bool { theme.color }
  /// The characters the terminal can show: ASCII only when the locale is not UTF-8.
  public let glyphs: GlyphSet
  /// The locale's character set, as the C library names it (`UTF-8`, `ANSI_X3.4-1968`).
  public let codeset: String

  /// Opens the terminal on standard input and output.
  /// - Parameter environment: The process environment (for `TERM`, `NO_COLOR`, `ESCDELAY`).
  /// - Throws: ``TerminalError`` when the terminal type is missing or unknown.
  public init(environment: [String: String]) throws {
    setlocale(LC_ALL, "")
    codeset = sg_codeset().map { String(cString: $0) } ?? ""
    glyphs = Self.isUTF8(codeset) ? .unicode : .ascii
    guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.noTerminalType }
    sg_install_signal_handlers()
    if environment["ESCDELAY"] == nil { set_escdelay(25) }
    guard let screen = sg_newterm() else {
      throw TerminalError.unknownTerminalType(term)
    }
    screenPointer = screen
    _ = set_term(screen)
    sg_buffer_frames()
    raw()
    noecho()
    nonl()
    _ = keypad(sg_stdscr(), true)
    wtimeout(sg_stdscr(), 250)
    _ = curs_set(0)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    var color = false
    if !noColor && has_colors() {
      start_color()
      use_default_colors()
      color = true
    }
    theme = Theme(color: color)
    theme.installPairs()
    var oldMask: mmask_t = 0
    let wanted = mmask_t(sg_button1_pressed() | sg_button4_pressed() | sg_button5_pressed())
    _ = mousemask(wanted, &oldMask)
    mouseinterval(0)
  }

  /// The current size in cells.
  public var size: Size {
    var height: Int32 = 0
    var width: Int32 = 0
    sg_getmaxyx(sg_stdscr(), &height, &width)
    return Size(width: Int(width), height: Int(height))
  }

  /// Draws a frame, sending only the cells that changed since the last one.
  /// - Parameters:
  ///   - screen: The frame.
  ///   - full: Whether to repaint every cell (Ctrl-L, or after the terminal was disturbed).
  public func draw(_ screen: Screen, full: Bool = false) {
    let current = size
    guard screen.width == current.width, screen.height == current.height else { return }
    if full {
      _ = clearok(sg_stdscr(), true)
      previous = nil
    }
    // One buffer for every run's wide characters, so a full frame allocates once.
    var wide: [wchar_t] = []
    wide.reserveCapacity(screen.width + 1)
    // The cells as arrays: a cell at a time through the screen's subscript cost a call and a
    // copy each, for every cell of every frame.
    let cells = screen.cells
    let width = screen.width
    let before =
      previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0.cells : nil }
      ?? []
    // Without a frame to diff against (the first, a resize, a repaint), curses' window is
    // blanked and only the cells that are not blank are handed over: most of a frame is.
    if before.isEmpty { _ = werase(sg_stdscr()) }
    for y in 0..<screen.height {
      let row = y * width
      // A row that did not change costs one comparison of its cells.
      if !before.isEmpty && cells[row..<row + width].elementsEqual(before[row..<row + width]) {
        continue
      }
      let last = y == screen.height - 1 ? width - 1 : width
      drawRow(
        Row(cells: cells, before: before, start: row, width: width, y: y, runEnd: last),
        into: &wide)
    }
    if let cursor = screen.cursor {
      _ = curs_set(1)
      _ = wmove(sg_stdscr(), Int32(cursor.y), Int32(cursor.x))
    } else {
      _ = curs_set(0)
    }
    _ = wrefresh(sg_stdscr())
    previous = screen
  }

  /// One row of a frame, with the frame drawn before it (empty when there is none).
  private struct Row {
    let cells: [Cell]
    let before: [Cell]
    let start: Int
    let width: Int
    let y: Int
    /// Runs stop before this column: the bottom-right cell is drawn alone.
    let runEnd: Int

    subscript(x: Int) -> Cell { cells[start + x] }

    /// Whether the cell at `x` differs from the last frame's (or is not blank in a first one).
    func needsDrawing(_ x: Int) -> Bool {
      guard !before.isEmpty else { return cells[start + x] != .blank }
      return before[start + x] != cells[start + x]
        || (x + 1 < width && before[start + x + 1] != cells[start + x + 1])
    }

    /// The columns the cell at `x` takes: 2 when a continuation follows it.
    func columns(_ x: Int) -> Int { x + 1 < width && cells[start + x + 1].isContinuation ? 2 : 1 }
  }

  /// Hands a row's changed cells to curses: runs of cells that look alike in one call each,
  /// the rest (graphemes of several scalars, the bottom-right cell, ASCII terminals) one by one.
  private func drawRow(_ row: Row, into wide: inout [wchar_t]) {
    // Set when a cell was drawn over its neighbour, so the neighbour is drawn again.
    var redrawNext = false
    var x = 0
    while x < row.width {
      let cell = row[x]
      if cell.isContinuation || !redrawNext && !row.needsDrawing(x) {
        x += 1
        continue
      }
      let style = theme.curses(for: cell)
      var end = x
      var columns = 0
      wide.removeAll(keepingCapacity: true)
      // Cells of the same tone, weight and underline have the same curses style.
      while !redrawNext, glyphs == .unicode, end < row.runEnd, end == x || row.needsDrawing(end),
        end == x || Self.sameStyle(row[end], cell), let scalar = Self.single(row[end].glyph)
      {
        wide.append(wchar_t(bitPattern: scalar.value))
        columns += row.columns(end)
        end += row.columns(end)
      }
      if end > x + row.columns(x) {
        wide.append(0)
        let advanced = sg_put_run(
          Int32(row.y), Int32(x), wide, Int32(wide.count - 1), style.attributes, style.pair)
        if Int(advanced) == columns {
          x = end
          continue
        }
        // curses measured the run otherwise: draw it again cell by cell, which finds the cell.
        for position in x..<end where !row[position].isContinuation {
          redrawNext = put(row[position], x: position, y: row.y, columns: row.columns(position))
        }
        x = end
        continue
      }
      redrawNext = put(cell, x: x, y: row.y, columns: row.columns(x))
      x += row.columns(x)
    }
  }

  /// Whether two cells are drawn in the same style.
  private static func sameStyle(_ a: Cell, _ b: Cell) -> Bool {
    a.tone == b.tone && a.bold == b.bold && a.underline == b.underline
  }

  /// The one scalar of a cell's text, or nil for text of several (or none).
  private static func single(_ glyph: Glyph) -> Unicode.Scalar? {
    // One byte is one ASCII scalar: most cells, without decoding.
    if let byte = glyph.asciiByte { return Unicode.Scalar(byte) }
    guard glyph.byteCount > 1, glyph.byteCount <= 4 else { return nil }
    var scalars = glyph.string.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }

  /// Draws one cell; returns whether curses drew it in other columns than the layout gave it
  /// (its neighbour must then be drawn again).
  private func put(_ cell: Cell, x: Int, y: Int, columns: Int) -> Bool {
    var wide: [wchar_t] = []
    let style = theme.curses(for: cell)
    let ascii = cell.text.utf8.allSatisfy { $0 < 0x80 }
    let text = glyphs == .ascii && !ascii ? "?" : cell.text
    guard put(text, x: x, y: y, style: style, into: &wide) != columns else { return false }
    // ncurses could not draw the grapheme in the columns the layout gave it (a character the
    // locale or the C library's width table does not know): a stand-in of the same width keeps
    // every later cell in its column, and nothing stale is left behind.
    for offset in 0..<columns {
      _ = put("?", x: x + offset, y: y, style: style, into: &wide)
    }
    return true
  }

  /// Draws one grapheme at a cell.
  /// - Returns: The columns ncurses advanced, or -1 when it could not draw the text.
  private func put(
    _ text: String, x: Int, y: Int, style: (attributes: UInt32, pair: Int16),
    into wide: inout [wchar_t]
  ) -> Int {
    wide.removeAll(keepingCapacity: true)
    for scalar in text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
    wide.append(0)
    return Int(sg_put_cell(Int32(y), Int32(x), wide, style.attributes, style.pair))
  }

  /// Whether a character set name (as `nl_langinfo(CODESET)` gives it) is UTF-8.
  public static func isUTF8(_ codeset: String) -> Bool {
    let name = codeset.lowercased().filter { $0.isLetter || $0.isNumber }
    return name == "utf8"
  }

  /// Waits for the next event; returns nil after a quiet interval so the caller can poll.
  public func nextEvent() -> TerminalEvent? {
    if sg_take_signal() != 0 { return .stopRequested }
    var character: wint_t = 0
    let status = sg_get_wch(&character)
    if sg_take_signal() != 0 { return .stopRequested }
    // ncurses says ERR both for a quiet interval and for a read that failed; only the second
    // comes back at once, forever, so ask the descriptor which it was.
    if status == sg_err() { return Self.inputHungUp() ? .inputEnded : nil }
    if status == sg_key_code_yes() { return functionKey(Int32(character)) }
    return KeyDecoder.character(UInt32(character)).map(TerminalEvent.key)
  }

  /// Whether standard input has hung up or failed: the far side of the terminal is closed.
  private static func inputHungUp() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) > 0 else { return false }
    return Int32(descriptor.revents) & (POLLHUP | POLLERR | POLLNVAL) != 0
  }

  private func functionKey(_ code: Int32) -> TerminalEvent? {
    if code == sg_key_resize() { return .resized(size) }
    if code == sg_key_mouse() {
      var y: Int32 = 0
      var x: Int32 = 0
      var state: UInt = 0
      guard sg_mouse_event(&y, &x, &state) == sg_ok() else { return nil }
      let (col, row) = (Int(x), Int(y))
      if state & sg_button4_pressed() != 0 { return .mouse(.wheelUp(x: col, y: row)) }
      if sg_button5_pressed() != 0 && state & sg_button5_pressed() != 0 {
        return .mouse(.wheelDown(x: col, y: row))
      }
      if state & sg_button1_pressed() != 0 { return .mouse(.click(x: col, y: row)) }
      return nil
    }
    let keys: [Int32: Key] = [
      sg_key_up(): .up, sg_key_down(): .down, sg_key_left(): .left, sg_key_right(): .right,
      sg_key_home(): .home, sg_key_end(): .end, sg_key_ppage(): .pageUp,
      sg_key_npage(): .pageDown, sg_key_backspace(): .backspace, sg_key_dc(): .delete,
      sg_key_enter(): .enter, sg_key_btab(): .backTab,
    ]
    return keys[code].map(TerminalEvent.key)
  }

  /// Restores the terminal, stops the process as the shell's Ctrl-Z would (SIGTSTP), and when
  /// the shell continues it (`fg`), takes the terminal back; the caller then draws a full frame.
  public func suspend() {
    guard !closed else { return }
    sg_suspend()
    previous = nil
  }

  /// Restores the terminal. Safe to call twice.
  public func close() {
    guard !closed else { return }
    closed = true
    _ = curs_set(1)
    endwin()
    delscreen(screenPointer)
  }
}

/// Turns characters from the terminal into keys.
public enum KeyDecoder {
  /// The key for a character code read in raw mode.
  public static func character(_ code: UInt32) -> Key? {
    switch code {
    case 27: return .escape
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 9: return .tab
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(scalar))
    case 0, 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }
}
