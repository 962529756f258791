import PropertyBased
import Testing

@testable import SkillgapCore

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

  /// The first, a middle and the last code point of ranges a hand-written table missed.
  @Test(arguments: [
    ("Tangut", [0x17000, 0x17A00, 0x187F7]),
    ("Tangut Components", [0x18800, 0x18AFF]),
    ("Khitan Small Script", [0x18B00, 0x18CD5]),
    ("Tangut Supplement", [0x18D00, 0x18D08]),
    ("Kana Supplement", [0x1B000, 0x1B080, 0x1B0FF]),
    ("Kana Extended-A", [0x1B100, 0x1B122]),
    ("Small Kana Extension", [0x1B150, 0x1B164]),
    ("Nushu", [0x1B170, 0x1B2FB]),
    ("Ideographic Symbols", [0x16FE0, 0x16FF1]),
    ("CJK Compatibility Ideographs Supplement", [0x2F800]),
    ("Yi Syllables", [0xA000, 0xA48C]),
    ("Symbols and Pictographs Extended-A", [0x1FA70, 0x1FAF6]),
  ])
  func wideScriptsTakeTwoColumns(block: String, codes: [UInt32]) throws {
    for code in codes {
      let scalar = try #require(Unicode.Scalar(code))
      #expect(DisplayWidth.of(Character(scalar)) == 2, "\(block) U+\(String(code, radix: 16))")
    }
  }

  @Test(arguments: [
    ("zero width space", 0x200B), ("zero width joiner", 0x200D), ("word joiner", 0x2060),
    ("byte order mark", 0xFEFF), ("left-to-right mark", 0x200E),
    ("combining acute accent", 0x301), ("combining enclosing circle", 0x20DD),
    ("Devanagari vowel sign", 0x941), ("Hangul medial vowel", 0x1161),
    ("Hangul final consonant", 0x11A8), ("variation selector", 0xFE0F),
    ("combining katakana voiced mark", 0x3099), ("tag character", 0xE0041),
  ])
  func marksAndFormatCharactersTakeNoColumn(name: String, code: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(code))
    #expect(DisplayWidth.of(Character(scalar)) == 0, "\(name)")
  }

  @Test func joiningCharactersDrawInTheCellOfWhatTheyFollow() {
    #expect(DisplayWidth.of("a\u{200B}b") == 2)
    #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    #expect(DisplayWidth.of("\u{915}\u{93F}") == 1)
    #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 2)
    #expect(DisplayWidth.of("👩\u{200D}👩\u{200D}👧") == 2)
    #expect(DisplayWidth.of("\u{1F1EB}\u{1F1F7}") == 2)
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

  @Test func asciiTextWrapsByBytesAsItDoesByScalars() async {
    // Letters, runs of spaces, line breaks and long words, with simple scalars of two and three
    // bytes among them (é, ☐, ·, a wide 😀 is not simple): the byte-level wrap must give the
    // scalar-level wrap's lines exactly whenever it gives any, and give them for ASCII text.
    let alphabet: [Character] = [
      "a", "b", "c", " ", " ", " ", "\n", "-", "x", ".", "W", "é", "☐", "·", "→",
    ]
    let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...90).map {
      String($0.map { alphabet[$0] })
    }
    await propertyCheck(count: 1_000, input: text, Gen.int(in: 1...24)) { text, width in
      let bytes = text.utf8Wrapped(to: width)
      if bytes != nil || text.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(bytes == text.simplyWrapped(to: width), "\(text.debugDescription)")
      }
    }
    #expect("Café ☐ done · 2 h".utf8Wrapped(to: 8) == ["Café ☐", "done · 2", "h"])
    // A word wider than the line with a scalar of several bytes is cut by simplyWrapped.
    #expect("☐☐☐☐".utf8Wrapped(to: 2) == nil)
    #expect("☐☐☐☐".wrapped(to: 2) == ["☐☐", "☐☐"])
    #expect("tab\there".utf8Wrapped(to: 10) == nil)
    #expect("wide 😀".utf8Wrapped(to: 10) == nil)
  }

  @Test func textThatFitsAsItIsIsItsOwnWrappedLine() async {
    // Wide scripts, emoji sequences, combining marks, tabs, runs of spaces and line breaks: the
    // quick test must never claim a text fits when any wrap would change it.
    let alphabet: [String] = [
      "a", "W", " ", " ", "\n", "\t", "é", "e\u{301}", "日", "😀", "👩‍💻", "🇫🇷", "☐", "·", "\u{200B}",
    ]
    let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...30).map {
      $0.map { alphabet[$0] }.joined()
    }
    await propertyCheck(count: 1_000, input: text, Gen.int(in: 1...40)) { text, width in
      guard text.fitsAsItIs(width) else { return }
      #expect(text.graphemeWrapped(to: width) == [text], "\(text.debugDescription) at \(width)")
      if let lines = text.simplyWrapped(to: width) { #expect(lines == [text]) }
      if let lines = text.utf8Wrapped(to: width) { #expect(lines == [text]) }
    }
    // Bytes, not columns, are what the quick test counts: "·" has two.
    #expect("Model serving · 20 h".fitsAsItIs(21))
    #expect(!"Model serving · 20 h".fitsAsItIs(20))
    #expect("日本 e\u{301} 👩‍💻".fitsAsItIs(40))
    #expect(!"two  spaces".fitsAsItIs(40))
    #expect(!" lead".fitsAsItIs(40))
    #expect(!"trail ".fitsAsItIs(40))
    #expect(!"line\nbreak".fitsAsItIs(40))
    #expect("".fitsAsItIs(1))
  }

  @Test func aCharacterWiderThanTheLineStillGetsALineOfItsOwn() {
    #expect("日本".wrapped(to: 1) == ["日", "本"])
  }
}
