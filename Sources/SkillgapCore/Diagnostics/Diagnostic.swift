/// A problem found in a file, with where it is and how bad it is.
///
/// Loading and validation collect every problem instead of stopping at the first, so a person
/// editing a framework or a ratings file sees all of them in one run.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
  /// How bad a problem is.
  public enum Severity: String, Sendable, Equatable, Codable, Comparable {
    /// The file cannot be used.
    case error
    /// The file is used, but something in it is ignored or doubtful.
    case warning
    /// Information only: how the file was read (an encoding or delimiter that was detected).
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// Whether the problem stops the file from being used.
  public var severity: Severity
  /// The file, relative to the folder that was loaded.
  public var file: String
  /// The 1-based line, or 0 when the problem is about the whole file.
  public var line: Int
  /// The 1-based column, or 0 when unknown.
  public var column: Int
  /// Where in the file the problem is: a field's path, such as `skills[2].levels.working`, or
  /// a CSV column's name, as ``pathKind`` says.
  public var path: String
  /// What ``path`` names.
  public var pathKind: PathKind
  /// One sentence saying what is wrong and how to fix it.
  public var message: String

  /// What a diagnostic's path names.
  public enum PathKind: String, Sendable, Equatable, Codable {
    /// A field's path in a structured file (YAML, JSON), such as `skills[3].levels`.
    case field
    /// A column of a CSV file, by its header name, such as `level`.
    case column
  }

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, file: String, line: Int = 0, column: Int = 0, path: String = "",
    pathKind: PathKind = .field, message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.pathKind = pathKind
    self.message = message
  }

  /// The diagnostic as compilers print it: `file:line:column: error: message (at path)`, or for
  /// a CSV column `file:line: error: message (in the level column)`.
  public var description: String {
    var location = file
    if line > 0 {
      location += ":\(line)"
      if column > 0 { location += ":\(column)" }
    }
    let field: String
    switch (path.isEmpty, pathKind) {
    case (true, _): field = ""
    case (false, .field): field = " (at \(path))"
    case (false, .column): field = " (in the \(path) column)"
    }
    return "\(location): \(severity.rawValue): \(message)\(field)"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Errors first, then warnings; within each, by file, line and column.
  public func sortedForDisplay() -> [Diagnostic] {
    enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element, rhs.element)
      if a.severity != b.severity { return a.severity < b.severity }
      if a.file != b.file { return a.file < b.file }
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
