import Yams

/// One YAML value as the loader reads it: a scalar, a mapping or a list, with where it starts.
///
/// The loader's own tree, built by ``YAMLComposer`` from libyaml's events. Yams' `Node` carries
/// a tag object, an anchor and a style on every value, so composing and releasing its tree was
/// 60 % of loading a large framework; this one holds only what the loader reads. The scalar
/// conversions (numbers, true/false, empty) are Yams' own, so a value means what it meant.
enum YAMLNode: Sendable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(Sequence)

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

  struct Scalar: Sendable {
    enum Style: UInt8, Sendable {
      case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    var string: String
    var style: Style
    /// Whether the scalar is text whatever it says: quoted, or tagged `!!str`. Yams then
    /// reads no true or false in it (numbers and the empty value go by the style alone).
    var isString: Bool
    var mark: Mark
  }

  /// A mapping's keys and values in file order, in one list: each key, then its value.
  struct Mapping: Sendable, RandomAccessCollection {
    var entries: [YAMLNode]
    var mark: Mark

    var startIndex: Int { 0 }
    var endIndex: Int { entries.count / 2 }
    subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
      (key: entries[2 * position], value: entries[2 * position + 1])
    }

    func key(at position: Int) -> YAMLNode { entries[2 * position] }
    func value(at position: Int) -> YAMLNode { entries[2 * position + 1] }

    /// The text of the key at `position`, or "" for a key that is a mapping or a list.
    func keyText(at position: Int) -> String { key(at: position).string ?? "" }

    /// The position of the first key with the text `key`.
    func position(of key: String) -> Int? {
      var position = 0
      while 2 * position < entries.count {
        if case .scalar(let scalar) = entries[2 * position], scalar.string == key {
          return position
        }
        position += 1
      }
      return nil
    }
  }

  struct Sequence: Sendable, RandomAccessCollection {
    var items: [YAMLNode]
    var mark: Mark

    var startIndex: Int { items.startIndex }
    var endIndex: Int { items.endIndex }
    subscript(position: Int) -> YAMLNode { items[position] }
  }

  var mark: Mark {
    switch self {
    case .scalar(let scalar): return scalar.mark
    case .mapping(let mapping): return mapping.mark
    case .sequence(let sequence): return sequence.mark
    }
  }

  /// The text of a scalar, or nil for a mapping or a list.
  var string: String? {
    guard case .scalar(let scalar) = self else { return nil }
    return scalar.string
  }

  /// Whether this is YAML's empty value: a plain `~`, `null`, `Null`, `NULL` or nothing.
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
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
    guard case .scalar(let scalar) = self else { return nil }
    let name: Tag.Name = scalar.isString ? .str : .implicit
    let style = Yams.Node.Scalar.Style(rawValue: UInt32(scalar.style.rawValue)) ?? .any
    return Yams.Node.Scalar(scalar.string, Tag(name, .basic, .default), style)
  }
}
