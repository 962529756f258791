/// The text of a file a spreadsheet saved, decoded from the encoding it was most likely saved in.
///
/// Spreadsheets save CSV as UTF-8 (with or without a byte-order mark), as UTF-16 with a
/// byte-order mark ("Unicode text"), or in the Windows code page of the machine, which for the
/// languages that write with the Latin alphabet is Windows-1252. Bytes that are valid UTF-8 are
/// read as UTF-8; anything else is read as Windows-1252, which gives every byte a character, so
/// decoding never fails.
public struct SpreadsheetText: Sendable, Equatable {
  /// An encoding the decoder recognises.
  public enum Encoding: String, Sendable, Equatable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 after a byte-order mark, as Excel's "CSV UTF-8" saves it.
    case utf8WithBOM = "UTF-8 with a byte-order mark"
    /// UTF-16, little-endian, after a byte-order mark.
    case utf16LittleEndian = "UTF-16 (little-endian)"
    /// UTF-16, big-endian, after a byte-order mark.
    case utf16BigEndian = "UTF-16 (big-endian)"
    /// Windows-1252, the code page Excel uses on Western European Windows.
    case windows1252 = "Windows-1252"

    /// Whether the encoding is UTF-8, with or without a byte-order mark.
    public var isUTF8: Bool { self == .utf8 || self == .utf8WithBOM }
  }

  /// The decoded text, without the byte-order mark.
  public var text: String
  /// The encoding the bytes were read in.
  public var encoding: Encoding

  /// Creates decoded text.
  public init(text: String, encoding: Encoding) {
    self.text = text
    self.encoding = encoding
  }

  /// Decodes a file's bytes.
  /// - Parameter bytes: The file's bytes.
  /// - Returns: The text and the encoding it was read in.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func decode(_ bytes: [UInt8]) -> SpreadsheetText {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return SpreadsheetText(text: utf8(bytes.dropFirst(3)), encoding: .utf8WithBOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return SpreadsheetText(
        text: utf16(bytes.dropFirst(2), bigEndian: false), encoding: .utf16LittleEndian)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return SpreadsheetText(
        text: utf16(bytes.dropFirst(2), bigEndian: true), encoding: .utf16BigEndian)
    }
    if isValidUTF8(bytes[...]) { return SpreadsheetText(text: utf8(bytes[...]), encoding: .utf8) }
    return SpreadsheetText(text: windows1252(bytes), encoding: .windows1252)
  }

  /// The bytes of UTF-8 text after a byte-order mark, as spreadsheets expect a CSV file.
  /// - Parameter text: The text.
  /// - Returns: `EF BB BF` and the text's UTF-8.
  public static func utf8WithBOM(_ text: String) -> [UInt8] {
    [0xEF, 0xBB, 0xBF] + Array(text.utf8)
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    // An odd last byte is half a character: it becomes U+FFFD, as a broken pair does.
    if index < bytes.endIndex { units.append(0xFFFD) }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252's characters for the bytes 0x80 to 0x9F; the five bytes it leaves undefined
  /// keep their C1 control code points, as Windows itself maps them.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  private static func windows1252(_ bytes: [UInt8]) -> String {
    var text = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
      // Every value in the table and below 0x100 is a valid scalar.
      text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(text)
  }
}
