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

  /// Reads every framework YAML file under `url`.
  /// - Parameter url: The framework folder.
  /// - Returns: The files, with paths relative to the folder, sorted by path.
  /// - Throws: ``ReadError`` when the folder or a file cannot be read.
  public static func read(_ url: URL) throws -> [SourceFile] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw ReadError.notAFolder(path: url.path) }
    var files: [SourceFile] = []
    let root = url.standardizedFileURL.resolvingSymlinksInPath()
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw ReadError.unreadable(path: url.path, reason: "the folder cannot be listed") }
    for case let file as URL in enumerator {
      let full = file.standardizedFileURL.resolvingSymlinksInPath().path
      guard full.hasPrefix(root.path + "/") else { continue }
      let relative = String(full.dropFirst(root.path.count + 1))
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      do {
        let data = try Data(contentsOf: file)
        guard let text = String(data: data, encoding: .utf8) else {
          throw ReadError.unreadable(path: file.path, reason: "it is not UTF-8 text")
        }
        files.append(SourceFile(path: relative, text: text))
      } catch let error as ReadError {
        throw error
      } catch {
        throw ReadError.unreadable(path: file.path, reason: error.localizedDescription)
      }
    }
    return files.sorted { $0.path < $1.path }
  }

  /// Reads and loads the framework in `url`.
  /// - Throws: ``ReadError`` when the folder cannot be read.
  public static func load(_ url: URL) throws -> LoadResult {
    FrameworkLoader.load(files: try read(url))
  }
}
