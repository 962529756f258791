/// How many terminal columns text takes, by grapheme, without asking the C locale.
///
/// Terminals draw East Asian wide characters and emoji in two columns and combining marks in
/// none; `String.count` knows neither, so every layout (the screens and the text report)
/// measures with this.
public enum DisplayWidth {
  /// The columns one grapheme takes: 0, 1 or 2.
  ///
  /// The grapheme's first scalar decides, as in a terminal: the marks and joiners after it
  /// draw in its cell. The ranges come from the Unicode data (see
  /// `scripts/generate-width-table.py`); emoji presentation comes from the Swift runtime's
  /// newer data, so a new emoji is wide even before the table is generated again.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    if contains(zeroRanges, value) { return 0 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if first.properties.isEmojiPresentation { return 2 }
    return contains(wideRanges, value) ? 2 : 1
  }

  /// The columns a string takes.
  public static func of(_ text: String) -> Int {
    columns(text)
  }

  /// The columns a part of a string takes.
  public static func of(_ text: Substring) -> Int {
    columns(text)
  }

  /// The columns a string takes.
  public static func of(_ text: some StringProtocol) -> Int {
    columns(text)
  }

  /// Most text is Latin script, one column and one grapheme a scalar: counted by scalars, it
  /// needs no grapheme breaking; anything else (marks, wide characters, emoji) takes the long way.
  private static func columns(_ text: some StringProtocol) -> Int {
    var count = 0
    for unit in text.utf8 {
      guard unit >= 0x20 && unit < 0x7F else { return scalarColumns(text) }
      count += 1
    }
    return count
  }

  private static func scalarColumns(_ text: some StringProtocol) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      guard let columns = simple(scalar) else { return text.reduce(0) { $0 + of($1) } }
      count += columns
    }
    return count
  }

  /// The columns of a scalar that is a grapheme of its own whatever surrounds it, or nil.
  ///
  /// Latin, Greek and Cyrillic letters, general punctuation (dashes, quotes, "…", "•"), arrows,
  /// mathematical operators, box drawing, blocks, geometric shapes and miscellaneous symbols
  /// never join a neighbour into one grapheme (none is a mark, a joiner, a prepended or a
  /// Hangul or regional-indicator scalar), so text made only of them can be measured and cut a
  /// scalar at a time, with the same widths as ``of(_:)-swift.type.method`` gives.
  static func simple(_ scalar: Unicode.Scalar) -> Int? {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value >= 0xA0 && value < 0x300 { return 1 }
    let symbol =
      (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
      || (0x2100...0x2BFF).contains(value)
    guard symbol else { return nil }
    if contains(zeroRanges, value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return contains(wideRanges, value) ? 2 : 1
  }

  /// Whether one of the sorted, disjoint ranges holds `value`; `ranges` holds each range's
  /// first and last value in turn.
  /// - Complexity: O(log *n*) in the number of ranges.
  private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
    var low = 0
    var high = ranges.count / 2
    while low < high {
      let middle = (low + high) / 2
      if ranges[2 * middle + 1] < value {
        low = middle + 1
      } else if ranges[2 * middle] > value {
        high = middle
      } else {
        return true
      }
    }
    return false
  }
}

extension String {
  /// The string cut to at most `width` columns, ending in `…` when cut.
  public func truncated(to width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(self) > width else { return self }
    var result = ""
    var used = 0
    for character in self {
      let next = DisplayWidth.of(character)
      if used + next > width - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }

  /// The string cut from the start to at most `width` columns, beginning with `…` when cut:
  /// the end of a long file path is the part that tells files apart.
  public func truncatedFromStart(to width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(self) > width else { return self }
    var kept: [Character] = []
    var used = 0
    for character in reversed() {
      let next = DisplayWidth.of(character)
      if used + next > width - 1 { break }
      kept.append(character)
      used += next
    }
    return "…" + String(kept.reversed())
  }

  /// The string with spaces before it to fill `width` columns (never cut).
  public func leftPadded(to width: Int) -> String {
    let used = DisplayWidth.of(self)
    return used >= width ? self : String(repeating: " ", count: width - used) + self
  }

  /// The string padded with spaces (or cut) to exactly `width` columns.
  public func padded(to width: Int) -> String {
    // Measured once when it fits, which is what a table's cells mostly do.
    let used = DisplayWidth.of(self)
    if width > 0, used <= width {
      return used == width ? self : self + String(repeating: " ", count: width - used)
    }
    let cut = truncated(to: width)
    let cutWidth = DisplayWidth.of(cut)
    return cutWidth >= width ? cut : cut + String(repeating: " ", count: width - cutWidth)
  }

  /// The string broken into lines of at most `width` columns, at spaces where possible.
  ///
  /// Only a character wider than `width` itself (a wide character at width 1) makes a line
  /// wider; nothing but the spaces lines are broken at is dropped.
  public func wrapped(to width: Int) -> [String] {
    guard width > 0 else { return [] }
    if fitsAsItIs(width) { return [self] }
    if let lines = utf8Wrapped(to: width) { return lines }
    if let lines = simplyWrapped(to: width) { return lines }
    return graphemeWrapped(to: width)
  }

  /// ``wrapped(to:)`` a grapheme cluster at a time, for any text.
  func graphemeWrapped(to width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        // The line's text, not its width, says whether it has begun: a zero-width word
        // (a lone combining mark) is still a word.
        if !line.isEmpty && used + 1 + wordWidth <= width {
          line += " " + word
          used += 1 + wordWidth
          continue
        }
        if !line.isEmpty {
          lines.append(line)
          line = ""
          used = 0
        }
        while wordWidth > width && word.count > 1 {
          var head = ""
          var headWidth = 0
          for character in word {
            let next = DisplayWidth.of(character)
            // A character wider than the whole line still takes a line of its own, or the
            // loop would never move on.
            if headWidth + next > width && !head.isEmpty { break }
            head.append(character)
            headWidth += next
          }
          lines.append(head)
          word = String(word.dropFirst(head.count))
          wordWidth = DisplayWidth.of(word)
        }
        line = word
        used = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}

extension String {
  /// Whether the text is already its one wrapped line: at most `width` bytes (no scalar takes
  /// more columns than it has bytes), no line break or control character, one space between
  /// words and none at either end. Most lines of a long plan are, and need no wrapping.
  func fitsAsItIs(_ width: Int) -> Bool {
    guard utf8.count <= width else { return false }
    var text = self
    return text.withUTF8 { bytes in
      // A space first is not the text's own line (wrapping drops it), nor is one last.
      var previous: UInt8 = 0x20
      for byte in bytes {
        if byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return false }
        previous = byte
      }
      return previous != 0x20 || bytes.isEmpty
    }
  }

  /// ``wrapped(to:)`` over the text's UTF-8 bytes, for printable ASCII text with line breaks
  /// (most of a framework's text) and simple scalars among it (`DisplayWidth.simple(_:)`, such
  /// as the plan's `☐` and `·`): the same lines as `simplyWrapped(to:)`, an ASCII byte a
  /// column, without the string's scalar view (whose indexing was most of laying out a long
  /// plan). Nil for other text, and for a word wider than the line that is not all ASCII.
  func utf8Wrapped(to width: Int) -> [String]? {
    var text = self
    return text.withUTF8 { bytes -> [String]? in
      for byte in bytes where (byte < 0x20 && byte != 0x0A) || byte == 0x7F { return nil }
      func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var lines: [String] = []
      // The line so far: a range of the text while its words are one space apart there, else
      // built up.
      var slice: Range<Int>?
      var built: String?
      var used = 0
      func take() -> String {
        defer {
          slice = nil
          built = nil
          used = 0
        }
        return built ?? slice.map(string) ?? ""
      }
      var index = 0
      let count = bytes.count
      while true {
        guard index != count, bytes[index] != 0x0A else {
          lines.append(take())
          guard index != count else { break }
          index += 1
          continue
        }
        if bytes[index] == 0x20 {
          index += 1
          continue
        }
        let start = index
        var wordWidth = 0
        var ascii = true
        while index != count, bytes[index] != 0x20, bytes[index] != 0x0A {
          let byte = bytes[index]
          guard byte >= 0x80 else {
            wordWidth += 1
            index += 1
            continue
          }
          // A scalar of two to four bytes (the text is valid UTF-8).
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          var value = UInt32(byte & (0x7F >> length))
          for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
          guard let scalar = Unicode.Scalar(value), let columns = DisplayWidth.simple(scalar)
          else { return nil }
          wordWidth += columns
          ascii = false
          index += length
        }
        var word = start..<index
        if let current = slice, used + 1 + wordWidth <= width {
          if built == nil && current.upperBound + 1 == start {
            slice = current.lowerBound..<index
          } else {
            var line = built ?? string(current)
            line += " "
            line += string(word)
            built = line
          }
          used += 1 + wordWidth
          continue
        }
        // Cutting a word by columns is simplyWrapped's, unless every byte is a column.
        if wordWidth > width && !ascii { return nil }
        if slice != nil { lines.append(take()) }
        // A word wider than the line is cut, a line's width at a time.
        while ascii && word.count > width && word.count > 1 {
          lines.append(string(word.lowerBound..<word.lowerBound + width))
          word = word.lowerBound + width..<word.upperBound
        }
        slice = word
        used = ascii ? word.count : wordWidth
      }
      return lines
    }
  }

  /// ``wrapped(to:)`` a scalar at a time, for text whose every scalar is a grapheme of its own
  /// (see `DisplayWidth.simple(_:)`): the same lines without grapheme breaking, which took most of
  /// the time of laying out a screen. Nil for other text.
  func simplyWrapped(to width: Int) -> [String]? {
    let scalars = unicodeScalars
    var lines: [String] = []
    // The line so far: a slice of the text while its words are one space apart there (the
    // usual case, one string made a line), else built up.
    var slice: Range<String.Index>?
    var built: String?
    var used = 0
    func take() -> String {
      defer {
        slice = nil
        built = nil
        used = 0
      }
      return built ?? slice.map { String(self[$0]) } ?? ""
    }
    var index = scalars.startIndex
    while true {
      guard index != scalars.endIndex, scalars[index] != "\n" else {
        lines.append(take())
        guard index != scalars.endIndex else { break }
        index = scalars.index(after: index)
        continue
      }
      if scalars[index] == " " {
        index = scalars.index(after: index)
        continue
      }
      let start = index
      var wordWidth = 0
      while index != scalars.endIndex, scalars[index] != " ", scalars[index] != "\n" {
        guard let columns = DisplayWidth.simple(scalars[index]) else { return nil }
        wordWidth += columns
        index = scalars.index(after: index)
      }
      var word = self[start..<index]
      if let current = slice, used + 1 + wordWidth <= width {
        if built == nil && scalars.index(after: current.upperBound) == start {
          slice = current.lowerBound..<index
        } else {
          var text = built ?? String(self[current])
          text += " "
          text += word
          built = text
        }
        used += 1 + wordWidth
        continue
      }
      if slice != nil { lines.append(take()) }
      // A word wider than the line is cut, as many columns a line as fit.
      while wordWidth > width && word.unicodeScalars.count > 1 {
        var end = word.startIndex
        var headWidth = 0
        for position in word.unicodeScalars.indices {
          let columns = DisplayWidth.simple(word.unicodeScalars[position]) ?? 1
          if headWidth + columns > width && end != word.startIndex { break }
          headWidth += columns
          end = word.unicodeScalars.index(after: position)
        }
        lines.append(String(word[..<end]))
        word = word[end...]
        wordWidth -= headWidth
      }
      slice = word.startIndex..<word.endIndex
      used = wordWidth
    }
    return lines
  }
}
