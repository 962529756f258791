import Foundation
import SkillgapCore

/// Reads a framework folder from disk into ``SourceFile`` values.
public enum FrameworkFolder {
  /// Problems reading a folder before any YAML is parsed.
  public enum ReadError: LocalizedError, Equatable {
    case notAFolder(path: String)
    case unreadable(path: String, reason: String)

    public var errorDescription: String? {
      switch self {
      case .notAFolder(let path):
        return "\(path) is not a folder; name the folder that holds framework.yaml."
      case .unreadable(let path, let reason):
        return "\(path) cannot be read: \(reason)."
      }
    }
  }

  /// The files of a folder and the problems found reading them.
  public struct Contents: Sendable {
    /// The files read, with paths relative to the folder, sorted by path.
    public var files: [SourceFile]
    /// Files that could not be read (not UTF-8, not a regular file) and links not followed.
    public var diagnostics: [Diagnostic]
  }

  /// Reads every framework YAML file under `url`.
  /// - Parameter url: The framework folder.
  /// - Returns: The files, with paths relative to the folder, sorted by path.
  /// - Throws: ``ReadError`` when the folder cannot be read.
  public static func read(_ url: URL) throws -> [SourceFile] {
    try contents(url).files
  }

  /// Reads every framework YAML file under `url`, following links to files.
  ///
  /// A file that is not UTF-8 or not a regular file (a FIFO would block the read forever) is a
  /// diagnostic naming it; a link to a folder is not followed, and a warning says so.
  /// - Parameter url: The framework folder.
  /// - Returns: The files and the problems found reading them.
  /// - Throws: ``ReadError`` when the folder cannot be listed or a file cannot be read.
  public static func contents(_ url: URL) throws -> Contents {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw ReadError.notAFolder(path: url.path) }
    var files: [SourceFile] = []
    var diagnostics: [Diagnostic] = []
    let root = url.standardizedFileURL.resolvingSymlinksInPath()
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw ReadError.unreadable(path: url.path, reason: "the folder cannot be listed") }
    for case let file as URL in enumerator {
      // The path as listed, not resolved: a link is read through, under its own name.
      let listed = file.standardizedFileURL.path
      guard listed.hasPrefix(root.path + "/") else { continue }
      let relative = String(listed.dropFirst(root.path.count + 1))
      guard
        let kind = try? FileManager.default.attributesOfItem(atPath: listed)[.type]
          as? FileAttributeType
      else { continue }
      if kind == .typeSymbolicLink {
        var linkIsFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: listed, isDirectory: &linkIsFolder),
          linkIsFolder.boolValue
        {
          diagnostics.append(
            Diagnostic(
              .warning, file: relative,
              message: "This is a link to a folder, which is not followed; copy the folder in or "
                + "link its files one by one."))
          continue
        }
      }
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      let resolved = file.resolvingSymlinksInPath().path
      let target =
        try? FileManager.default.attributesOfItem(atPath: resolved)[.type]
        as? FileAttributeType
      guard target == .typeRegular else {
        let what = target == nil ? "a broken link" : description(of: target)
        diagnostics.append(
          Diagnostic(
            .error, file: relative,
            message: "The file is \(what), not a regular file, and was not read; replace it "
              + "with the file itself."))
        continue
      }
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: resolved))
      } catch {
        throw ReadError.unreadable(path: file.path, reason: error.localizedDescription)
      }
      switch SourceFile.decoding(data, path: relative) {
      case .text(let source): files.append(source)
      case .notUTF8(let problem): diagnostics.append(problem)
      }
    }
    return Contents(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics)
  }

  private static func description(of type: FileAttributeType?) -> String {
    switch type {
    case .typeDirectory?: return "a folder"
    case .typeCharacterSpecial?, .typeBlockSpecial?: return "a device"
    case .typeSocket?: return "a socket"
    default: return "a FIFO (named pipe)"
    }
  }

  /// Reads and loads the framework in `url`.
  /// - Throws: ``ReadError`` when the folder cannot be read.
  public static func load(_ url: URL) throws -> LoadResult {
    let read = try contents(url)
    var result = FrameworkLoader.load(files: read.files)
    guard !read.diagnostics.isEmpty else { return result }
    // A file that could not be read leaves the framework incomplete.
    result.diagnostics = read.diagnostics + result.diagnostics
    if read.diagnostics.hasErrors { result.framework = nil }
    return result
  }
}
