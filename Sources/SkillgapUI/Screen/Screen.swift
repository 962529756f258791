import SkillgapCore

/// What a cell looks like, by meaning; the terminal adapter picks colours or attributes for it.
public enum Tone: UInt8, Sendable, Equatable, CaseIterable {
  /// Ordinary text.
  case normal
  /// Headings and the title bar.
  case title
  /// Secondary text: hints, descriptions of other rows.
  case dim
  /// The row or item under the cursor.
  case highlight
  /// The person's current answer.
  case selected
  /// Keys in the footer and help.
  case key
  /// Good news: requirement met, strengths, saved.
  case good
  /// Worth a look: unanswered, small gaps.
  case warning
  /// Bad news: blocking gaps, errors.
  case bad
  /// The filled part of a bar.
  case barFill
  /// The required level marked on a bar.
  case barTarget
}

/// One cell of a frame: a grapheme and how it looks.
public struct Cell: Sendable, Equatable {
  /// The grapheme drawn here, inline; empty for the right half of a wide character.
  public var glyph: Glyph
  /// The tone of the cell.
  public var tone: Tone
  /// Whether the text is bold (kept in monochrome too).
  public var bold: Bool
  /// Whether the text is underlined.
  public var underline: Bool

  /// A blank cell.
  public static let blank = Cell(glyph: Glyph(ascii: 0x20), tone: .normal)

  /// Creates a cell.
  public init(text: String, tone: Tone, bold: Bool = false, underline: Bool = false) {
    self.init(glyph: Glyph(text), tone: tone, bold: bold, underline: underline)
  }

  /// Creates a cell from its glyph.
  public init(glyph: Glyph, tone: Tone, bold: Bool = false, underline: Bool = false) {
    self.glyph = glyph
    self.tone = tone
    self.bold = bold
    self.underline = underline
  }

  /// The grapheme drawn here; empty for the right half of a wide character.
  public var text: String {
    get { glyph.string }
    set { glyph = Glyph(newValue) }
  }

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { glyph.isEmpty }
}

/// A frame: a grid of cells that the adapter draws over the previous one.
public struct Screen: Sendable, Equatable {
  /// The number of columns.
  public let width: Int
  /// The number of rows.
  public let height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// The characters the terminal can show; text written in is mapped to them.
  public let glyphs: GlyphSet
  /// Where the terminal cursor should sit (for text editing), or nil to hide it.
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0

  /// Creates a blank screen.
  /// - Parameters:
  ///   - width: Columns.
  ///   - height: Rows.
  ///   - glyphs: The characters the terminal can show (``GlyphSet/ascii`` outside UTF-8).
  public init(width: Int, height: Int, glyphs: GlyphSet = .unicode) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.glyphs = glyphs
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position.
  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Writes text at a position. With a `limit`, text wider than the limit (or than the rest of
  /// the row) ends with "…", so a cut never goes unseen; without one, it is clipped to the screen.
  /// - Returns: The column after the last one written.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, tone: Tone = .normal, bold: Bool = false,
    underline: Bool = false, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return x }
    let end = min(width, x + (limit ?? width))
    // Mapped before the cut, so a cut measures what is drawn; the cut's "…" is mapped too.
    var text = glyphs.text(text)
    // No text is wider than its UTF-8 bytes: what has no more bytes than room needs no cut.
    if limit != nil, text.utf8.count > end - x { text = glyphs.text(text.truncated(to: end - x)) }
    var column = x
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      let next = utf8.index(after: index)
      // A printable ASCII byte followed by ASCII (or nothing) is a whole grapheme of one
      // column: most of what is drawn takes this path, without grapheme breaking.
      if byte >= 0x20 && byte < 0x7F && (next == utf8.endIndex || utf8[next] < 0x80) {
        if column + 1 > end { break }
        if column >= 0 {
          // A cell of one byte is no half of a wide character: nothing to clear around it.
          if cells[y * width + column].glyph.byteCount != 1 { clearWide(x: column, y: y) }
          cells[y * width + column] = Cell(
            glyph: Glyph(ascii: byte), tone: tone, bold: bold, underline: underline)
        }
        column += 1
        index = next
        continue
      }
      // Anything else is measured as the grapheme it starts: `index` is on a grapheme boundary,
      // since the last cell ended on one.
      guard let character = text[index...].first else { break }
      index = utf8.index(index, offsetBy: character.utf8.count)
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      if column + columns > end { break }
      if column >= 0 {
        // Overwriting half of a wide character blanks its other half.
        clearWide(x: column, y: y)
        if columns == 2 { clearWide(x: column + 1, y: y) }
        cells[y * width + column] = Cell(
          text: String(character), tone: tone, bold: bold, underline: underline)
        if columns == 2 {
          cells[y * width + column + 1] = Cell(
            glyph: .empty, tone: tone, bold: bold, underline: underline)
        }
      }
      column += columns
    }
    return column
  }

  /// The cells of one row.
  func row(_ y: Int) -> ArraySlice<Cell> {
    cells[y * width..<(y + 1) * width]
  }

  /// Replaces one row's cells with a row drawn before for the same width (a memo's).
  mutating func setRow(_ y: Int, _ row: ArraySlice<Cell>) {
    guard y >= 0, y < height, row.count == width else { return }
    cells.replaceSubrange(y * width..<(y + 1) * width, with: row)
  }

  /// Fills a rectangle with spaces of a tone.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, tone: Tone = .normal) {
    for row in max(0, y)..<min(height, y + h) {
      for column in max(0, x)..<min(width, x + w) {
        clearWide(x: column, y: row)
        cells[row * width + column] = Cell(glyph: Glyph(ascii: 0x20), tone: tone)
      }
    }
  }

  /// Sets the tone of a run of cells, keeping their text (for highlighting a row).
  public mutating func tint(x: Int, y: Int, width w: Int, tone: Tone, bold: Bool? = nil) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<min(width, x + w) {
      cells[y * width + column].tone = tone
      if let bold { cells[y * width + column].bold = bold }
    }
  }

  private mutating func clearWide(x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    let index = y * width + x
    // One byte (a space, ASCII) is never half of a wide character: most cells answer here.
    let bytes = cells[index].glyph.byteCount
    if bytes == 1 { return }
    if bytes == 0, x > 0 {
      cells[index - 1] = .blank
      cells[index] = .blank
    } else if bytes > 1, DisplayWidth.of(cells[index].text) == 2, x + 1 < width {
      cells[index + 1] = .blank
    }
  }

  /// The text of each row, for tests and golden files (wide characters once, trailing spaces
  /// kept so the grid shape shows).
  public var lines: [String] {
    (0..<height).map { row in
      (0..<width).reduce(into: "") { line, column in line += self[column, row].text }
    }
  }

  /// The text of the screen with a frame around it, for golden files.
  public var snapshot: String {
    let border = "+" + String(repeating: "-", count: width) + "+"
    return ([border] + lines.map { "|\($0)|" } + [border]).joined(separator: "\n") + "\n"
  }

  /// A map of the tones used on each row, one letter per cell, for golden files of styling.
  public var toneMap: String {
    let letters: [Tone: Character] = [
      .normal: ".", .title: "T", .dim: "d", .highlight: "H", .selected: "S", .key: "k",
      .good: "g", .warning: "w", .bad: "b", .barFill: "#", .barTarget: "|",
    ]
    return (0..<height).map { row in
      String((0..<width).map { letters[self[$0, row].tone] ?? "?" })
    }.joined(separator: "\n") + "\n"
  }

  public static func == (lhs: Screen, rhs: Screen) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.glyphs == rhs.glyphs
      && lhs.cells == rhs.cells
      && lhs.cursorX == rhs.cursorX && lhs.cursorY == rhs.cursorY
  }
}
