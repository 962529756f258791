import PropertyBased

/// Generators of text that hostile and multilingual input looks like: separators, quotes, line
/// breaks, formula starts, a byte-order mark, scalars that join their neighbours, and any scalar.
enum RandomText {
  /// Scalars that break naive code, often; any other scalar otherwise.
  static let scalar = zip(Gen.int(in: 0...99), Gen<UInt32>.value(in: 0...0x10_FFFF)).map {
    choice, code -> Unicode.Scalar in
    let tricky: [Unicode.Scalar] = [
      ",", ";", "\t", "\"", "\r", "\n", " ", "=", "+", "-", "@", "'", "\\", "\u{FEFF}", "é",
      "e", "\u{301}", "\u{200D}", "\u{200B}", "👩", "日", "\u{1F3FB}", "\u{1F1EB}", "a", "Ç",
      "\u{0}", "\u{1B}", "\u{85}", "\u{2028}",
    ]
    if choice < 60 { return tricky[Int(code) % tricky.count] }
    return Unicode.Scalar(code) ?? "\u{FFFD}"
  }

  /// Text of up to 24 scalars.
  static let text = scalar.array(of: 0...24).map { string($0) }

  /// Text of up to 120 scalars without line breaks, as a calendar's content line is.
  static let line = scalar.array(of: 0...120).map { scalars in
    string(scalars.filter { $0 != "\r" && $0 != "\n" })
  }

  private static func string(_ scalars: [Unicode.Scalar]) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    return String(text)
  }
}
