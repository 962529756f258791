import Foundation

/// Writes files so that a crash, a kill or a full disk never leaves half a file behind.
public enum AtomicFile {
  /// Problems writing a file, each naming the path and the cause.
  public enum WriteError: LocalizedError, Equatable {
    case failed(path: String, reason: String)
    /// A folder on the way could not be created.
    case folderFailed(path: String, reason: String)

    public var errorDescription: String? {
      switch self {
      case .failed(let path, let reason): return "cannot write \(path): \(reason)"
      case .folderFailed(let path, let reason):
        return "cannot create the folder \(path): \(reason)"
      }
    }
  }

  /// Creates a folder and every missing folder above it.
  ///
  /// Folder by folder with `mkdir`, so the error names the system's reason ("not a directory"
  /// when a file stands where a folder should be); Foundation's message names none on Linux.
  /// - Throws: ``WriteError`` naming the folder that could not be made.
  public static func createFolder(_ url: URL) throws {
    var path = ""
    for component in url.standardizedFileURL.path.split(separator: "/") {
      path += "/" + component
      if mkdir(path, 0o755) != 0 && errno != EEXIST {
        throw WriteError.folderFailed(path: path, reason: systemReason())
      }
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw WriteError.folderFailed(path: path, reason: "a file stands where the folder should be")
    }
  }

  /// Writes `data` to a temporary file in the same folder, flushes it to disk, then renames it
  /// over `url`; on any failure the temporary file is removed and `url` is untouched.
  /// - Throws: ``WriteError`` naming the path and the system's reason (permission denied, no
  ///   such folder, no space left on device).
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(url, errno) }
    var written = 0
    let result: Int32 = data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return fsync(descriptor) == 0 ? 0 : errno }
      while written < buffer.count {
        let count = Foundation.write(descriptor, base + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return fsync(descriptor) == 0 ? 0 : errno
    }
    let closeFailed = close(descriptor) != 0 ? errno : 0
    let error = result != 0 ? result : closeFailed
    if error != 0 {
      unlink(temporary.path)
      throw failure(url, error)
    }
    if rename(temporary.path, url.path) != 0 {
      let renameError = errno
      unlink(temporary.path)
      throw failure(url, renameError)
    }
    // Make the rename itself durable.
    let folderDescriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  private static func failure(_ url: URL, _ code: Int32) -> WriteError {
    let reason = systemReason(code)
    // ENOENT also comes from folders that exist but take no new files (such as /proc), so
    // the hint is given only when the folder is really missing.
    let folder = url.deletingLastPathComponent().path
    let missing = code == ENOENT && !FileManager.default.fileExists(atPath: folder)
    return .failed(path: url.path, reason: reason + (missing ? " (the folder does not exist)" : ""))
  }
}

/// The system's words for an error number, in lower case to sit inside a sentence
/// ("permission denied").
func systemReason(_ code: Int32 = errno) -> String {
  String(cString: strerror(code)).lowercased()
}
