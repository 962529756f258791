import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Screens drawn for a terminal whose locale is not UTF-8: every glyph through one ASCII
/// mapping, so nothing vanishes and no column moves.
@Suite struct GlyphSetTests {
  /// Names with accents, CJK, emoji and a combining mark, so the mapping meets all of them.
  let framework = UIFixtures.framework(renaming: [
    "name: Beta": "name: Bêta 日本語 🚀", "name: Basics": "name: Ba\u{308}sics",
  ])

  func state(_ keys: Key..., size: Size = Size(width: 80, height: 24)) -> AppState {
    var driver = Driver(framework: framework)
    driver.state.assessment.target = "second"
    driver.state.glyphs = .ascii
    driver.send(.terminalResized(size))
    for key in keys { driver.press(key) }
    return driver.state
  }

  func expectASCII(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
    for (row, line) in screen.lines.enumerated() {
      #expect(
        line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "row \(row): \(line)",
        sourceLocation: sourceLocation)
      #expect(line.count == screen.width, "row \(row)", sourceLocation: sourceLocation)
    }
  }

  @Test func theViewsGlyphsHaveTheirASCIIStandIns() {
    let ascii = GlyphSet.ascii
    #expect(ascii.text("▸ Start") == "> Start")
    #expect(ascii.text("███░░") == "###..")
    #expect(ascii.text("Python → PyTorch") == "Python -> PyTorch")
    #expect(ascii.text("──│") == "--|")
    #expect(ascii.text("☐ step ✓ done ✗ failed") == "[ ] step [x] done [!] failed")
    #expect(ascii.text("● ◆ · … – ×") == "* + - . - x")
  }

  @Test func lettersKeepTheirBaseAndOtherGlyphsKeepTheirColumns() {
    let ascii = GlyphSet.ascii
    #expect(ascii.text("Café Çetinkaya Mu\u{308}ller m²") == "Cafe Cetinkaya Muller m2")
    #expect(ascii.text("日本 🚀") == "???? ??")
    #expect(ascii.text("a\u{200B}b") == "ab")
    for text in ["日本語 🚀 ▸ →", "Ba\u{308}sics", "\u{17000}\u{1B000}"] {
      #expect(ascii.text(text).utf8.allSatisfy { $0 < 0x80 })
    }
  }

  @Test func unicodeTextIsLeftAlone() {
    #expect(GlyphSet.unicode.text("▸ Bêta 日本語 🚀") == "▸ Bêta 日本語 🚀")
  }

  @Test func aScreenForASCIIHoldsOnlyASCIIInItsColumns() {
    var screen = Screen(width: 20, height: 2, glyphs: .ascii)
    let end = screen.put("▸ Bêta 日本", x: 0, y: 0)
    #expect(end == 11)
    screen.put("Python → PyTorch and more", x: 0, y: 1, limit: 12)
    #expect(screen.lines == ["> Beta ????         ", "Python -> P.        "])
  }

  @Test func startScreenInASCII() {
    let screen = render(state(), size: Size(width: 80, height: 24))
    expectASCII(screen)
    expectSnapshot(screen.snapshot, named: "ascii-start-80x24")
  }

  @Test func ratingScreenInASCII() {
    let screen = render(state(.enter, .character("2")), size: Size(width: 80, height: 24))
    expectASCII(screen)
    expectSnapshot(screen.snapshot, named: "ascii-rate-80x24")
  }

  @Test func reportInASCII() {
    let keys: [Key] = [.enter, .character("1"), .character("3"), .character("x"), .character("v")]
    var driver = Driver(state(size: Size(width: 120, height: 40)))
    for key in keys { driver.press(key) }
    let screen = render(driver.state, size: Size(width: 120, height: 40))
    expectASCII(screen)
    expectSnapshot(screen.snapshot, named: "ascii-report-120x40")
  }

  @Test func helpInASCII() {
    let screen = render(state(.enter, .character("?")), size: Size(width: 80, height: 24))
    expectASCII(screen)
    expectSnapshot(screen.snapshot, named: "ascii-help-80x24")
  }
}
