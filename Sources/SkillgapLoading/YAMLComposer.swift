import CYaml

/// Why a file's text is not one YAML document, as libyaml or the composer found it.
enum YAMLSyntaxError: Error, Equatable {
  /// A character YAML forbids; `offset` counts characters from the start, as Yams counted.
  case reader(problem: String, offset: Int?, value: Int32, yaml: String)
  /// A scanner, parser or composer error at `mark`, with what was being read when there is one.
  case syntax(problem: String, mark: YAMLNode.Mark, context: String?, contextMark: YAMLNode.Mark)
  /// Keys written twice in one mapping (sorted), and where the first of them is.
  case duplicateKeys([String], mark: YAMLNode.Mark)
  case memory
}

/// Builds the loader's ``YAMLNode`` tree from libyaml's events (the parser Yams embeds).
///
/// It does what Yams' composer did for the loader, without its costs: no object per event or
/// tag, scalars decoded as UTF-8 without Foundation, and the duplicate-key check a comparison
/// of strings. Aliases resolve to the value of their anchor, as in Yams; a stream holding
/// more than one document is an error.
final class YAMLComposer {
  private var parser = yaml_parser_t()
  private var event = yaml_event_t()
  private var anchors: [String: YAMLNode] = [:]
  private let text: String

  private init(text: String) {
    self.text = text
  }

  deinit {
    yaml_event_delete(&event)
    yaml_parser_delete(&parser)
  }

  /// The document `text` holds, or nil when it holds none (an empty file, only comments).
  static func compose(_ text: String) throws -> YAMLNode? {
    var bytes = text
    return try bytes.withUTF8 { buffer in
      let composer = YAMLComposer(text: text)
      return try composer.document(buffer)
    }
  }

  private func document(_ buffer: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
    guard yaml_parser_initialize(&parser) == 1 else { throw YAMLSyntaxError.memory }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    _ = try next()  // the stream's start
    guard try next() != YAML_STREAM_END_EVENT else { return nil }
    _ = try next()  // past the document's start, to its root
    let root = try node()
    _ = try next()  // the document's end
    guard try next() == YAML_STREAM_END_EVENT else {
      throw YAMLSyntaxError.syntax(
        problem: "but found another document", mark: mark,
        context: "expected a single document in the stream", contextMark: .init(line: 1, column: 1))
    }
    return root
  }

  /// Reads the next event into `event`, releasing the one before.
  private func next() throws -> yaml_event_type_t {
    yaml_event_delete(&event)
    guard yaml_parser_parse(&parser, &event) == 1 else { throw parserError() }
    return event.type
  }

  private var mark: YAMLNode.Mark {
    .init(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
  }

  /// The value that starts at the current event, reading events up to its end.
  private func node() throws -> YAMLNode {
    let mark = self.mark
    switch event.type {
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      let string = String(
        decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
      let style = YAMLNode.Scalar.Style(rawValue: UInt8(truncatingIfNeeded: data.style.rawValue))
      let isString = data.quoted_implicit == 1 || Self.isStringTag(data.tag)
      let node = YAMLNode.scalar(
        .init(string: string, style: style ?? .any, isString: isString, mark: mark))
      register(Self.cString(data.anchor), node)
      return node
    case YAML_SEQUENCE_START_EVENT:
      let anchor = Self.cString(event.data.sequence_start.anchor)
      var items: [YAMLNode] = []
      while try next() != YAML_SEQUENCE_END_EVENT {
        items.append(try node())
      }
      let node = YAMLNode.sequence(.init(items: items, mark: mark))
      register(anchor, node)
      return node
    case YAML_MAPPING_START_EVENT:
      let anchor = Self.cString(event.data.mapping_start.anchor)
      var entries: [YAMLNode] = []
      while try next() != YAML_MAPPING_END_EVENT {
        entries.append(try node())
        _ = try next()
        entries.append(try node())
      }
      let mapping = YAMLNode.Mapping(entries: entries, mark: mark)
      try Self.checkDuplicates(mapping)
      let node = YAMLNode.mapping(mapping)
      register(anchor, node)
      return node
    case YAML_ALIAS_EVENT:
      guard let name = Self.cString(event.data.alias.anchor), let node = anchors[name] else {
        throw YAMLSyntaxError.syntax(
          problem: "found undefined alias", mark: mark, context: nil, contextMark: mark)
      }
      return node
    default:
      throw YAMLSyntaxError.syntax(
        problem: "found an unexpected event", mark: mark, context: nil, contextMark: mark)
    }
  }

  private func register(_ anchor: String?, _ node: YAMLNode) {
    if let anchor { anchors[anchor] = node }
  }

  /// Whether an explicit tag is YAML's string tag (`!!str`, or `!<tag:yaml.org,2002:str>`).
  private static func isStringTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
    cString(pointer) == "tag:yaml.org,2002:str"
  }

  private static func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// Throws when two scalar keys of one mapping have the same text.
  ///
  /// Most mappings have a handful of keys: comparing each with the ones before is cheaper than
  /// hashing them; a large mapping (a map of 2,000 ids) uses a set.
  static func checkDuplicates(_ mapping: YAMLNode.Mapping) throws {
    guard mapping.count > 1 else { return }
    var found = false
    if mapping.count <= 16 {
      search: for position in mapping.indices {
        guard case .scalar(let key) = mapping.key(at: position) else { continue }
        for earlier in 0..<position where mapping.key(at: earlier).string == key.string {
          found = true
          break search
        }
      }
    } else {
      var seen = Set<String>(minimumCapacity: mapping.count)
      for position in mapping.indices {
        if let key = mapping.key(at: position).string, !seen.insert(key).inserted {
          found = true
          break
        }
      }
    }
    guard found else { return }
    var first: [String: YAMLNode.Mark] = [:]
    var repeated: Set<String> = []
    for position in mapping.indices {
      let node = mapping.key(at: position)
      guard let key = node.string else { continue }
      if first[key] == nil { first[key] = node.mark } else { repeated.insert(key) }
    }
    let sorted = repeated.sorted()
    throw YAMLSyntaxError.duplicateKeys(
      sorted, mark: first[sorted[0]] ?? .init(line: 0, column: 0))
  }

  /// libyaml's error, with its position, as Yams reported it.
  private func parserError() -> YAMLSyntaxError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_MEMORY_ERROR:
      return .memory
    case YAML_READER_ERROR:
      let index = text.utf8.index(
        text.utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: text.utf8.endIndex
      )?.samePosition(in: text)
      let offset = index.map { text.distance(from: text.startIndex, to: $0) }
      return .reader(problem: problem, offset: offset, value: parser.problem_value, yaml: text)
    default:
      let mark = YAMLNode.Mark(
        line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
      let contextMark = YAMLNode.Mark(
        line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)
      return .syntax(
        problem: problem, mark: mark, context: parser.context.map { String(cString: $0) },
        contextMark: contextMark)
    }
  }
}
