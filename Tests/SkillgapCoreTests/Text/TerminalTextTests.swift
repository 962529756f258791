import SkillgapCore
import Testing

@Suite struct TerminalTextTests {
  @Test func escapeSequencesAreWrittenOutVisibly() {
    let hostile = "id\u{1B}]52;c;aGk=\u{07}\u{1B}]0;title\u{07}\u{1B}[2J\u{1B}c"
    #expect(
      TerminalText.escaped(hostile)
        == #"id\e]52;c;aGk=\x07\e]0;title\x07\e[2J\ec"#)
  }

  @Test func otherControlCharactersAreWrittenAsHex() {
    #expect(
      TerminalText.escaped("a\u{00}b\u{7F}c\u{9B}d\u{85}e\u{08}") == #"a\x00b\x7Fc\x9Bd\x85e\x08"#)
  }

  @Test func lineFeedsTabsAndLineEndingCarriageReturnsStay() {
    #expect(TerminalText.escaped("a\tb\r\nc\n") == "a\tb\r\nc\n")
    #expect(TerminalText.escaped("over\rwrite") == #"over\x0Dwrite"#)
  }

  @Test func textWithoutControlsIsUnchanged() {
    let text = "Café — naïve 日本 👩🏽‍💻 e\u{301}"
    #expect(TerminalText.escaped(text) == text)
  }

  @Test func colourIsKeptOnlyWhenAskedAndOnlyColour() {
    let styled = "\u{1B}[1mBold\u{1B}[0m \u{1B}]0;x\u{07}"
    #expect(
      TerminalText.escaped(styled, keepingStyle: true) == "\u{1B}[1mBold\u{1B}[0m \\e]0;x\\x07")
    #expect(TerminalText.escaped(styled) == #"\e[1mBold\e[0m \e]0;x\x07"#)
    #expect(TerminalText.escaped("\u{1B}[2J", keepingStyle: true) == #"\e[2J"#)
  }
}
