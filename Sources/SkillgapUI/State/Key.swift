import SkillgapCore

/// A key press, as the terminal adapter reports it.
public enum Key: Sendable, Equatable, Hashable {
  /// A printable character (any Unicode grapheme).
  case character(Character)
  /// A key with Control held: `.control("c")` is Ctrl-C.
  case control(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case enter, escape, backspace, delete, tab, backTab
}

/// A mouse event in screen coordinates.
public enum MouseEvent: Sendable, Equatable {
  /// The left button was clicked at a cell.
  case click(x: Int, y: Int)
  /// The wheel turned up (away from the person).
  case wheelUp(x: Int, y: Int)
  /// The wheel turned down.
  case wheelDown(x: Int, y: Int)
}

/// A terminal size in cells.
public struct Size: Sendable, Equatable, Hashable {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The smallest size the screens are laid out for.
  public static let minimum = Size(width: 60, height: 16)

  /// Whether this size is at least ``minimum`` in both directions.
  public var isUsable: Bool { width >= Self.minimum.width && height >= Self.minimum.height }
}
