import Foundation

/// Writes files so that a crash, a kill or a full disk never leaves half a file behind, and
/// never replaces what is not a plain file of ours.
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
    try createFolder(path: url.path)
  }

  /// Creates the folder at a path and every missing folder above it (see
  /// ``createFolder(_:)``), without going through `URL` when the path is absolute and has no
  /// `.` or `..`.
  public static func createFolder(path target: String) throws {
    // Most calls find the folder there (every save does): one stat answers them, without
    // standardising the URL and walking its components.
    var info = stat()
    if stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
    let components = target.split(separator: "/")
    let plain = target.hasPrefix("/") && !components.contains { $0 == "." || $0 == ".." }
    let standard =
      plain
      ? components
      : URL(fileURLWithPath: target).standardizedFileURL.path.split(separator: "/")
    var path = ""
    for component in standard {
      // Appended as strings: `+` with a substring is generic, and its first use makes the Swift
      // runtime look up a conformance across the whole binary.
      path += "/"
      path += String(component)
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

  /// The names in a folder (without `.` and `..`), or nil when it cannot be read (missing, not
  /// a folder, not permitted).
  ///
  /// Read with `readdir`: Foundation's directory listing costs the Swift runtime a scan of
  /// every conformance in the binary on its first use, before the app's first frame.
  public static func names(inFolder path: String) -> [String]? {
    guard let folder = opendir(path) else { return nil }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Writes `data` to `url` according to what stands there.
  ///
  /// - A regular file, or nothing: the data goes to a new temporary file in the same folder
  ///   (an unpredictable name, created exclusively, never through a link), is flushed to disk
  ///   and renamed over `url`; a replaced file keeps its mode. On any failure the temporary
  ///   file is removed and `url` is untouched.
  /// - A symbolic link: the same, onto the file the link points to; the link stays.
  /// - A FIFO or a character device (a pipe, a terminal, `/dev/null`): the data is written
  ///   straight into it, which is all such a file can take.
  /// - Anything else (a folder, a socket, a block device) is refused.
  /// - Throws: ``WriteError`` naming the path and the system's reason (permission denied, no
  ///   such folder, no space left on device) or what stands there.
  public static func write(_ data: Data, to url: URL) throws {
    let destination = try Destination(url.path)
    switch destination.kind {
    case .missing, .regular:
      try replace(destination, with: data, reportingAs: url)
    case .stream:
      try writeInto(destination.path, data, reportingAs: url)
    case .other(let what):
      throw WriteError.failed(path: url.path, reason: "it is \(what), not a file")
    }
  }

  /// Writes a new file beside the destination and renames it over the destination.
  private static func replace(_ destination: Destination, with data: Data, reportingAs url: URL)
    throws
  {
    let target = URL(fileURLWithPath: destination.path)
    let folder = target.deletingLastPathComponent()
    let (temporary, descriptor) = try createTemporary(for: target, reportingAs: url)
    var error = writeAll(descriptor, data)
    // Mode 600 until the data is in, then the replaced file's mode (or a new file's).
    if error == 0 && fchmod(descriptor, destination.mode) != 0 { error = errno }
    if error == 0 && fsync(descriptor) != 0 { error = errno }
    if close(descriptor) != 0 && error == 0 { error = errno }
    if error != 0 {
      unlink(temporary)
      throw failure(url, error, folder: folder)
    }
    if rename(temporary, destination.path) != 0 {
      let renameError = errno
      unlink(temporary)
      throw failure(url, renameError, folder: folder)
    }
    // Make the rename itself durable.
    let folderDescriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Creates a temporary file for `target` in its folder, exclusively, with mode 600.
  private static func createTemporary(for target: URL, reportingAs url: URL) throws -> (
    path: String, descriptor: Int32
  ) {
    let folder = target.deletingLastPathComponent()
    var attempts = 0
    while true {
      let path = folder.appendingPathComponent(Temporaries.name(for: target.lastPathComponent)).path
      let descriptor = open(
        path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
      if descriptor >= 0 { return (path, descriptor) }
      let code = errno
      attempts += 1
      // Another name is tried only when one happens to exist already.
      guard code == EEXIST && attempts < 8 else { throw failure(url, code, folder: folder) }
    }
  }

  /// Writes into a FIFO or a device as it stands: it cannot be replaced, only fed.
  private static func writeInto(_ path: String, _ data: Data, reportingAs url: URL) throws {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(url, errno, folder: nil) }
    var error = writeAll(descriptor, data)
    if close(descriptor) != 0 && error == 0 && errno != EINTR { error = errno }
    if error != 0 { throw failure(url, error, folder: nil) }
  }

  /// Writes every byte, retrying after interruptions.
  /// - Returns: 0, or the error number of the write that failed.
  static func writeAll(_ descriptor: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var written = 0
      while written < buffer.count {
        let count = Foundation.write(descriptor, base + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return 0
    }
  }

  private static func failure(_ url: URL, _ code: Int32, folder: URL?) -> WriteError {
    let reason = systemReason(code)
    // ENOENT also comes from folders that exist but take no new files (such as /proc), so
    // the hint is given only when the folder is really missing.
    let missing =
      code == ENOENT && folder.map { !FileManager.default.fileExists(atPath: $0.path) } == true
    return .failed(path: url.path, reason: reason + (missing ? " (the folder does not exist)" : ""))
  }
}

/// The system's words for an error number, in lower case to sit inside a sentence
/// ("permission denied").
func systemReason(_ code: Int32 = errno) -> String {
  String(cString: strerror(code)).lowercased()
}
