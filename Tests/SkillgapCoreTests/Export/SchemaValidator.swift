import Foundation

/// A JSON value, decoded without Foundation's guesswork about numbers and Booleans.
enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  static func parse(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
  }
}

/// Checks a JSON value against the subset of JSON Schema (draft 2020-12) that skillgap's
/// schemas use: `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`,
/// `const`, `oneOf`, `$ref` into `#/$defs/`, `minimum`, `maximum` and `pattern`. Annotations
/// (`title`, `description`, `format`, `$id`, `$schema`) are ignored; any other keyword is a
/// problem, so a schema never silently relies on one the validator skips.
struct SchemaValidator {
  let root: JSONValue

  static let known: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "oneOf",
    "maxProperties",
    "$ref", "minimum", "maximum", "pattern", "title", "description", "format", "$id", "$schema",
    "$defs",
  ]

  /// Every problem found, as `path: what is wrong`.
  func problems(_ value: JSONValue) -> [String] {
    problems(value, against: root, at: "$")
  }

  private func problems(_ value: JSONValue, against schema: JSONValue, at path: String)
    -> [String]
  {
    guard case .object(let keywords) = schema else {
      return ["\(path): the schema is not an object"]
    }
    var found: [String] = []
    for key in keywords.keys where !Self.known.contains(key) {
      found.append("\(path): the validator does not know the keyword '\(key)'")
    }
    if case .string(let reference)? = keywords["$ref"] {
      guard reference.hasPrefix("#/$defs/"), case .object(let top) = root,
        case .object(let definitions)? = top["$defs"],
        let target = definitions[String(reference.dropFirst("#/$defs/".count))]
      else { return found + ["\(path): cannot resolve \(reference)"] }
      found += problems(value, against: target, at: path)
    }
    if case .string(let type)? = keywords["type"], !Self.has(value, type: type) {
      return found + ["\(path): expected \(type), found \(value)"]
    }
    if let expected = keywords["const"], expected != value {
      found.append("\(path): expected \(expected)")
    }
    if case .array(let options)? = keywords["enum"], !options.contains(value) {
      found.append("\(path): \(value) is not one of \(options)")
    }
    if case .array(let options)? = keywords["oneOf"] {
      let matching = options.filter { problems(value, against: $0, at: path).isEmpty }.count
      if matching != 1 { found.append("\(path): matches \(matching) of oneOf, not 1") }
    }
    if case .number(let number) = value {
      if case .number(let minimum)? = keywords["minimum"], number < minimum {
        found.append("\(path): \(number) is below \(minimum)")
      }
      if case .number(let maximum)? = keywords["maximum"], number > maximum {
        found.append("\(path): \(number) is above \(maximum)")
      }
    }
    if case .string(let text) = value, case .string(let pattern)? = keywords["pattern"],
      text.range(of: pattern, options: .regularExpression) == nil
    {
      found.append("\(path): '\(text)' does not match \(pattern)")
    }
    if case .array(let elements) = value, let items = keywords["items"] {
      for (index, element) in elements.enumerated() {
        found += problems(element, against: items, at: "\(path)[\(index)]")
      }
    }
    if case .object(let members) = value {
      found += objectProblems(members, keywords, at: path)
    }
    return found
  }

  private func objectProblems(
    _ members: [String: JSONValue], _ keywords: [String: JSONValue], at path: String
  ) -> [String] {
    var found: [String] = []
    if case .number(let most)? = keywords["maxProperties"], Double(members.count) > most {
      found.append("\(path): more than \(Int(most)) properties")
    }
    if case .array(let required)? = keywords["required"] {
      for case .string(let name) in required where members[name] == nil {
        found.append("\(path): '\(name)' is missing")
      }
    }
    var properties: [String: JSONValue] = [:]
    if case .object(let declared)? = keywords["properties"] { properties = declared }
    for (name, member) in members.sorted(by: { $0.key < $1.key }) {
      if let schema = properties[name] {
        found += problems(member, against: schema, at: "\(path).\(name)")
      } else if let additional = keywords["additionalProperties"] {
        if additional == .bool(false) {
          found.append("\(path): '\(name)' is not allowed")
        } else if case .object = additional {
          found += problems(member, against: additional, at: "\(path).\(name)")
        }
      }
    }
    return found
  }

  private static func has(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
      ("null", .null), ("number", .number):
      return true
    case ("integer", .number(let number)): return number.rounded() == number
    default: return false
    }
  }
}
