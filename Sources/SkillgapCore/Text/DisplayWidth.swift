/// How many terminal columns text takes, by grapheme, without asking the C locale.
///
/// Terminals draw East Asian wide characters and emoji in two columns and combining marks in
/// none; `String.count` knows neither, so every layout (the screens and the text report)
/// measures with this.
public enum DisplayWidth {
  /// The columns one grapheme takes: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
    if first.value < 0x300 { return 1 }
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if first.properties.isEmojiPresentation { return 2 }
    if isWide(first.value) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: return 1
    }
  }

  /// The columns a string takes.
  public static func of(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x2E80...0x303E,
    0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    wideRanges.contains { $0.contains(value) }
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
    let cut = truncated(to: width)
    let used = DisplayWidth.of(cut)
    return used >= width ? cut : cut + String(repeating: " ", count: width - used)
  }

  /// The string broken into lines of at most `width` columns, at spaces where possible.
  ///
  /// Only a character wider than `width` itself (a wide character at width 1) makes a line
  /// wider; nothing but the spaces lines are broken at is dropped.
  public func wrapped(to width: Int) -> [String] {
    guard width > 0 else { return [] }
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
