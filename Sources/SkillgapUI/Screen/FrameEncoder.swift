/// Turns frames into the bytes that bring the terminal from the last frame to the next: only
/// the cells that changed, the shortest cursor move and style change between them, a row's
/// blank end erased at once, and the whole frame in one buffer, so that it leaves in one
/// `write()` (one packet over SSH).
///
/// It remembers what the terminal shows (the last frame, the style text is drawn in, the
/// cursor); after anything else wrote to the terminal, ``forget()`` makes the next frame a full
/// one.
public struct FrameEncoder {
  /// The terminal's control strings.
  public let controls: TerminalControls
  /// How tones look.
  public let theme: Theme

  private var previous: Screen?
  /// The style the terminal draws text in, or nil when unknown.
  private var pen: CellStyle?
  /// The cursor's row, and its column when known (a grapheme of several characters may have
  /// taken other columns than the layout's); nil when neither is known (past a row's end).
  private var at: (x: Int?, y: Int)?
  /// Whether the cursor is shown, or nil when unknown.
  private var cursorShown: Bool?
  /// Style changes made so far, by the codes of the styles from and to (a frame uses a few).
  /// Arrays rather than dictionaries here and below: the first dictionary of a new key type
  /// costs the Swift runtime a scan of every conformance in the binary, before the first frame.
  private var styles: [(from: Int, to: Int, bytes: [UInt8])] = []
  /// Moves made on first use, by cell, by columns and by column: each costs a terminfo
  /// expansion.
  private var moves: [[UInt8]] = []
  private var movesWidth = 0
  private var rightMoves: [[UInt8]] = []
  private var columnMoves: [[UInt8]] = []

  /// Creates an encoder for a terminal whose screen is in an unknown state.
  /// - Parameters:
  ///   - controls: The terminal's control strings.
  ///   - theme: How tones look.
  ///   - cursorShown: Whether the cursor is shown now, when known.
  public init(controls: TerminalControls, theme: Theme, cursorShown: Bool? = nil) {
    self.controls = controls
    self.theme = theme
    self.cursorShown = cursorShown
  }

  /// Forgets what the terminal shows: the next frame clears the screen and draws every cell.
  public mutating func forget() {
    previous = nil
    pen = nil
    at = nil
    cursorShown = nil
  }

  /// The bytes that put the cursor at the top-left corner and draw text plain again, for
  /// handing the terminal to other output (curses ending, a shell); the screen stays known.
  public mutating func home() -> [UInt8] {
    at = (0, 0)
    return controls.moveTo(0, 0) + style(CellStyle())
  }

  /// The bytes that bring the terminal from the last frame to this one: none when they show
  /// the same.
  public mutating func encode(_ screen: Screen) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(previous == nil ? 4096 : 1024)
    if movesWidth != screen.width || moves.count != screen.width * screen.height {
      moves = Array(repeating: [], count: screen.width * screen.height)
      rightMoves = Array(repeating: [], count: screen.width + 1)
      columnMoves = Array(repeating: [], count: screen.width)
      movesWidth = screen.width
    }
    let before =
      previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0.cells : nil }
      ?? []
    if before.isEmpty {
      out += style(CellStyle())
      if let scrollRegion = controls.scrollRegion { out += scrollRegion(0, screen.height - 1) }
      out += controls.clearScreen
      at = (0, 0)
    }
    let cells = screen.cells
    let width = screen.width
    for y in 0..<screen.height {
      let row = y * width
      if !before.isEmpty && cells[row..<row + width].elementsEqual(before[row..<row + width]) {
        continue
      }
      // Where the row's blank end begins: a change there may be erased rather than written.
      var blankEnd = width
      while blankEnd > 0 && cells[row + blankEnd - 1] == .blank { blankEnd -= 1 }
      var x = 0
      while x < width {
        let cell = cells[row + x]
        let unchanged = before.isEmpty ? cell == .blank : cell == before[row + x]
        if cell.isContinuation || unchanged {
          x += 1
          continue
        }
        if x >= blankEnd && !before.isEmpty && erasesRest(of: row, from: x, before, cells, width) {
          move(to: x, y, in: screen, into: &out)
          out += style(CellStyle())
          out += controls.clearToEnd
          break
        }
        if y == screen.height - 1 && x == width - 1 && !controls.writesBottomRight { break }
        move(to: x, y, in: screen, into: &out)
        x = put(x, y, in: screen, into: &out)
      }
    }
    if let cursor = screen.cursor {
      move(to: cursor.x, cursor.y, in: screen, into: &out)
      if cursorShown != true { out += controls.showCursor }
      cursorShown = true
    } else {
      if cursorShown != false { out += controls.hideCursor }
      cursorShown = false
    }
    previous = screen
    return out
  }

  /// Whether erasing a row from `x` to its end (all blank now) is shorter than writing its
  /// changed cells.
  private func erasesRest(
    of row: Int, from x: Int, _ before: [Cell], _ cells: [Cell], _ width: Int
  ) -> Bool {
    guard !controls.clearToEnd.isEmpty else { return false }
    var last = width - 1
    while last > x && cells[row + last] == before[row + last] { last -= 1 }
    let erase = controls.clearToEnd.count + (pen == CellStyle() ? 0 : 4)
    return erase < last - x + 1
  }

  /// Moves the cursor to a cell by the shortest of: nothing, writing again the few plain cells
  /// between, a move right, to a column, to the row's start and down, or to the cell.
  private mutating func move(to x: Int, _ y: Int, in screen: Screen, into out: inout [UInt8]) {
    if let at, at.y == y, at.x == x { return }
    var best: [UInt8] = []
    // The bytes of the move, and the cells written again after it.
    var cost = Int.max
    var bridge: Int?
    if let at, at.y <= y {
      // From the start of the row (after a carriage return and line feeds)…
      let down = y - at.y
      if !controls.carriageReturn.isEmpty && (down == 0 || !controls.lineDown.isEmpty)
        && down <= 3
      {
        var start = controls.carriageReturn
        for _ in 0..<down { start += controls.lineDown }
        if let (right, bridged) = x == 0 ? ([], false) : forward(from: 0, to: x, y, in: screen),
          start.count + (bridged ? x : right.count) < cost
        {
          best = start + right
          cost = start.count + (bridged ? x : right.count)
          bridge = bridged ? 0 : nil
        }
      }
      // …or along the row.
      if down == 0, let from = at.x, from < x,
        let (right, bridged) = forward(from: from, to: x, y, in: screen),
        (bridged ? x - from : right.count) < cost
      {
        best = right
        cost = bridged ? x - from : right.count
        bridge = bridged ? from : nil
      }
      if down == 0, let column = column(x), column.count < cost {
        best = column
        cost = column.count
        bridge = nil
      }
    }
    // No address is shorter than three bytes: made only when nothing shorter was found.
    if cost > 2 {
      let index = y * screen.width + x
      if moves[index].isEmpty { moves[index] = controls.moveTo(y, x) }
      if moves[index].count < cost {
        best = moves[index]
        bridge = nil
      }
    }
    if let bridge {
      out += best
      at = (bridge, y)
      var column = bridge
      while column < x { column = put(column, y, in: screen, into: &out) }
      return
    }
    out += best
    at = (x, y)
  }

  /// The move right from one column to another of a row: the cells between written again when
  /// that is shorter and they are ASCII in the style text is drawn in (`bridged`), or `cuf`;
  /// nil when the terminal has neither.
  private mutating func forward(from start: Int, to x: Int, _ y: Int, in screen: Screen) -> (
    bytes: [UInt8], bridged: Bool
  )? {
    let row = y * screen.width
    let right = rightMove(x - start)
    if right.isEmpty || x - start < right.count,
      screen.cells[row + start..<row + x].allSatisfy({
        $0.glyph.asciiByte != nil && theme.style(for: $0) == pen
      })
    {
      return ([], true)
    }
    return right.isEmpty ? nil : (right, false)
  }

  private mutating func rightMove(_ columns: Int) -> [UInt8] {
    guard let moveRight = controls.moveRight else { return [] }
    if rightMoves[columns].isEmpty { rightMoves[columns] = moveRight(columns) }
    return rightMoves[columns]
  }

  private mutating func column(_ x: Int) -> [UInt8]? {
    guard let moveToColumn = controls.moveToColumn else { return nil }
    if columnMoves[x].isEmpty { columnMoves[x] = moveToColumn(x) }
    return columnMoves[x]
  }

  /// Writes the cell at the cursor; returns the column after it.
  private mutating func put(_ x: Int, _ y: Int, in screen: Screen, into out: inout [UInt8]) -> Int {
    let width = screen.width
    let cell = screen.cells[y * width + x]
    let columns = x + 1 < width && screen.cells[y * width + x + 1].isContinuation ? 2 : 1
    out += style(theme.style(for: cell))
    var lost = false
    if let byte = cell.glyph.asciiByte {
      out.append(byte)
    } else if controls.unicode && fits(cell.glyph, columns: columns) {
      cell.glyph.appendUTF8(to: &out)
      // A terminal may draw a grapheme of several characters in other columns than the C
      // library says: the next cell is then reached from the row's start or by a move.
      lost = cell.glyph.singleScalar == nil
    } else {
      out += repeatElement(UInt8(ascii: "?"), count: columns)
    }
    // Past the last column the terminal waits to wrap (or has wrapped): nothing is known.
    if x + columns >= width {
      at = nil
    } else {
      at = (lost ? nil : x + columns, y)
    }
    return x + columns
  }

  /// Whether the C library gives a glyph the columns the layout gave it: its first character
  /// that many, every later one (combining marks, joiners, selectors) none.
  private func fits(_ glyph: Glyph, columns: Int) -> Bool {
    if let scalar = glyph.singleScalar { return controls.scalarWidth(scalar) == columns }
    var scalars = glyph.string.unicodeScalars.makeIterator()
    guard let first = scalars.next(), controls.scalarWidth(first.value) == columns else {
      return false
    }
    while let next = scalars.next() {
      if controls.scalarWidth(next.value) != 0 { return false }
    }
    return true
  }

  /// The bytes that make text drawn in a style (none when it already is), remembering it.
  private mutating func style(_ new: CellStyle) -> [UInt8] {
    if pen == new { return [] }
    let (from, to) = (pen.map(Self.code) ?? -1, Self.code(new))
    let old = pen
    pen = new
    if let known = styles.first(where: { $0.from == from && $0.to == to }) { return known.bytes }
    let made = controls.change(from: old, to: new)
    styles.append((from, to, made))
    return made
  }

  /// A number for each style.
  private static func code(_ style: CellStyle) -> Int {
    (style.bold ? 1 : 0) | (style.reverse ? 2 : 0) | (style.underline ? 4 : 0)
      | (style.dim ? 8 : 0) | Int(style.foreground.map { $0.rawValue + 1 } ?? 0) << 4
  }
}
