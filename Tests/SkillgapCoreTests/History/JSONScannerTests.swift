import Foundation
import PropertyBased
import Testing

@testable import SkillgapCore

/// The history's JSON reader against what the text says: random documents are written with the
/// value each one holds, and reading the text must give that value back.
@Suite struct JSONScannerTests {
  /// A small seeded generator, so a failing document can be made again from its seed.
  struct Writer {
    var state: UInt64
    var text = ""

    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }

    mutating func space() {
      for _ in 0..<next(3) { text += [" ", "\n", "\t", "\r"][next(4)] }
    }

    /// Writes a value and returns the one the text holds.
    mutating func value(depth: Int) -> JSONScanner.Value {
      space()
      defer { space() }
      switch next(depth > 3 ? 6 : 8) {
      case 0:
        text += "null"
        return .null
      case 1:
        let flag = next(2) == 0
        text += flag ? "true" : "false"
        return .bool(flag)
      case 2, 3: return number()
      case 4, 5: return .string(string())
      case 6:
        text += "["
        var elements: [JSONScanner.Value] = []
        for index in 0..<next(4) {
          if index > 0 { text += "," }
          elements.append(value(depth: depth + 1))
        }
        if elements.isEmpty { space() }
        text += "]"
        return .array(elements)
      default:
        text += "{"
        var members: [String: JSONScanner.Value] = [:]
        // Keys from a small set, so some repeat: the last one counts.
        for index in 0..<next(5) {
          if index > 0 { text += "," }
          space()
          let key = ["a", "b", "level", "é", "k\(next(3))"][next(5)]
          text += "\"\(key)\""
          space()
          text += ":"
          members[key] = value(depth: depth + 1)
        }
        if members.isEmpty { space() }
        text += "}"
        return .object(members)
      }
    }

    /// Whole numbers of up to 18 digits, negative ones, fractions and exponents.
    mutating func number() -> JSONScanner.Value {
      var number = next(3) == 0 ? "-" : ""
      let digits = 1 + next(18)
      number += String(1 + next(9))
      for _ in 1..<digits { number += String(next(10)) }
      if next(6) == 0 { number = number.hasPrefix("-") ? "-0" : "0" }
      if next(4) == 0 { number += "." + String(next(1000)) }
      if next(6) == 0 { number += ["e", "E", "e+", "e-"][next(4)] + String(next(30)) }
      text += number
      // NaN, which equals nothing, if the writer ever wrote what is not a number.
      return .number(Double(number) ?? .nan)
    }

    /// ASCII, accented and wide letters, emoji, and every escape JSON has: each piece as it is
    /// written and as it reads.
    static let pieces: [(written: String, reads: String)] = [
      (#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é"), (#"\ud83d\ude00"#, "😀"),
      ("é", "é"), ("日本", "日本"), ("👩‍💻", "👩‍💻"), ("\u{301}", "\u{301}"), ("a", "a"),
      ("Level", "Level"), (" ", " "), ("/", "/"), ("-", "-"), ("2", "2"),
    ]

    mutating func string() -> String {
      var value = ""
      text += "\""
      for _ in 0..<next(8) {
        let piece = Self.pieces[next(Self.pieces.count)]
        text += piece.written
        value += piece.reads
      }
      text += "\""
      return value
    }
  }

  @Test func readsEveryDocumentAsTheValueItWasWrittenFrom() async throws {
    await propertyCheck(count: 800, input: Gen.int(in: 0...Int.max)) { seed in
      var writer = Writer(state: UInt64(seed))
      let expected = writer.value(depth: 0)
      let data = Data(writer.text.utf8)
      // The writer writes JSON: Foundation reads it too.
      #expect(
        (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil,
        "seed \(seed): \(writer.text.debugDescription)")
      #expect(
        (try? JSONScanner.parse(data)) == expected,
        "seed \(seed): \(writer.text.debugDescription)")
    }
  }

  @Test func wholeNumbersAreReadExactlyAndLongOnesAsDoublesAre() throws {
    for text in [
      "0", "-0", "7", "-42", "999999999999999", "-999999999999999", "1000000000000000",
      "12345678901234567890", "9007199254740993",
    ] {
      #expect(try JSONScanner.parse(Data(text.utf8)) == .number(#require(Double(text))), "\(text)")
    }
    // Equal is not enough for zero: the sign must be the one the text has.
    guard case .number(let zero) = try JSONScanner.parse(Data("-0".utf8)) else {
      Issue.record("-0 is not read as a number")
      return
    }
    #expect(zero.sign == .minus)
    #expect(try JSONScanner.parse(Data("[2, 60]".utf8)) == .array([.number(2), .number(60)]))
    #expect(try JSONScanner.parse(Data(#"{"a": 1, "a": 2}"#.utf8)) == .object(["a": .number(2)]))
    for broken in ["01", "-", "1.", "1e", "--1", "+1", #""\u00""#, "\"\u{1}\""] {
      #expect(throws: JSONScanner.Failure.self) { try JSONScanner.parse(Data(broken.utf8)) }
    }
    // Bytes that are not UTF-8 are refused, inside a string or out of one.
    #expect(throws: JSONScanner.Failure.self) {
      try JSONScanner.parse(Data([0x22, 0x61, 0xFF, 0x22]))
    }
  }
}
