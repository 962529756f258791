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
}
