import SkillgapCore
import Yams

/// Where a value sits: file, line, column and field path.
struct Location: Sendable, Equatable {
  var file: String
  var line: Int
  var column: Int
  var path: String

  init(file: String, line: Int = 0, column: Int = 0, path: String = "") {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
  }

  init(file: String, node: Node, path: String) {
    self.init(
      file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, path: path)
  }

  func error(_ message: String) -> Diagnostic {
    Diagnostic(.error, file: file, line: line, column: column, path: path, message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(.warning, file: file, line: line, column: column, path: path, message: message)
  }
}

/// A value together with where it was written.
struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
  var value: Value
  var at: Location
}
