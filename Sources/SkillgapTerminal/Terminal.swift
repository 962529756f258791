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
  /// Writes the frames: curses only reads the keys, so that a frame leaves in one write() (with
  /// curses drawing, every cursor jump flushed its buffer: a write, and a packet over SSH, each).
  private var encoder: FrameEncoder
  private var closed = false

  /// Whether the terminal shows colours (false under `NO_COLOR` or on monochrome terminals).
  public var hasColor: Bool { encoder.theme.color }
  /// The characters the terminal can show: ASCII only when the locale is not UTF-8.
  public let glyphs: GlyphSet
  /// The locale's character set, as the C library names it (`UTF-8`, `ANSI_X3.4-1968`).
  public let codeset: String

  /// Opens the terminal on standard input and output.
  /// - Parameter environment: The process environment (for `TERM`, `NO_COLOR`, `ESCDELAY`).
  /// - Throws: ``TerminalError`` when the terminal type is missing or unknown.
  public init(environment: [String: String]) throws {
    // Only the character type: it is all curses and the codeset need, and each other category
    // is a locale file to open and map before the first frame.
    setlocale(LC_CTYPE, "")
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
    raw()
    noecho()
    nonl()
    _ = keypad(sg_stdscr(), true)
    wtimeout(sg_stdscr(), 250)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let theme = Theme(color: !noColor && has_colors())
    var oldMask: mmask_t = 0
    let wanted = mmask_t(sg_button1_pressed() | sg_button4_pressed() | sg_button5_pressed())
    _ = mousemask(wanted, &oldMask)
    mouseinterval(0)
    // Curses has entered its mode (the alternate screen, keypad and mouse reports); hiding the
    // cursor sends that out. Its window stays blank and untouched, so reading keys never
    // redraws it, and the first frame clears the screen itself.
    _ = untouchwin(sg_stdscr())
    _ = curs_set(0)
    encoder = FrameEncoder(
      controls: .terminfo(unicode: glyphs == .unicode), theme: theme, cursorShown: false)
  }

  /// The current size in cells.
  public var size: Size {
    var height: Int32 = 0
    var width: Int32 = 0
    sg_getmaxyx(sg_stdscr(), &height, &width)
    return Size(width: Int(width), height: Int(height))
  }

  /// Draws a frame, sending only the cells that changed since the last one, in one write.
  /// - Parameters:
  ///   - screen: The frame.
  ///   - full: Whether to repaint every cell (Ctrl-L, or after the terminal was disturbed).
  public func draw(_ screen: Screen, full: Bool = false) {
    let current = size
    guard screen.width == current.width, screen.height == current.height else { return }
    if full { encoder.forget() }
    write(encoder.encode(screen))
  }

  /// Writes bytes to the terminal in one `write()` (more only when it takes them in parts).
  private func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    // A terminal that refuses output is gone; the next read says so.
    _ = bytes.withUnsafeBufferPointer { sg_write_all($0.baseAddress, $0.count) }
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
    if code == sg_key_resize() {
      // Curses marked its blank window for a redraw at the next read, which would wipe the
      // frame; the app draws the new size in full itself.
      _ = untouchwin(sg_stdscr())
      encoder.forget()
      return .resized(size)
    }
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
    handOver()
    sg_suspend()
    encoder.forget()
  }

  /// Puts the cursor where curses believes it is, in plain style, before curses writes again.
  private func handOver() {
    write(encoder.home())
    sg_park_cursor(0, 0)
  }

  /// Restores the terminal. Safe to call twice.
  public func close() {
    guard !closed else { return }
    closed = true
    handOver()
    _ = curs_set(1)
    endwin()
    delscreen(screenPointer)
    sg_mark_screen_deleted()
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
