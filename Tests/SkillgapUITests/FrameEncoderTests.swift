import PropertyBased
import SkillgapCore
import Testing

@testable import SkillgapUI

/// The bytes a frame becomes, read back by a small ECMA-48 terminal: whatever came before, the
/// terminal must show the frame, cell for cell and style for style.
@Suite struct FrameEncoderTests {
  static let controls = TerminalControls.ansi { scalar in
    Unicode.Scalar(scalar).map { DisplayWidth.of(String(Character($0))) } ?? -1
  }

  func encoder(color: Bool = true) -> FrameEncoder {
    FrameEncoder(controls: Self.controls, theme: Theme(color: color))
  }

  @Test func aFirstFrameClearsAndDrawsOnlyWhatIsNotBlank() throws {
    var screen = Screen(width: 20, height: 3)
    screen.put("Rate", x: 1, y: 0, tone: .title)
    screen.put("日本 ok", x: 2, y: 2, tone: .key)
    var encoder = encoder()
    let bytes = encoder.encode(screen)
    let text = String(decoding: bytes, as: UTF8.self)
    // Plain text, the whole screen as the scroll region, cleared; the blank before "Rate" written again rather than moved over (it
    // is shorter); from reverse to bold and cyan through a reset.
    #expect(
      text
        == "\u{1B}[m\u{1B}[1;3r\u{1B}[H\u{1B}[2J \u{1B}[7mRate\u{1B}[3;3H\u{1B}[0;1m\u{1B}[36m日本 ok"
        + "\u{1B}[?25l")
    let terminal = try VirtualTerminal(width: 20, height: 3, feeding: bytes)
    try terminal.expectShows(screen, theme: encoder.theme)
  }

  @Test func aMoveOfTheHighlightSendsOnlyTheTwoRowsThatChanged() throws {
    var screen = Screen(width: 30, height: 6)
    for row in 0..<6 { screen.put("item \(row) of the list", x: 2, y: row) }
    screen.tint(x: 0, y: 1, width: 30, tone: .highlight)
    var encoder = encoder()
    var terminal = try VirtualTerminal(width: 30, height: 6, feeding: encoder.encode(screen))
    var moved = screen
    moved.tint(x: 0, y: 1, width: 30, tone: .normal)
    moved.tint(x: 0, y: 2, width: 30, tone: .highlight)
    let bytes = encoder.encode(moved)
    let text = String(decoding: bytes, as: UTF8.self)
    // The old row plain again, its blank end erased; the new one reached by a carriage return
    // and a line feed, reversed, to the end of the row.
    #expect(
      text == "\u{1B}[2;1H  item 1 of the list\u{1B}[K\r\n\u{1B}[7m  item 2 of the list"
        + String(repeating: " ", count: 10))
    try terminal.feed(bytes)
    try terminal.expectShows(moved, theme: encoder.theme)
    #expect(encoder.encode(moved).isEmpty, "an unchanged frame sends nothing")
  }

  @Test func aCharacterTheCLibraryMeasuresOtherwiseIsDrawnAsQuestionMarks() throws {
    // The C library gives 日 one column here: drawn as is, it would move every later cell.
    let narrow = TerminalControls.ansi { _ in 1 }
    var screen = Screen(width: 8, height: 1)
    screen.put("日x", x: 0, y: 0)
    var encoder = FrameEncoder(controls: narrow, theme: Theme(color: false))
    let text = String(decoding: encoder.encode(screen), as: UTF8.self)
    #expect(text.contains("??x"))
    var ascii = FrameEncoder(controls: .ansi(unicode: false) { _ in 1 }, theme: Theme(color: false))
    var accented = Screen(width: 8, height: 1)
    accented.put("café", x: 0, y: 0)
    #expect(String(decoding: ascii.encode(accented), as: UTF8.self).contains("caf?"))
  }

  @Test func aGraphemeOfSeveralCharactersIsFollowedByAMove() throws {
    var screen = Screen(width: 10, height: 1)
    screen.put("e\u{301}ab", x: 0, y: 0)
    var encoder = encoder()
    let bytes = encoder.encode(screen)
    let text = String(decoding: bytes, as: UTF8.self)
    // A terminal may give the combining mark a column of its own: "a" is placed, not assumed.
    #expect(text.contains("e\u{301}\u{1B}[2Gab"))
    let terminal = try VirtualTerminal(width: 10, height: 1, feeding: bytes)
    try terminal.expectShows(screen, theme: encoder.theme)
  }

  @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
    var screen = Screen(width: 4, height: 2)
    screen.put("abcd", x: 0, y: 1)
    var controls = Self.controls
    controls.writesBottomRight = false
    var encoder = FrameEncoder(controls: controls, theme: Theme(color: false))
    let text = String(decoding: encoder.encode(screen), as: UTF8.self)
    #expect(text.contains("abc") && !text.contains("abcd"))
  }

  @Test func aFrameOfANewSizeResetsTheScrollRegionBeforeAnyLineFeed() throws {
    // The terminal keeps the scroll region set for the old size: a line feed on its last row
    // would scroll the middle of a taller frame (and in tmux push rows out of the screen).
    var encoder = encoder()
    var small = Screen(width: 12, height: 4)
    small.put("small", x: 0, y: 3)
    var terminal = VirtualTerminal(width: 12, height: 4)
    try terminal.feed(encoder.encode(small))
    var tall = Screen(width: 12, height: 8)
    for row in 0..<8 { tall.put("row \(row)", x: 0, y: row) }
    let text = String(decoding: encoder.encode(tall), as: UTF8.self)
    let region = try #require(text.range(of: "\u{1B}[1;8r"))
    #expect(text.range(of: "\n").map { region.upperBound <= $0.lowerBound } == true)
    terminal = VirtualTerminal(width: 12, height: 8, cursorShown: terminal.cursorShown)
    try terminal.feed(Array(text.utf8))
    try terminal.expectShows(tall, theme: encoder.theme)
  }

  @Test func theCursorIsShownAtTheEditedTextAndHiddenAgain() throws {
    var screen = Screen(width: 10, height: 2)
    screen.put("path", x: 0, y: 1)
    screen.cursor = (x: 4, y: 1)
    var encoder = encoder()
    let shown = String(decoding: encoder.encode(screen), as: UTF8.self)
    #expect(shown.hasSuffix("\u{1B}[?12l\u{1B}[?25h"))
    screen.cursor = nil
    #expect(String(decoding: encoder.encode(screen), as: UTF8.self) == "\u{1B}[?25l")
  }

  /// Random frames drawn one after another over each other: after each, the terminal shows it.
  @Test func anySequenceOfFramesLeavesTheTerminalShowingTheLast() async throws {
    let pieces = ["a", "b", "Z", " ", "é", "日", "本", "e\u{301}", "ok", "⚠", "…"]
    let put = zip(
      Gen.int(in: 0...11), Gen.int(in: 0...3), Gen.int(in: 0...(pieces.count - 1)).array(of: 1...5),
      Gen.int(in: 0...(Tone.allCases.count - 1)), Gen.int(in: 0...3))
    let frame = put.array(of: 0...8)
    var minimal = Self.controls
    minimal.moveRight = nil
    minimal.moveToColumn = nil
    minimal.carriageReturn = []
    minimal.clearToEnd = []
    minimal.attributes = nil
    minimal.defaultColors = []
    let variants = [Self.controls, minimal]
    await propertyCheck(
      count: 400, input: frame.array(of: 1...4), Gen.bool, Gen.int(in: 0...1),
      Gen.int(in: -1...11)
    ) { frames, color, variant, cursor in
      var encoder = FrameEncoder(controls: variants[variant], theme: Theme(color: color))
      var terminal = VirtualTerminal(width: 12, height: 4)
      var screen = Screen(width: 12, height: 4)
      for (number, operations) in frames.enumerated() {
        for (x, y, text, tone, flags) in operations {
          // A quarter of the time, a row's end is blanked: what a shorter line leaves.
          guard flags != 3 else {
            screen.fill(x: x, y: y, width: 12, height: 1)
            continue
          }
          screen.put(
            text.map { pieces[$0] }.joined(), x: x, y: y, tone: Tone.allCases[tone],
            bold: flags & 1 != 0, underline: flags & 2 != 0)
        }
        screen.cursor = cursor >= 0 && number % 2 == 0 ? (x: cursor, y: number % 4) : nil
        do {
          try terminal.feed(encoder.encode(screen))
          try terminal.expectShows(screen, theme: encoder.theme)
          if let at = screen.cursor {
            #expect(terminal.cursor == at, "the cursor where the text is edited")
          }
        } catch {
          Issue.record("\(error)")
        }
      }
    }
  }
}

/// A terminal of a fixed size that understands what ``TerminalControls/ansi(unicode:scalarWidth:)``
/// sends: clear, cursor moves, styles, cursor visibility, and UTF-8 text.
struct VirtualTerminal {
  struct Failure: Error, CustomStringConvertible { let description: String }

  let width: Int
  let height: Int
  private(set) var text: [String]
  private(set) var styles: [CellStyle]
  private var x = 0
  private var y = 0
  var cursor: (x: Int, y: Int) { (x, y) }
  private var pen = CellStyle()
  private(set) var cursorShown = true

  init(width: Int, height: Int, cursorShown: Bool = true) {
    self.width = width
    self.height = height
    self.cursorShown = cursorShown
    text = Array(repeating: " ", count: width * height)
    styles = Array(repeating: CellStyle(), count: width * height)
  }

  init(width: Int, height: Int, feeding bytes: [UInt8]) throws {
    self.init(width: width, height: height)
    try feed(bytes)
  }

  mutating func feed(_ bytes: [UInt8]) throws {
    var index = 0
    var run: [UInt8] = []
    func flush(_ terminal: inout VirtualTerminal) throws {
      guard !run.isEmpty else { return }
      try terminal.write(String(decoding: run, as: UTF8.self))
      run.removeAll()
    }
    while index < bytes.count {
      if bytes[index] == 0x0D || bytes[index] == 0x0A {
        try flush(&self)
        if bytes[index] == 0x0D {
          x = 0
        } else {
          guard y + 1 < height else { throw Failure(description: "a line feed on the last row") }
          y += 1
        }
        index += 1
        continue
      }
      guard bytes[index] == 0x1B else {
        run.append(bytes[index])
        index += 1
        continue
      }
      try flush(&self)
      guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
        throw Failure(description: "an escape that is not a control sequence at byte \(index)")
      }
      var end = index + 2
      while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
      guard end < bytes.count else { throw Failure(description: "a control sequence cut short") }
      let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
      try control(parameters, final: bytes[end])
      index = end + 1
    }
    try flush(&self)
  }

  private mutating func control(_ parameters: String, final: UInt8) throws {
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0) ?? 0
    }
    switch (final, parameters) {
    case (UInt8(ascii: "H"), ""):
      (x, y) = (0, 0)
    case (UInt8(ascii: "H"), _):
      guard numbers.count == 2, (1...height).contains(numbers[0]), (1...width).contains(numbers[1])
      else { throw Failure(description: "a move to \(parameters)") }
      (y, x) = (numbers[0] - 1, numbers[1] - 1)
    case (UInt8(ascii: "C"), _):
      guard let columns = Int(parameters), x + columns < width else {
        throw Failure(description: "a move right by \(parameters) from \(x)")
      }
      x += columns
    case (UInt8(ascii: "G"), _):
      guard let column = Int(parameters), (1...width).contains(column) else {
        throw Failure(description: "a move to column \(parameters)")
      }
      x = column - 1
    case (UInt8(ascii: "r"), _):
      // Only the whole screen: a line feed on the last row is then never sent.
      guard numbers == [1, height] else {
        throw Failure(description: "a scroll region \(parameters) of a screen of \(height) rows")
      }
      (x, y) = (0, 0)
    case (UInt8(ascii: "K"), ""):
      guard x < width else { throw Failure(description: "an erase past the row's end") }
      // Terminals erase in the colours (some in the attributes) text is drawn in: the encoder
      // must erase in plain text.
      guard pen == CellStyle() else { throw Failure(description: "an erase in \(pen)") }
      for column in x..<width {
        text[y * width + column] = " "
        styles[y * width + column] = CellStyle()
      }
    case (UInt8(ascii: "J"), "2"):
      text = Array(repeating: " ", count: width * height)
      styles = Array(repeating: CellStyle(), count: width * height)
    case (UInt8(ascii: "m"), _):
      for number in numbers {
        switch number {
        case 0: pen = CellStyle()
        case 1: pen.bold = true
        case 2: pen.dim = true
        case 4: pen.underline = true
        case 7: pen.reverse = true
        case 30...37: pen.foreground = CellStyle.PaletteColor(rawValue: Int16(number - 30))
        case 39: pen.foreground = nil
        case 49: break
        default: throw Failure(description: "an unknown style \(number)")
        }
      }
    case (UInt8(ascii: "l"), "?25"): cursorShown = false
    case (UInt8(ascii: "h"), "?25"): cursorShown = true
    case (UInt8(ascii: "l"), "?12"): break
    default:
      throw Failure(
        description: "an unknown control sequence \(parameters)\(Character(Unicode.Scalar(final)))")
    }
  }

  private mutating func write(_ string: String) throws {
    for character in string {
      let columns = DisplayWidth.of(String(character))
      guard x + columns <= width else {
        throw Failure(description: "\(character.debugDescription) written past the row's end")
      }
      text[y * width + x] = String(character)
      styles[y * width + x] = pen
      if columns == 2 {
        text[y * width + x + 1] = ""
        styles[y * width + x + 1] = pen
      }
      x += max(columns, 1)
    }
  }

  /// Records every cell that the terminal shows otherwise than the screen has it.
  func expectShows(
    _ screen: Screen, theme: Theme, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    var wrong: [String] = []
    for row in 0..<height {
      for column in 0..<width {
        let cell = screen[column, row]
        let shown = text[row * width + column]
        if cell.isContinuation {
          if !shown.isEmpty { wrong.append("(\(column),\(row)) \(shown) over a wide character") }
          continue
        }
        if shown != cell.text { wrong.append("(\(column),\(row)) \(shown) for \(cell.text)") }
        if styles[row * width + column] != theme.style(for: cell) {
          wrong.append("(\(column),\(row)) style \(styles[row * width + column])")
        }
      }
    }
    if !wrong.isEmpty { throw Failure(description: wrong.prefix(6).joined(separator: "; ")) }
    #expect(cursorShown == (screen.cursor != nil), sourceLocation: sourceLocation)
  }
}
