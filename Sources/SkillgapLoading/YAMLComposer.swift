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

/// Builds the loader's ``YAMLDocument`` from libyaml's events (the parser Yams embeds).
///
/// It does what Yams' composer did for the loader, without its costs: no object per event,
/// value or tag, scalars kept as bytes, and the duplicate-key check a comparison of bytes.
/// Aliases resolve to the value of their anchor, as in Yams; a stream holding more than one
/// document is an error.
struct YAMLComposer: ~Copyable {
  // libyaml's state lives at fixed addresses (it is handed to C on every event), and a
  // struct's fields are checked for exclusive access when compiled, never at run time as a
  // class's are (those checks were 3 % of a large load).
  private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
  private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
  private var anchors: [String: Int32] = [:]
  private var records: [YAMLDocument.Record] = []
  private var items: [Int32] = []
  private var bytes: [UInt8] = []
  /// The items of the mappings and lists being read, innermost last: a container's items are
  /// gathered here and moved side by side into `items` when it ends.
  private var stack: [Int32] = []
  private let text: String

  private init(text: String) {
    self.text = text
    parser.initialize(to: yaml_parser_t())
    event.initialize(to: yaml_event_t())
    // A framework's YAML is mostly scalar text, a value every 20 or so bytes.
    let size = text.utf8.count
    bytes.reserveCapacity(size)
    records.reserveCapacity(size / 16)
    items.reserveCapacity(size / 16)
    stack.reserveCapacity(64)
  }

  deinit {
    yaml_event_delete(event)
    yaml_parser_delete(parser)
    parser.deallocate()
    event.deallocate()
  }

  /// The document `text` holds, or nil when it holds none (an empty file, only comments).
  static func compose(_ text: String) throws -> YAMLNode? {
    var bytes = text
    return try bytes.withUTF8 { buffer in
      var composer = YAMLComposer(text: text)
      return try composer.document(buffer)
    }
  }

  private mutating func document(_ buffer: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
    guard yaml_parser_initialize(parser) == 1 else { throw YAMLSyntaxError.memory }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
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
    let document = YAMLDocument(records: records, items: items, bytes: bytes)
    return YAMLNode(document: document, record: Int(root))
  }

  /// Reads the next event into `event`, releasing the one before.
  private func next() throws -> yaml_event_type_t {
    yaml_event_delete(event)
    guard yaml_parser_parse(parser, event) == 1 else { throw parserError() }
    return event.pointee.type
  }

  private var mark: YAMLNode.Mark {
    let start = event.pointee.start_mark
    return .init(line: start.line + 1, column: start.column + 1)
  }

  /// A new record of `kind` at the current event's start; its `start` and `count` are set
  /// by the caller.
  private mutating func record(_ kind: YAMLDocument.Record.Kind, style: UInt8 = 0) -> Int32 {
    let start = event.pointee.start_mark
    records.append(
      .init(
        kind: kind, style: YAMLNode.Scalar.Style(rawValue: style) ?? .any, isString: false,
        line: Int32(clamping: start.line + 1), column: Int32(clamping: start.column + 1),
        start: 0, count: 0))
    return Int32(records.count - 1)
  }

  /// The value that starts at the current event, reading events up to its end.
  private mutating func node() throws -> Int32 {
    switch event.pointee.type {
    case YAML_SCALAR_EVENT:
      let data = event.pointee.data.scalar
      let index = record(.scalar, style: UInt8(truncatingIfNeeded: data.style.rawValue))
      let start = bytes.count
      bytes.append(contentsOf: UnsafeBufferPointer(start: data.value, count: data.length))
      records[Int(index)].start = Int32(start)
      records[Int(index)].count = Int32(data.length)
      records[Int(index)].isString = data.quoted_implicit == 1 || Self.isStringTag(data.tag)
      register(Self.cString(data.anchor), index)
      return index
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      // A mapping's events are its keys and values in turn, so both read a value at a time.
      let isMapping = event.pointee.type == YAML_MAPPING_START_EVENT
      let data = event.pointee.data
      let anchor = Self.cString(isMapping ? data.mapping_start.anchor : data.sequence_start.anchor)
      let index = record(isMapping ? .mapping : .sequence)
      let end = isMapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT
      let base = stack.count
      while try next() != end {
        stack.append(try node())
      }
      if isMapping { try checkDuplicates(stack[base...]) }
      close(index, from: base)
      register(anchor, index)
      return index
    case YAML_ALIAS_EVENT:
      guard let name = Self.cString(event.pointee.data.alias.anchor), let index = anchors[name]
      else {
        throw YAMLSyntaxError.syntax(
          problem: "found undefined alias", mark: mark, context: nil, contextMark: mark)
      }
      return index
    default:
      throw YAMLSyntaxError.syntax(
        problem: "found an unexpected event", mark: mark, context: nil, contextMark: mark)
    }
  }

  /// Moves the items gathered on the stack since `base` into `items`, as the container's.
  private mutating func close(_ index: Int32, from base: Int) {
    records[Int(index)].start = Int32(items.count)
    records[Int(index)].count = Int32(stack.count - base)
    items.append(contentsOf: stack[base...])
    stack.removeSubrange(base...)
  }

  private mutating func register(_ anchor: String?, _ index: Int32) {
    if let anchor { anchors[anchor] = index }
  }

  /// Whether an explicit tag is YAML's string tag (`!!str`, or `!<tag:yaml.org,2002:str>`).
  private static func isStringTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
    cString(pointer) == "tag:yaml.org,2002:str"
  }

  private static func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// The text of a scalar record, or nil for a mapping or a list.
  private func text(of index: Int32) -> String? {
    let entry = records[Int(index)]
    guard entry.kind == .scalar else { return nil }
    return String(
      decoding: bytes[Int(entry.start)..<Int(entry.start + entry.count)], as: UTF8.self)
  }

  /// Whether two scalar records hold the same bytes.
  private func sameText(_ first: Int32, _ second: Int32) -> Bool {
    let one = records[Int(first)]
    let other = records[Int(second)]
    guard one.kind == .scalar, other.kind == .scalar, one.count == other.count else {
      return false
    }
    return bytes[Int(one.start)..<Int(one.start + one.count)].elementsEqual(
      bytes[Int(other.start)..<Int(other.start + other.count)])
  }

  /// Throws when two scalar keys of one mapping (its entries, key then value) have the same
  /// text.
  ///
  /// Most mappings have a handful of keys: comparing each with the ones before is cheaper than
  /// hashing them; a large mapping (a map of 2,000 ids) uses a set.
  private func checkDuplicates(_ entries: ArraySlice<Int32>) throws {
    let keys = stride(from: entries.startIndex, to: entries.endIndex, by: 2)
    guard entries.count > 2 else { return }
    var found = false
    if entries.count <= 32 {
      search: for position in keys {
        for earlier in stride(from: entries.startIndex, to: position, by: 2)
        where sameText(entries[earlier], entries[position]) {
          found = true
          break search
        }
      }
    } else {
      var seen = Set<String>(minimumCapacity: entries.count / 2)
      for position in keys {
        if let text = text(of: entries[position]), !seen.insert(text).inserted {
          found = true
          break
        }
      }
    }
    guard found else { return }
    var first: [String: YAMLNode.Mark] = [:]
    var repeated: Set<String> = []
    for position in keys {
      guard let text = text(of: entries[position]) else { continue }
      let entry = records[Int(entries[position])]
      if first[text] == nil {
        first[text] = YAMLNode.Mark(line: Int(entry.line), column: Int(entry.column))
      } else {
        repeated.insert(text)
      }
    }
    let sorted = repeated.sorted()
    throw YAMLSyntaxError.duplicateKeys(
      sorted, mark: first[sorted[0]] ?? .init(line: 0, column: 0))
  }

  /// libyaml's error, with its position, as Yams reported it.
  private func parserError() -> YAMLSyntaxError {
    let parser = self.parser.pointee
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
