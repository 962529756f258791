import SkillgapCore

/// A one-line text editor: insert, delete, move by grapheme.
///
/// The cursor is an index into ``text`` that always sits on a grapheme boundary. A typed or
/// pasted scalar can join the grapheme before it (a combining accent, a skin tone, a flag's
/// second half, a zero-width joiner) or after it, and removing a character can make its
/// neighbours join; so every edit goes through one place that rebuilds the text and puts the
/// cursor back on a boundary of the text that results.
public struct LineEditor: Sendable, Equatable {
  /// The text being edited.
  public private(set) var text: String
  /// The cursor position: a grapheme boundary of ``text``.
  public private(set) var cursor: String.Index

  /// Creates an editor holding `text` with the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    self.cursor = text.endIndex
  }

  /// The cursor's position in graphemes from the start.
  public var cursorOffset: Int { text.distance(from: text.startIndex, to: cursor) }

  /// Applies an editing key; returns false when the key is not an editing key.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character) where !character.isNewline:
      replace(cursor..<cursor, with: String(character))
    case .backspace, .control("h"):
      guard cursor > text.startIndex else { return true }
      replace(text.index(before: cursor)..<cursor, with: "")
    case .delete, .control("d"):
      guard cursor < text.endIndex else { return true }
      replace(cursor..<text.index(after: cursor), with: "")
    case .left, .control("b"):
      if cursor > text.startIndex { cursor = text.index(before: cursor) }
    case .right, .control("f"):
      if cursor < text.endIndex { cursor = text.index(after: cursor) }
    case .home, .control("a"): cursor = text.startIndex
    case .end, .control("e"): cursor = text.endIndex
    case .control("u"): replace(text.startIndex..<cursor, with: "")
    case .control("k"): replace(cursor..<text.endIndex, with: "")
    default:
      return false
    }
    return true
  }

  /// Replaces `range` with `replacement` and puts the cursor after the replacement, moved on
  /// to the end of any grapheme the edit joined it into.
  private mutating func replace(_ range: Range<String.Index>, with replacement: String) {
    let prefix = text.unicodeScalars[..<range.lowerBound]
    let suffix = text.unicodeScalars[range.upperBound...]
    let scalarOffset = prefix.count + replacement.unicodeScalars.count
    var edited = String.UnicodeScalarView()
    edited.append(contentsOf: prefix)
    edited.append(contentsOf: replacement.unicodeScalars)
    edited.append(contentsOf: suffix)
    text = String(edited)
    let target = text.unicodeScalars.index(text.startIndex, offsetBy: scalarOffset)
    var boundary = text.startIndex
    while boundary < target { boundary = text.index(after: boundary) }
    cursor = boundary
  }

  /// The part of the text shown in `width` columns, and the cursor's column inside it.
  ///
  /// Text that does not fit scrolls so the cursor stays in view with up to a third of the
  /// field of text after it; a "…" at either edge says text is hidden there.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 2 else { return ("", 0) }
    let characters = Array(text)
    let widths = characters.map(DisplayWidth.of)
    let cursor = cursorOffset
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
