/// The text of one framework file, named by its path relative to the framework folder.
public struct SourceFile: Sendable, Equatable {
  /// The path relative to the framework folder, with `/` separators, such as `roles/ml.yaml`.
  public var path: String
  /// The file's text.
  public var text: String

  /// Creates a file from its relative path and text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
