import Foundation
import SkillgapLoading

/// Where a command's document goes: standard output, or a file written atomically.
enum OutputFile {
  /// Writes a document to `path`, or to standard output when `path` is nil or `-`.
  ///
  /// A path naming an existing folder writes `nameInFolder` inside it, as the app's export
  /// does. A file is written to a temporary file in the same folder and renamed over the
  /// destination, so a failure (a missing folder, no permission, a full disk) leaves no partial
  /// file behind.
  /// - Parameters:
  ///   - text: The whole document.
  ///   - path: The file or folder, or nil.
  ///   - nameInFolder: The file name used inside a folder, such as `skillgap-plan.md`.
  ///   - kind: How standard output shows control characters (a file keeps every byte).
  /// - Returns: The file written, normalised (`plans/../notes/x.md` is `notes/x.md`), or nil
  ///   for standard output.
  /// - Throws: ``CommandError/outputFailed(path:reason:)``, or `ExitCode(1)` when standard
  ///   output cannot be written.
  @discardableResult
  static func write(
    _ text: String, to path: String?, nameInFolder: String, as kind: Console.Kind = .document
  ) throws -> String? {
    guard let path, path != "-" else {
      try Console.output(text, as: kind)
      return nil
    }
    var isFolder: ObjCBool = false
    var destination = path
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      destination = (path.hasSuffix("/") ? path : path + "/") + nameInFolder
    }
    let shown = normalized(destination)
    do {
      try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: destination))
    } catch let AtomicFile.WriteError.failed(_, reason) {
      throw CommandError.outputFailed(path: shown, reason: reason)
    } catch {
      throw CommandError.outputFailed(path: shown, reason: error.localizedDescription)
    }
    return shown
  }

  /// A path as people read it: `.` and `..` resolved and repeated slashes joined, relative
  /// paths kept relative.
  static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }
}
