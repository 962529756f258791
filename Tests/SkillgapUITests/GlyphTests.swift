import PropertyBased
import SkillgapUI
import Testing

@Suite struct GlyphTests {
  @Test func aGlyphGivesBackItsTextAndComparesAsItsText() {
    let samples = [
      "", " ", "a", "~", "é", "e\u{301}", "日", "🚀", "👍🏽", "🇫🇷", "❤️",
      // 25 bytes: held in the table, not inline.
      "👩‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    ]
    for text in samples {
      #expect(Glyph(text).string == text)
      #expect(Glyph(text).byteCount == min(16, text.utf8.count))
      #expect(Cell(text: text, tone: .normal).text == text)
    }
    for (a, b) in zip(samples, samples.dropFirst()) {
      #expect(Glyph(a) != Glyph(b))
    }
    #expect(Glyph("👩‍👩‍👧‍👦") == Glyph("👩‍👩‍👧‍👦"))
    #expect(Glyph(ascii: 0x41) == Glyph("A"))
    #expect(Glyph("A").asciiByte == 0x41)
    #expect(Glyph("é").asciiByte == nil)
    #expect(Glyph.empty.isEmpty && Glyph("").isEmpty && !Glyph(" ").isEmpty)
  }

  @Test func anyTextRoundTripsThroughAGlyph() async {
    let scalar = Gen<UInt32>.value(in: 0...0x10_FFFF).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
    await propertyCheck(count: 500, input: scalar.array(of: 0...12), scalar.array(of: 0...12)) {
      a, b in
      var first = String.UnicodeScalarView()
      first.append(contentsOf: a)
      var second = String.UnicodeScalarView()
      second.append(contentsOf: b)
      let x = String(first)
      let y = String(second)
      #expect(Glyph(x).string == x)
      #expect((Glyph(x) == Glyph(y)) == (x.utf8.elementsEqual(y.utf8)))
    }
  }
}
