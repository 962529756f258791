import CNcursesw
import SkillgapUI

/// The one place that talks to ncurses.
@MainActor
public enum TerminalSession {
  /// The curses library version, for diagnostics.
  public static var cursesVersion: String {
    String(cString: curses_version())
  }
}
