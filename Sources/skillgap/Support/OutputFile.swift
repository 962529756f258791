import Foundation
import SkillgapLoading

/// Where a command's document goes: standard output, or a file written atomically.
enum OutputFile {
  /// Writes a document to `path`, or to standard output when `path` is nil or `-`.
  ///
  /// A file is written to a temporary file in the same folder and renamed over `path`, so a
  /// failure (a missing folder, no permission, a full disk) leaves no partial file behind.
  /// - Parameters:
  ///   - text: The whole document.
  ///   - path: The file, or nil.
  ///   - kind: How standard output shows control characters (a file keeps every byte).
  /// - Returns: Whether a file was written.
  /// - Throws: ``CommandError/outputFailed(path:reason:)``, or `ExitCode(1)` when standard
  ///   output cannot be written.
  @discardableResult
  static func write(_ text: String, to path: String?, as kind: Console.Kind = .document) throws
    -> Bool
  {
    guard let path, path != "-" else {
      try Console.output(text, as: kind)
      return false
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw CommandError.outputFailed(path: path, reason: "it is a folder, not a file")
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
    } catch let AtomicFile.WriteError.failed(_, reason) {
      throw CommandError.outputFailed(path: path, reason: reason)
    } catch {
      throw CommandError.outputFailed(path: path, reason: error.localizedDescription)
    }
    return true
  }
}
