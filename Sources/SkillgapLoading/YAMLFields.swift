import Foundation
import SkillgapCore

/// Reads the fields of one YAML mapping, reporting missing, mistyped and unknown fields.
///
/// Every read marks its key as used; ``finish(_:)`` warns about the keys nobody read, since
/// an unknown field is usually a typo of a known one.
struct YAMLFields {
  let file: String
  let path: String
  let node: YAMLNode
  private let mapping: YAMLNode.Mapping
  /// Which keys (by position) a read asked for: bits for the first 64, a set for the rest.
  private var usedLow: UInt64 = 0
  private var usedHigh: Set<Int> = []

  /// Reads `node` as a mapping, or reports what it is instead and returns nil.
  init?(
    _ node: YAMLNode, file: String, path: String, what: String, into diagnostics: inout [Diagnostic]
  ) {
    guard case .mapping(let mapping) = node.kind else {
      let at = Location(file: file, node: node, path: path)
      diagnostics.append(
        at.error("\(what) must be a mapping of 'field: value' lines, not \(node.kindName)."))
      return nil
    }
    self.file = file
    self.path = path
    self.node = node
    self.mapping = mapping
  }

  /// The location of the mapping itself.
  var location: Location { Location(file: file, node: node, path: path) }

  /// The field's path below this mapping.
  func path(of key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// The location of a field's value, or of the mapping when the field is absent.
  func location(of key: String) -> Location {
    guard let index = mapping.position(of: key) else { return location }
    return Location(file: file, node: mapping.value(at: index), parent: path, key: key)
  }

  private mutating func markUsed(_ index: Int) {
    if index < 64 { usedLow |= 1 << UInt64(index) } else { usedHigh.insert(index) }
  }

  private func isUsed(_ index: Int) -> Bool {
    index < 64 ? usedLow & (1 << UInt64(index)) != 0 : usedHigh.contains(index)
  }

  /// The raw value of a field, marking it used.
  mutating func node(_ key: String) -> YAMLNode? {
    guard let index = mapping.position(of: key) else { return nil }
    markUsed(index)
    return mapping.value(at: index)
  }

  /// The keys and values in file order, marking all as used (for maps keyed by ids).
  mutating func allPairs() -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
    for index in mapping.indices { markUsed(index) }
    return mapping.indices.map {
      (key: mapping.keyText(at: $0), keyNode: mapping.key(at: $0), value: mapping.value(at: $0))
    }
  }

  /// A text field; reports it when required and missing, or when it is not text.
  mutating func string(
    _ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> Located<String>? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(location.error("Missing field '\(key)'; add it as '\(key): …'."))
      }
      return nil
    }
    let at = Location(file: file, node: value, parent: path, key: key)
    guard case .scalar(let scalar) = value.kind, !value.isNull else {
      diagnostics.append(at.error("Field '\(key)' must be text, not \(value.kindName)."))
      return nil
    }
    let text = scalar.string.trimmingTrailingNewlines()
    // The same set as `.whitespacesAndNewlines`, without building a trimmed copy of the text:
    // a field that is not blank answers at its first character, and one that starts with a
    // visible ASCII character (the usual field) without looking up Unicode's tables.
    let visible = text.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false
    if required && !visible && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      diagnostics.append(at.error("Field '\(key)' is empty; write a value."))
      return nil
    }
    return Located(value: text, at: at)
  }

  /// A whole-number field.
  mutating func int(
    _ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> Located<Int>? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(location.error("Missing field '\(key)'; add it as '\(key): <number>'."))
      }
      return nil
    }
    let at = Location(file: file, node: value, parent: path, key: key)
    guard value.scalar != nil, let number = value.int else {
      diagnostics.append(
        at.error("Field '\(key)' must be a whole number, not \(value.describedValue)."))
      return nil
    }
    return Located(value: number, at: at)
  }

  /// A number field (whole or decimal).
  mutating func number(
    _ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> Located<Double>? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(location.error("Missing field '\(key)'; add it as '\(key): <number>'."))
      }
      return nil
    }
    let at = Location(file: file, node: value, parent: path, key: key)
    guard let number = value.number else {
      diagnostics.append(at.error("Field '\(key)' must be a number, not \(value.describedValue)."))
      return nil
    }
    // Infinity and NaN pass as YAML floats, but no count, weight or duration can be one.
    guard number.isFinite else {
      diagnostics.append(
        at.error("Field '\(key)' must be a finite number, not \(value.describedValue)."))
      return nil
    }
    return Located(value: number, at: at)
  }

  /// The value of a plain scalar of 1 to 15 ASCII digits, the usual number, as Yams would
  /// read it as a float (leading zeros included), without its trimming and lowercasing copies.
  fileprivate static func plainDigits(_ scalar: YAMLNode.Scalar) -> Double? {
    guard scalar.style == .plain || scalar.style == .any, (1...15).contains(scalar.byteCount)
    else { return nil }
    return scalar.node.document.withBytes(scalar.node.record) { bytes in
      var value = 0
      for byte in bytes {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      // Fifteen digits at most: the value is a whole number a Double holds exactly.
      return Double(value)
    }
  }

  /// A true/false field.
  mutating func bool(_ key: String, into diagnostics: inout [Diagnostic]) -> Bool? {
    guard let value = node(key) else { return nil }
    guard value.scalar != nil, let flag = value.bool else {
      let at = Location(file: file, node: value, parent: path, key: key)
      diagnostics.append(
        at.error("Field '\(key)' must be true or false, not \(value.describedValue)."))
      return nil
    }
    return flag
  }

  /// A list field; a missing optional list is empty.
  mutating func list(
    _ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]
  ) -> [(node: YAMLNode, path: String)] {
    guard let (sequence, listPath) = sequence(key, required: required, into: &diagnostics)
    else { return [] }
    return sequence.enumerated().map { (node: $0.element, path: "\(listPath)[\($0.offset)]") }
  }

  /// The items of a list field with their locations, which join their paths only when read.
  private mutating func items(_ key: String, required: Bool, into diagnostics: inout [Diagnostic])
    -> [(node: YAMLNode, at: Location)]
  {
    guard let (sequence, listPath) = sequence(key, required: required, into: &diagnostics)
    else { return [] }
    return sequence.enumerated().map {
      (
        node: $0.element,
        at: Location(file: file, node: $0.element, parent: listPath, index: $0.offset)
      )
    }
  }

  /// A list field's items and its path, or nil (with the problem reported when there is one)
  /// when it is missing or not a list.
  private mutating func sequence(
    _ key: String, required: Bool, into diagnostics: inout [Diagnostic]
  ) -> (YAMLNode.Sequence, String)? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(
          location.error("Missing list '\(key)'; add it as '\(key):' followed by '- …' items."))
      }
      return nil
    }
    guard case .sequence(let sequence) = value.kind else {
      let at = Location(file: file, node: value, parent: path, key: key)
      diagnostics.append(
        at.error("Field '\(key)' must be a list ('- …' items), not \(value.kindName)."))
      return nil
    }
    return (sequence, path(of: key))
  }

  /// A list of text items, such as ids or indicators.
  mutating func strings(
    _ key: String, required: Bool = false, into diagnostics: inout [Diagnostic]
  ) -> [Located<String>] {
    items(key, required: required, into: &diagnostics).compactMap { item in
      let at = item.at
      guard case .scalar(let scalar) = item.node.kind, !scalar.isEmpty else {
        diagnostics.append(
          at.error("Each item of '\(key)' must be text, not \(item.node.kindName)."))
        return nil
      }
      return Located(value: scalar.string.trimmingTrailingNewlines(), at: at)
    }
  }

  /// A nested mapping field.
  mutating func mapping(
    _ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> YAMLFields? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(
          location.error("Missing field '\(key)'; add it as '\(key):' followed by indented fields.")
        )
      }
      return nil
    }
    return YAMLFields(
      value, file: file, path: path(of: key), what: "Field '\(key)'", into: &diagnostics)
  }

  /// Warns about every field that no read asked for, suggesting the nearest known one.
  ///
  /// A known field left unread is not unknown: its read was skipped because something it
  /// depends on failed earlier (a scale lost to a syntax error in framework.yaml), and that
  /// error is the one to report.
  func finish(known: [String], into diagnostics: inout [Diagnostic]) {
    for index in mapping.indices where !isUsed(index) {
      let key = mapping.keyText(at: index)
      guard !known.contains(key) else { continue }
      // A read marks the first pair with its key; any other with the same text is read too.
      guard !mapping.indices.contains(where: { isUsed($0) && mapping.keyText(at: $0) == key })
      else { continue }
      let at = Location(file: file, node: mapping.key(at: index), parent: path, key: key)
      let hint = Suggestions.hint(for: key, in: known)
      diagnostics.append(at.warning("Unknown field '\(key)' is ignored.\(hint)"))
    }
  }
}

extension YAMLNode {
  /// The number a scalar holds (plain digits read at once, else as Yams reads a float or an
  /// integer), or nil for anything else.
  var number: Double? {
    guard case .scalar(let scalar) = kind else { return nil }
    return YAMLFields.plainDigits(scalar) ?? float ?? int.map(Double.init)
  }

  /// What kind of YAML value this is, for messages.
  var kindName: String {
    switch kind {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar:
      return isNull ? "an empty value" : "text"
    }
  }

  /// The value quoted for messages, or its kind when it is not a scalar.
  var describedValue: String {
    if case .scalar(let scalar) = kind, !isNull {
      return "'\(scalar.string)'"
    }
    return kindName
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    // A last character "\n" is the byte 0x0A alone; most text does not end in one.
    guard utf8.last == 0x0A else { return self }
    var text = self
    while text.last == "\n" { text.removeLast() }
    return text
  }
}
