import Foundation

/// The grapheme of a cell, held inline: up to 15 bytes of UTF-8 in two words, so a cell is a
/// plain value that copies and compares without touching reference counts.
///
/// Longer graphemes (ZWJ emoji sequences, tag flags) are kept once in a process-wide table and
/// held by their number there; equal text is always the same glyph, so equality stays exact.
public struct Glyph: Sendable, Hashable {
  /// Bytes 0–7 of the UTF-8, or the table number of a long grapheme.
  private var low: UInt64
  /// Bytes 8–14 of the UTF-8 in the low seven bytes; the top byte is the length (0–15), or
  /// ``interned`` for a grapheme held in the table.
  private var high: UInt64

  private static let interned: UInt64 = 0xFF

  /// The empty glyph (the right half of a wide character).
  public static let empty = Glyph(low: 0, high: 0)

  private init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// The glyph of one ASCII byte.
  public init(ascii byte: UInt8) {
    low = UInt64(byte)
    high = 1 << 56
  }

  /// The glyph of a text (a grapheme, or empty).
  public init(_ text: String) {
    let count = text.utf8.count
    guard count <= 15 else {
      low = LongGlyphs.shared.number(of: text)
      high = Self.interned << 56
      return
    }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in text.utf8.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (8 * UInt64(offset))
      } else {
        high |= UInt64(byte) << (8 * UInt64(offset - 8))
      }
    }
    self.low = low
    self.high = high | UInt64(count) << 56
  }

  /// The number of UTF-8 bytes (more than 15 for a grapheme held in the table).
  public var byteCount: Int {
    let length = high >> 56
    return length == Self.interned ? 16 : Int(length)
  }

  /// Whether the glyph is empty.
  public var isEmpty: Bool { high == 0 && low == 0 }

  /// The one byte of an ASCII glyph, or nil.
  public var asciiByte: UInt8? {
    high >> 56 == 1 && low < 0x80 ? UInt8(low) : nil
  }

  /// Appends the UTF-8 of the text to a buffer, without building a string for an inline glyph.
  public func appendUTF8(to bytes: inout [UInt8]) {
    let length = high >> 56
    guard length != Self.interned else {
      bytes.append(contentsOf: string.utf8)
      return
    }
    for offset in 0..<Int(length) {
      let word = offset < 8 ? low : high
      bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(offset & 7))))
    }
  }

  /// The value of the one scalar of the text, or nil for text of none or several scalars.
  public var singleScalar: UInt32? {
    let length = high >> 56
    guard length >= 1, length <= 4 else { return nil }
    let lead = UInt32(low & 0xFF)
    let (expected, value): (UInt64, UInt32) =
      switch lead {
      case 0..<0x80: (1, lead)
      case 0xC0..<0xE0: (2, lead & 0x1F)
      case 0xE0..<0xF0: (3, lead & 0x0F)
      case 0xF0..<0xF8: (4, lead & 0x07)
      default: (0, 0)
      }
    guard expected == length else { return nil }
    var scalar = value
    for offset in 1..<Int(length) {
      scalar = scalar << 6 | UInt32(low >> (8 * UInt64(offset)) & 0x3F)
    }
    return scalar
  }

  /// The text.
  public var string: String {
    let length = high >> 56
    if length == Self.interned { return LongGlyphs.shared.text(of: low) }
    var bytes = (low.littleEndian, high.littleEndian)
    return withUnsafeBytes(of: &bytes) { raw in
      String(decoding: raw.prefix(Int(length)), as: UTF8.self)
    }
  }
}

/// Graphemes of more than 15 bytes, each kept once, numbered in the order first seen.
private final class LongGlyphs: @unchecked Sendable {
  static let shared = LongGlyphs()

  private let lock = NSLock()
  private var numbers: [String: UInt64] = [:]
  private var texts: [String] = []

  func number(of text: String) -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    if let known = numbers[text] { return known }
    let number = UInt64(texts.count)
    texts.append(text)
    numbers[text] = number
    return number
  }

  func text(of number: UInt64) -> String {
    lock.lock()
    defer { lock.unlock() }
    return texts[Int(number)]
  }
}
