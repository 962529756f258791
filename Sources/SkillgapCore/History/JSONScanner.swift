import Foundation

/// A small, strict JSON reader for the history's snapshot files.
///
/// `JSONSerialization` and `JSONDecoder` take about 0.1 ms for a snapshot on Linux, too slow for
/// a history of hundreds read whole; this reads the same text in a fraction of that. It accepts
/// exactly RFC 8259 JSON (nesting at most 32 deep) and nothing else.
enum JSONScanner {
  /// A JSON value.
  enum Value: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Value])
    case object([String: Value])
  }

  /// Why text is not JSON.
  struct Failure: Error, Equatable {
    /// The byte offset where reading stopped.
    var offset: Int
  }

  /// Reads a whole document.
  /// - Parameter data: UTF-8 JSON text.
  /// - Returns: The value it holds.
  /// - Throws: ``Failure`` when the text is not one JSON value.
  static func parse(_ data: Data) throws -> Value {
    try data.withUnsafeBytes { buffer in
      var reader = Reader(bytes: buffer.bindMemory(to: UInt8.self))
      let value = try reader.value(depth: 0)
      reader.skipSpace()
      guard reader.offset == reader.bytes.count else { throw Failure(offset: reader.offset) }
      return value
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// The members of the objects being read, innermost last: one list for the whole text, so
    /// each object's dictionary is made at its full size once (growing it from empty, member
    /// by member, was most of reading a snapshot).
    var members: [(String, Value)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    var failure: Failure { Failure(offset: offset) }

    mutating func skipSpace() {
      while offset < bytes.count {
        switch bytes[offset] {
        case 0x20, 0x09, 0x0A, 0x0D: offset += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) throws -> Value {
      guard depth < 32 else { throw failure }
      skipSpace()
      guard offset < bytes.count else { throw failure }
      switch bytes[offset] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): return try word("true", .bool(true))
      case UInt8(ascii: "f"): return try word("false", .bool(false))
      case UInt8(ascii: "n"): return try word("null", .null)
      default: return .number(try number())
      }
    }

    mutating func word(_ text: String, _ value: Value) throws -> Value {
      for byte in text.utf8 {
        guard offset < bytes.count, bytes[offset] == byte else { throw failure }
        offset += 1
      }
      return value
    }

    mutating func object(depth: Int) throws -> Value {
      offset += 1
      skipSpace()
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return .object([:])
      }
      let first = members.count
      while true {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw failure }
        let key = try string()
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw failure }
        offset += 1
        let member = try value(depth: depth + 1)
        members.append((key, member))
        skipSpace()
        guard offset < bytes.count else { throw failure }
        if bytes[offset] == UInt8(ascii: ",") {
          offset += 1
        } else if bytes[offset] == UInt8(ascii: "}") {
          offset += 1
          // A repeated key keeps its last value, as JSONSerialization does.
          let object = Dictionary(members[first...], uniquingKeysWith: { $1 })
          members.removeSubrange(first...)
          return .object(object)
        } else {
          throw failure
        }
      }
    }

    mutating func array(depth: Int) throws -> Value {
      offset += 1
      var elements: [Value] = []
      skipSpace()
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return .array(elements)
      }
      while true {
        elements.append(try value(depth: depth + 1))
        skipSpace()
        guard offset < bytes.count else { throw failure }
        if bytes[offset] == UInt8(ascii: ",") {
          offset += 1
        } else if bytes[offset] == UInt8(ascii: "]") {
          offset += 1
          return .array(elements)
        } else {
          throw failure
        }
      }
    }

    mutating func number() throws -> Double {
      let start = offset
      func digits() -> Int {
        let first = offset
        while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
        return offset - first
      }
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
      let integerStart = offset
      let integerDigits = digits()
      guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else {
        throw failure
      }
      if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
        offset += 1
        guard digits() > 0 else { throw failure }
      }
      if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
        offset += 1
        if offset < bytes.count,
          bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
        {
          offset += 1
        }
        guard digits() > 0 else { throw failure }
      }
      // A whole number of up to 15 digits (levels, percents, counts) is exact as it is read.
      if offset - integerStart == integerDigits && integerDigits <= 15 {
        var whole = 0
        for position in integerStart..<offset { whole = whole * 10 + Int(bytes[position] - 0x30) }
        // Negated as a Double, so "-0" reads as -0.0, as `Double("-0")` does.
        return integerStart > start ? -Double(whole) : Double(whole)
      }
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
      guard let value = Double(text) else { throw failure }
      return value
    }

    mutating func string() throws -> String {
      offset += 1
      let start = offset
      var escaped = false
      var ascii = true
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") {
          let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
          offset += 1
          guard escaped else {
            // ASCII is valid UTF-8 as it is: only other text needs the (generic, slower) check.
            return ascii ? String(decoding: raw, as: UTF8.self) : try validated(raw)
          }
          return try unescape(raw)
        }
        guard byte >= 0x20 else { throw failure }
        if byte >= 0x80 { ascii = false }
        if byte == UInt8(ascii: "\\") {
          escaped = true
          offset += 1
        }
        offset += 1
      }
      throw failure
    }

    func validated(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
      guard let text = String(validating: raw, as: UTF8.self) else { throw failure }
      return text
    }

    func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws -> String {
      var out: [UInt8] = []
      out.reserveCapacity(raw.count)
      var index = 0
      func hex4() throws -> UInt32 {
        guard index + 4 < raw.count else { throw failure }
        var value: UInt32 = 0
        for position in (index + 1)...(index + 4) {
          guard let digit = Character(UnicodeScalar(raw[position])).hexDigitValue else {
            throw failure
          }
          value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
      }
      while index < raw.count {
        let byte = raw[index]
        guard byte == UInt8(ascii: "\\") else {
          out.append(byte)
          index += 1
          continue
        }
        index += 1
        guard index < raw.count else { throw failure }
        switch raw[index] {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800...0xDBFF).contains(code) {
            guard index + 2 < raw.count, raw[index + 1] == UInt8(ascii: "\\"),
              raw[index + 2] == UInt8(ascii: "u")
            else { throw failure }
            index += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw failure }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw failure
        }
        index += 1
      }
      return try out.withUnsafeBufferPointer { try validated($0) }
    }
  }
}

extension JSONScanner.Value {
  /// The whole number this value is, if it is one an `Int` holds exactly (a fraction or a
  /// string is not one).
  var integer: Int? {
    guard case .number(let number) = self, number.rounded() == number, abs(number) < 1e15
    else { return nil }
    return Int(number)
  }
}
