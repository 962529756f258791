/// Text made safe to show on a terminal: control characters are written out visibly instead of
/// being obeyed.
///
/// Framework files, ratings and notes are text anyone can write. Sent raw, an escape sequence in
/// a skill's name could set the clipboard (OSC 52), retitle the window, clear the screen or ring
/// the bell. Everything skillgap writes for a person to read on a terminal passes through
/// ``escaped(_:keepingStyle:)``; data exports written to files or pipes keep their bytes.
public enum TerminalText {
  /// The text with every control character but line feed and tab written visibly: escape as
  /// `\e`, other C0 controls, DEL and C1 controls as `\xNN`; a carriage return is kept only
  /// right before a line feed (CSV lines end with both).
  /// - Parameters:
  ///   - text: The text to show.
  ///   - keepingStyle: Whether to keep colour and bold sequences (`ESC [ digits m`), which
  ///     skillgap's own text report adds; they can only change how text looks.
  /// - Returns: Text holding no control character but line feeds, tabs and those kept.
  /// - Complexity: O(*n*) in the length of `text`.
  public static func escaped(_ text: String, keepingStyle: Bool = false) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", keepingStyle, let end = styleSequenceEnd(scalars, from: index) {
        result.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if !needsEscape(scalar) || (scalar == "\r" && next == "\n") {
        result.append(scalar)
      } else if scalar == "\u{1B}" {
        result.append(contentsOf: "\\e".unicodeScalars)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" + hex : hex)).unicodeScalars)
      }
      index += 1
    }
    return String(result)
  }

  /// Whether a scalar is a control character a terminal would obey.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }

  /// The index of the `m` ending a select-graphic-rendition sequence that starts at `start`.
  private static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
      index += 1
    }
    return nil
  }
}
