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

  /// The part of the text shown in `width` columns, and the cursor's column inside it.
  ///
  /// Text that does not fit scrolls so the cursor stays in view with up to a third of the
  /// field of text after it; a "…" at either edge says text is hidden there.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 2 else { return ("", 0) }
    let characters = Array(text)
    let widths = characters.map(DisplayWidth.of)
    // Everything fits, with a column for the cursor after the text.
    if widths.reduce(0, +) < width { return (text, widths[..<cursor].reduce(0, +)) }
    let after = widths[cursor...].reduce(0, +)
    // The cursor's column may not pass this, keeping text after it in view.
    let limit = width - 1 - min(after, width / 3)
    var start = 0
    var before = widths[..<cursor].reduce(0, +)
    while start < cursor && before + (start > 0 ? 1 : 0) > limit {
      before -= widths[start]
      start += 1
    }
    var shown = start > 0 ? "…" : ""
    var used = start > 0 ? 1 : 0
    let cursorColumn = used + before
    for index in start..<characters.count {
      // Keep a column for the closing "…" unless this is the last character.
      let reserve = index == characters.count - 1 ? 0 : 1
      if used + widths[index] + reserve > width {
        shown += "…"
        break
      }
      shown.append(characters[index])
      used += widths[index]
    }
    return (shown, cursorColumn)
  }
}
