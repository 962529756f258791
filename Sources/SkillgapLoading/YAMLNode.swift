import Yams

/// The values of one YAML document, kept flat: one record per value, the items of every
/// mapping and list in one array, and the text of every scalar in one buffer of UTF-8.
///
/// Built by ``YAMLComposer`` from libyaml's events. A tree of values, each holding its own
/// string and array, cost an allocation per value and per container to build and as many to
/// free (a fifth of loading a large framework); this document is three allocations, and a
/// scalar's text becomes a `String` only when a field is read. Keys are compared as bytes and
/// never become strings.
final class YAMLDocument: Sendable {
  struct Record: Sendable {
    enum Kind: UInt8, Sendable { case scalar, mapping, sequence }
    var kind: Kind
    var style: YAMLNode.Scalar.Style
    /// For a scalar: quoted or tagged `!!str`.
    var isString: Bool
    var line: Int32
    var column: Int32
    /// A scalar's first byte in `bytes`, or a container's first item in `items`.
    var start: Int32
    /// A scalar's length in bytes, or a container's count of items (keys and values both).
    var count: Int32
  }

  let records: [Record]
  /// The record index of each item of every container, a container's items side by side (a
  /// mapping's as key, value, key, value).
  let items: [Int32]
  let bytes: [UInt8]

  init(records: [Record], items: [Int32], bytes: [UInt8]) {
    self.records = records
    self.items = items
    self.bytes = bytes
  }

  /// Whether the scalar at `record` holds exactly the bytes of `text`.
  func scalar(_ record: Int, equals text: String) -> Bool {
    let entry = records[record]
    guard entry.kind == .scalar, Int(entry.count) == text.utf8.count else { return false }
    var text = text
    return text.withUTF8 { utf8 in
      bytes.withUnsafeBufferPointer { all in
        let start = Int(entry.start)
        for offset in 0..<utf8.count where all[start + offset] != utf8[offset] { return false }
        return true
      }
    }
  }

  /// The text of the scalar at `record`.
  func string(_ record: Int) -> String {
    let entry = records[record]
    return bytes.withUnsafeBufferPointer { all in
      String(
        decoding: UnsafeBufferPointer(
          rebasing: all[Int(entry.start)..<Int(entry.start + entry.count)]), as: UTF8.self)
    }
  }

  /// The scalar's bytes, for reading without a string.
  func withBytes<Result>(
    _ record: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let entry = records[record]
    return bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.start + entry.count)]))
    }
  }
}

/// One YAML value as the loader reads it: a scalar, a mapping or a list, with where it starts.
///
/// A place in a ``YAMLDocument``: copying one copies a reference and an index. The scalar
/// conversions (numbers, true/false, empty) are Yams' own, so a value means what it meant.
struct YAMLNode: Sendable {
  let document: YAMLDocument
  let record: Int

  enum Kind {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)
  }

  /// Where a value starts: 1-based line and column (in characters), as Yams counts them.
  struct Mark: Sendable, Equatable {
    private var storedLine: Int32
    private var storedColumn: Int32
    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }

    init(line: Int, column: Int) {
      storedLine = Int32(clamping: line)
      storedColumn = Int32(clamping: column)
    }
  }

  struct Scalar {
    enum Style: UInt8, Sendable {
      case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    let node: YAMLNode

    /// The scalar's text.
    var string: String { node.document.string(node.record) }
    var style: Style { node.entry.style }
    /// Whether the scalar is text whatever it says: quoted, or tagged `!!str`. Yams then
    /// reads no true or false in it (numbers and the empty value go by the style alone).
    var isString: Bool { node.entry.isString }
    /// The length of the text in UTF-8 bytes.
    var byteCount: Int { Int(node.entry.count) }
    var isEmpty: Bool { byteCount == 0 }
    var mark: Mark { node.mark }
  }

  /// A mapping's keys and values in file order.
  struct Mapping: RandomAccessCollection {
    let node: YAMLNode
    var mark: Mark { node.mark }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(node.entry.count) / 2 }
    subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
      (key: key(at: position), value: value(at: position))
    }

    private func item(_ offset: Int) -> YAMLNode {
      let document = node.document
      return YAMLNode(
        document: document, record: Int(document.items[Int(node.entry.start) + offset]))
    }

    func key(at position: Int) -> YAMLNode { item(2 * position) }
    func value(at position: Int) -> YAMLNode { item(2 * position + 1) }

    /// The text of the key at `position`, or "" for a key that is a mapping or a list.
    func keyText(at position: Int) -> String { key(at: position).string ?? "" }

    /// The position of the first key with the text `key`, compared as bytes.
    func position(of key: String) -> Int? {
      let document = node.document
      let start = Int(node.entry.start)
      for position in indices
      where document.scalar(Int(document.items[start + 2 * position]), equals: key) {
        return position
      }
      return nil
    }
  }

  struct Sequence: RandomAccessCollection {
    let node: YAMLNode
    var mark: Mark { node.mark }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(node.entry.count) }
    subscript(position: Int) -> YAMLNode {
      let document = node.document
      return YAMLNode(
        document: document, record: Int(document.items[Int(node.entry.start) + position]))
    }
  }

  fileprivate var entry: YAMLDocument.Record { document.records[record] }

  var kind: Kind {
    switch entry.kind {
    case .scalar: return .scalar(Scalar(node: self))
    case .mapping: return .mapping(Mapping(node: self))
    case .sequence: return .sequence(Sequence(node: self))
    }
  }

  var mark: Mark {
    let entry = entry
    return Mark(line: Int(entry.line), column: Int(entry.column))
  }

  /// The value as a scalar, or nil for a mapping or a list.
  var scalar: Scalar? { entry.kind == .scalar ? Scalar(node: self) : nil }

  /// The text of a scalar, or nil for a mapping or a list.
  var string: String? { entry.kind == .scalar ? document.string(record) : nil }

  /// Whether this is YAML's empty value: a plain `~`, `null`, `Null`, `NULL` or nothing.
  var isNull: Bool {
    let entry = entry
    guard entry.kind == .scalar, entry.style == .plain else { return false }
    guard entry.count > 0 else { return true }
    guard entry.count <= 4 else { return false }
    switch document.string(record) {
    case "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  /// A whole number as Yams reads one (`12`, `+3`, `0x1F`, `1_000`), or nil.
  var int: Int? { yams.flatMap(Int.construct) }

  /// A decimal as Yams reads one (`2.5`, `1e3`, `.inf`), or nil.
  var float: Double? { yams.flatMap(Double.construct) }

  /// True or false as Yams reads them (`true`, `yes`, `on` in any case; never quoted), or nil.
  var bool: Bool? { yams.flatMap(Bool.construct) }

  /// A scalar as a Yams scalar with the tag Yams' composer gave it, for Yams' conversions.
  private var yams: Yams.Node.Scalar? {
    guard let scalar else { return nil }
    let name: Tag.Name = scalar.isString ? .str : .implicit
    let style = Yams.Node.Scalar.Style(rawValue: UInt32(scalar.style.rawValue)) ?? .any
    return Yams.Node.Scalar(scalar.string, Tag(name, .basic, .default), style)
  }
}
