import PropertyBased
import SkillgapCore
import Testing

@Suite struct DisplayWidthTests {
  @Test func widthsFollowWhatTerminalsDraw() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("Café") == 4)
    #expect(DisplayWidth.of("Cafe\u{301}") == 4)
    #expect(DisplayWidth.of("日本語") == 6)
    #expect(DisplayWidth.of("🚀") == 2)
    #expect(DisplayWidth.of("한국") == 4)
    #expect(DisplayWidth.of("\u{1B}") == 0)
  }

  @Test func truncatingNeverSplitsAWideCharacterAndMarksTheCut() {
    #expect("日本語テキスト".truncated(to: 6) == "日本…")
    #expect("short".truncated(to: 10) == "short")
    #expect("abcdef".truncated(to: 4) == "abc…")
    #expect("/tmp/plans/my plan.ics".truncatedFromStart(to: 14) == "…s/my plan.ics")
    #expect("/a/日本語.md".truncatedFromStart(to: 8) == "…本語.md")
    // A wide character that does not fit whole is left out, not split.
    #expect("/a/日本語.md".truncatedFromStart(to: 7) == "…語.md")
    #expect("short".truncatedFromStart(to: 5) == "short")
    #expect("short".truncatedFromStart(to: 0) == "")
    #expect("abc".truncated(to: 0) == "")
    #expect(DisplayWidth.of("日本語テキスト".truncated(to: 5)) <= 5)
  }

  @Test func paddingFillsColumnsNotCharacters() {
    #expect("日本".padded(to: 6) == "日本  ")
    #expect("日本".leftPadded(to: 6) == "  日本")
    #expect("abcdef".padded(to: 4) == "abc…")
    #expect("abcdef".leftPadded(to: 4) == "abcdef")
  }

  @Test func wrappingKeepsEveryLineWithinTheWidth() {
    let text = "Rate 日本語 skills with café notes and a verylongwordthatcannotfit in ten"
    let lines = text.wrapped(to: 10)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    #expect(
      lines.joined(separator: " ").replacingOccurrences(of: " ", with: "")
        == text.replacingOccurrences(of: " ", with: ""))
    #expect("a\n\nb".wrapped(to: 5) == ["a", "", "b"])
  }

  @Test func wrappingNeverExceedsTheWidthAndLosesNoCharacter() async {
    await propertyCheck(count: 400, input: RandomText.text.array(of: 1...6), Gen.int(in: 2...30)) {
      words, width in
      let text = words.joined(separator: " ")
      let lines = text.wrapped(to: width)
      for line in lines {
        #expect(DisplayWidth.of(line) <= width, "\(line.debugDescription) at \(width)")
      }
      func kept(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\r" }
      }
      #expect(kept(lines.joined()) == kept(text))
    }
  }

  @Test func aCharacterWiderThanTheLineStillGetsALineOfItsOwn() {
    #expect("日本".wrapped(to: 1) == ["日", "本"])
  }
}
