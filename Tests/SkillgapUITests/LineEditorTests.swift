import PropertyBased
import SkillgapCore
import SkillgapUI
import Testing

@Suite struct LineEditorTests {
  /// An editor holding `text` with the cursor before the character at `cursor`.
  func editor(_ text: String, cursor: Int) -> LineEditor {
    var editor = LineEditor(text)
    for _ in 0..<(text.count - cursor) { _ = editor.handle(.left) }
    return editor
  }

  @Test func shortTextIsShownWhole() {
    let shown = editor("café", cursor: 2).visible(width: 10)
    #expect(shown.text == "café")
    #expect(shown.cursorColumn == 2)
  }

  @Test func typingAtTheEndKeepsTheEndInViewAndMarksTheHiddenStart() {
    let shown = LineEditor("abcdefghijklmnopqrstuvwxyz").visible(width: 10)
    #expect(shown.text == "…stuvwxyz")
    #expect(shown.cursorColumn == 9)
  }

  @Test func aCursorInTheMiddleShowsTextOnBothSides() {
    let text = "abcdefghijklmnopqrstuvwxyz"
    let shown = editor(text, cursor: 13).visible(width: 12)
    // Up to a third of the field after the cursor, and "…" where text is hidden.
    #expect(shown.text == "…hijklmnopq…")
    #expect(shown.cursorColumn == 7)
    #expect(Array(shown.text)[shown.cursorColumn] == "n")
  }

  @Test func theStartShowsTheFirstCharactersAndMarksTheHiddenEnd() {
    let shown = editor("abcdefghijklmnopqrstuvwxyz", cursor: 0).visible(width: 10)
    #expect(shown.text == "abcdefghi…")
    #expect(shown.cursorColumn == 0)
  }

  @Test func wideCharactersAreMeasuredByColumnsAndNeverSplit() {
    let text = "notes 日本語テキスト終わり"
    for cursor in 0...text.count {
      let shown = editor(text, cursor: cursor).visible(width: 12)
      #expect(DisplayWidth.of(shown.text) <= 12, "cursor \(cursor): \(shown.text)")
      #expect(shown.cursorColumn < 12)
      // The character under the cursor is in view.
      if cursor < text.count {
        let character = Array(text)[cursor]
        #expect(shown.text.contains(character), "cursor \(cursor): \(shown.text)")
      }
    }
    let end = LineEditor(text).visible(width: 12)
    #expect(end.text.hasSuffix("終わり"))
    #expect(end.cursorColumn == DisplayWidth.of(end.text))
  }

  /// Texts whose later scalars join the grapheme before them, one per script or mechanism.
  static let joiningTexts = [
    "e\u{301}",  // a decomposed é
    "👍\u{1F3FD}",  // a thumb with a skin tone
    "\u{1F1EB}\u{1F1F7}",  // the French flag from two regional indicators
    "👩\u{200D}👩\u{200D}👧",  // a ZWJ family
    "\u{1100}\u{1161}\u{11A8}",  // Hangul jamo making 각
    "क\u{093F}",  // Devanagari ka with the vowel sign i
  ]

  @Test(arguments: joiningTexts)
  func scalarsThatJoinThePreviousCharacterAreTypedOneByOne(joining: String) {
    var editor = LineEditor("a")
    for scalar in joining.unicodeScalars { _ = editor.handle(.character(Character(scalar))) }
    _ = editor.handle(.character("z"))
    #expect(editor.text == "a" + joining + "z")
    #expect(editor.cursor == editor.text.endIndex)
    _ = editor.handle(.backspace)
    _ = editor.handle(.backspace)
    #expect(editor.text == "a")
    // In the middle of the text too.
    _ = editor.handle(.home)
    for scalar in joining.unicodeScalars { _ = editor.handle(.character(Character(scalar))) }
    #expect(editor.text == joining + "a")
    #expect(editor.cursorOffset == 1)
  }

  @Test func removingACharacterBetweenTwoThatJoinKeepsTheCursorOnABoundary() {
    // Regional indicators pair from the start of a run: removing "x" re-pairs them.
    var editor = LineEditor("\u{1F1EB}x\u{1F1F7}\u{1F1E9}")
    _ = editor.handle(.home)
    _ = editor.handle(.right)
    _ = editor.handle(.delete)
    #expect(editor.text == "\u{1F1EB}\u{1F1F7}\u{1F1E9}")
    #expect(String.Index(editor.cursor, within: editor.text) != nil)
    _ = editor.handle(.character("y"))
    #expect(editor.text.unicodeScalars.contains("y"))
  }

  @Test func randomUnicodeAndEditingKeysAlwaysLeaveAValidEditor() async {
    await propertyCheck(count: 300, input: Self.keys.array(of: 0...40)) { keys in
      var editor = LineEditor()
      for key in keys {
        let before = editor
        let handled = editor.handle(key)
        #expect(handled)
        Self.expectValid(editor, after: key, from: before)
      }
    }
  }

  /// Keys a person can type into a line: scalars that join their neighbours, any scalar, and
  /// the editing keys.
  static let keys = zip(Gen.int(in: 0...99), Gen<UInt32>.value(in: 0...0x10_FFFF)).map {
    choice, code -> Key in
    let joiners: [Unicode.Scalar] = [
      "e", "a", "\u{301}", "\u{308}", "\u{200D}", "\u{FE0F}", "\u{1F3FB}", "\u{1F3FF}",
      "\u{1F1EB}", "\u{1F1F7}", "\u{1F1E9}", "👩", "👧", "\u{1100}", "\u{1161}", "\u{11A8}",
      "\u{AC00}", "क", "\u{093F}", "\u{094D}", "\u{0600}", "\u{200B}", "日",
    ]
    let editing: [Key] = [
      .left, .right, .home, .end, .backspace, .delete, .control("u"), .control("k"),
      .control("b"), .control("f"),
    ]
    switch choice {
    case 0..<55: return .character(Character(joiners[Int(code) % joiners.count]))
    case 55..<80: return editing[Int(code) % editing.count]
    default:
      guard let scalar = Unicode.Scalar(code), !Character(scalar).isNewline else { return .end }
      return .character(Character(scalar))
    }
  }

  /// Checks that the cursor is on a grapheme boundary, the text changed only as `key` says,
  /// and the visible part fits its field.
  static func expectValid(_ editor: LineEditor, after key: Key, from before: LineEditor) {
    #expect(String.Index(editor.cursor, within: editor.text) != nil)
    let scalars = Array(editor.text.unicodeScalars)
    let old = before.text.unicodeScalars
    let prefix = Array(old[..<before.cursor])
    let suffix = Array(old[before.cursor...])
    switch key {
    case .character(let character):
      #expect(scalars == prefix + Array(character.unicodeScalars) + suffix)
      let cursorScalars = editor.text.unicodeScalars[..<editor.cursor].count
      #expect(cursorScalars >= prefix.count + character.unicodeScalars.count)
    case .backspace where before.cursor > before.text.startIndex:
      let start = before.text.index(before: before.cursor)
      #expect(scalars == Array(old[..<start]) + suffix)
    case .delete where before.cursor < before.text.endIndex:
      let end = before.text.index(after: before.cursor)
      #expect(scalars == prefix + Array(old[end...]))
    case .control("u"): #expect(scalars == suffix)
    case .control("k"): #expect(scalars == prefix)
    case .left, .right, .home, .end, .control("b"), .control("f"), .backspace, .delete:
      #expect(editor.text == before.text)
    default: break
    }
    for width in [3, 10, 24] {
      let shown = editor.visible(width: width)
      #expect(DisplayWidth.of(shown.text) <= width)
      #expect((0..<width).contains(shown.cursorColumn))
    }
  }
}
