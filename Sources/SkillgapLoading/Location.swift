import SkillgapCore

/// Where a value sits: file, line, column and field path.
///
/// The path is kept as its parent's path and the last step below it, and joined only when it
/// is read: most values are read without a problem, and building every field's path string
/// was a good part of a large load.
struct Location: Sendable {
  var file: String
  var line: Int
  var column: Int
  /// The path of the mapping or list holding the value, or the whole path when `key` is empty
  /// and `index` negative.
  private var parent: String
  /// The field's key below `parent`, or empty.
  private var key: String
  /// The item's index below `parent`, or -1.
  private var index: Int

  init(file: String, line: Int = 0, column: Int = 0, path: String = "") {
    self.file = file
    self.line = line
    self.column = column
    self.parent = path
    self.key = ""
    self.index = -1
  }

  init(file: String, node: YAMLNode, path: String) {
    self.init(
      file: file, line: node.mark.line, column: node.mark.column, path: path)
  }

  /// The location of a field, `key`, of the mapping at `parent`.
  init(file: String, node: YAMLNode, parent: String, key: String) {
    self.init(file: file, node: node, path: parent)
    self.key = key
  }

  /// The location of the item at `index` of the list at `parent`.
  init(file: String, node: YAMLNode, parent: String, index: Int) {
    self.init(file: file, node: node, path: parent)
    self.index = index
  }

  /// The field path, such as `skills[3].steps.aware`.
  var path: String {
    if index >= 0 { return "\(parent)[\(index)]" }
    if key.isEmpty { return parent }
    return parent.isEmpty ? key : "\(parent).\(key)"
  }

  func error(_ message: String) -> Diagnostic {
    Diagnostic(.error, file: file, line: line, column: column, path: path, message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(.warning, file: file, line: line, column: column, path: path, message: message)
  }
}

extension Location: Equatable {
  static func == (lhs: Location, rhs: Location) -> Bool {
    lhs.file == rhs.file && lhs.line == rhs.line && lhs.column == rhs.column
      && lhs.path == rhs.path
  }
}

/// A value together with where it was written.
struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
  var value: Value
  var at: Location
}
