import SkillgapCore

/// A one-line text editor: insert, delete, move by grapheme.
public struct LineEditor: Sendable, Equatable {
  /// The text being edited.
  public private(set) var text: String
  /// The cursor position, in graphemes from the start.
  public private(set) var cursor: Int

  /// Creates an editor holding `text` with the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    self.cursor = text.count
  }

  /// Applies an editing key; returns false when the key is not an editing key.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character) where !character.isNewline:
      let index = text.index(text.startIndex, offsetBy: cursor)
      text.insert(character, at: index)
      cursor += 1
    case .backspace, .control("h"):
      guard cursor > 0 else { return true }
      let index = text.index(text.startIndex, offsetBy: cursor - 1)
      text.remove(at: index)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < text.count else { return true }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    case .left, .control("b"): cursor = max(0, cursor - 1)
    case .right, .control("f"): cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("u"):
      text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
      cursor = 0
    case .control("k"):
      text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)..<text.endIndex)
    default:
      return false
    }
    return true
  }

  /// The visible part of the text in `width` columns, keeping the cursor in view, and the
  /// cursor's column inside it.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    let characters = Array(text)
    var start = 0
    // Move the window right until the cursor fits, leaving a column for it.
    while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
    var shown = ""
    var used = 0
    for character in characters[start...] {
      let next = DisplayWidth.of(character)
      if used + next > width { break }
      shown.append(character)
      used += next
    }
    return (shown, DisplayWidth.of(String(characters[start..<cursor])))
  }
}
