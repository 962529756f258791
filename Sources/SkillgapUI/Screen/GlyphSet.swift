import Foundation
import SkillgapCore

/// The characters a terminal can show: every Unicode glyph (a UTF-8 locale), or ASCII only.
///
/// In a locale that is not UTF-8 (`LANG=C`, or a locale the server lacks) curses cannot write a
/// non-ASCII character at all: it vanishes and every later cell of the row lands a column off.
/// Every screen is then drawn through ``ascii(_:)``, the one mapping from the glyphs the views
/// use to ASCII.
public enum GlyphSet: Sendable, Equatable {
  case unicode
  case ascii

  /// The glyphs the views use and what stands for each in ASCII.
  static let replacements: [Character: String] = [
    "▸": ">", "◂": "<", "█": "#", "░": ".", "→": "->", "←": "<-", "↑": "^", "↓": "v",
    "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "●": "*", "◆": "+",
    "•": "*", "·": "-", "…": ".", "–": "-", "—": "-", "−": "-", "×": "x", "≤": "<=",
    "≥": ">=", "☐": "[ ]", "✓": "[x]", "✗": "[!]", "’": "'", "‘": "'", "“": "\"", "”": "\"",
    "′": "'",
  ]

  /// Text as this set can show it: unchanged for Unicode; for ASCII, each glyph the views use
  /// by its stand-in, a letter with marks by the letter (`é` → `e`, `²` → `2`), anything else
  /// by one `?` per column it would take.
  public func text(_ text: String) -> String {
    guard self == .ascii, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
    return text.reduce(into: "") { result, character in
      result += Self.ascii(character)
    }
  }

  /// The ASCII that stands for one grapheme.
  public static func ascii(_ character: Character) -> String {
    if character.isASCII { return String(character) }
    if let replacement = replacements[character] { return replacement }
    let columns = DisplayWidth.of(character)
    guard columns > 0 else { return "" }
    let decomposed = String(character).decomposedStringWithCompatibilityMapping
    let base = decomposed.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }
    if !base.isEmpty {
      var text = String(String.UnicodeScalarView(base))
      // A wide character keeps its two columns, so the layout measured for it still holds.
      while text.count < columns { text += " " }
      return text
    }
    return String(repeating: "?", count: columns)
  }
}
