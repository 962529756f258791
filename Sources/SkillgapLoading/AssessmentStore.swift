import Foundation
import SkillgapCore

/// Where saved assessments live, and how they are read and written.
///
/// One JSON document per framework, `<data folder>/<framework id>.json`, written atomically after
/// every answer. Files the app cannot use are never overwritten: they are renamed aside.
public struct AssessmentStore: Sendable {
  /// The data folder.
  public let folder: URL
  /// The data folder's absolute path.
  ///
  /// Kept beside the URL for what the app does before its first frame (create the folder,
  /// lock, read the assessment and the history): a URL's first `path` costs the Swift runtime
  /// a scan of every protocol conformance in the binary (about 400,000 instructions).
  public let folderPath: String
  /// The framework whose assessment this store holds.
  public let frameworkID: String

  /// Creates a store in a data folder.
  public init(folder: URL, frameworkID: String) {
    self.folder = folder
    self.folderPath = folder.path
    self.frameworkID = frameworkID
  }

  /// Creates the store of a framework in the data folder `--data-dir` and the environment name
  /// (see ``dataFolder(option:environment:)``).
  public init(dataDirectory option: String?, environment: [String: String], frameworkID: String) {
    self.folder = Self.dataFolder(option: option, environment: environment)
    self.folderPath = Self.absolute(Self.dataFolderPath(option: option, environment: environment))
    self.frameworkID = frameworkID
  }

  /// The data folder from `--data-dir`, `SKILLGAP_DATA_DIR`, `XDG_DATA_HOME` or the default
  /// `~/.local/share/skillgap`.
  public static func dataFolder(option: String?, environment: [String: String]) -> URL {
    URL(fileURLWithPath: dataFolderPath(option: option, environment: environment))
  }

  /// The path of ``dataFolder(option:environment:)``, as given (it may be relative).
  static func dataFolderPath(option: String?, environment: [String: String]) -> String {
    if let option, !option.isEmpty { return option }
    if let value = environment["SKILLGAP_DATA_DIR"], !value.isEmpty { return value }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/skillgap"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/skillgap"
  }

  /// A path made absolute against the working folder, without `.` components or a trailing
  /// `/` (as a file URL's `path` gives it; `..` stays, as it does there).
  static func absolute(_ path: String) -> String {
    var result = ""
    if !path.hasPrefix("/"), let cwd = getcwd(nil, 0) {
      result = String(cString: cwd)
      free(cwd)
      while result.hasSuffix("/") { result.removeLast() }
    }
    // Appended as strings: joining substrings is generic, and its first use makes the runtime
    // scan every conformance in the binary.
    for component in path.split(separator: "/") where component != "." {
      result += "/"
      result += String(component)
    }
    return result.isEmpty ? "/" : result
  }

  /// The file of the assessment in progress.
  public var file: URL { folder.appendingPathComponent("\(frameworkID).json") }

  /// The path of ``file``.
  public var filePath: String { folderPath + "/\(frameworkID).json" }

  /// What was found on disk at start.
  public enum Loaded: Sendable, Equatable {
    /// Nothing saved yet.
    case none
    /// A saved assessment, fitted to the framework; `dropped` lists ratings of skills the
    /// framework no longer has, and `lostTarget` the saved target role when the framework no
    /// longer has it (the answers are kept; only the target is cleared).
    case found(Assessment, dropped: [String], lostTarget: String? = nil)
    /// A file that could not be used; it was renamed to `keptAs`.
    case setAside(reason: String, keptAs: String)
  }

  /// Reads the saved assessment, setting aside a file that is corrupt or of another framework.
  /// - Parameters:
  ///   - framework: The framework in use.
  ///   - now: The time used to name a file set aside.
  /// - Returns: What was found.
  /// - Throws: ``StoreError`` when the file exists but cannot be read or was written by a newer
  ///   skillgap (both leave it untouched), ``AtomicFile/WriteError``
  ///   when an unusable file cannot be moved aside.
  public func load(for framework: Framework, now: Date) throws -> Loaded {
    // stat rather than FileManager, whose shared instance is built on first use.
    var info = stat()
    guard stat(filePath, &info) == 0 else { return .none }
    // Starting clean would overwrite it on the first answer: stop and say so instead.
    let data = try Self.readWhole(filePath)
    let reason: String
    do {
      let (assessment, version) = try AssessmentDocument.decodeWithVersion(data)
      if assessment.frameworkID == framework.id {
        // A file of an earlier schema is kept as it was beside the assessment until the first
        // save writes it in the current one (a crash before then loses neither).
        if version < AssessmentDocument.schemaVersion {
          let original = migrationBackup(version: version)
          if !FileManager.default.fileExists(atPath: original.path) {
            try AtomicFile.write(data, to: original)
          }
        }
        let fitted = assessment.fitted(to: framework)
        let lost = assessment.target.flatMap { fitted.assessment.target == nil ? $0 : nil }
        return .found(fitted.assessment, dropped: fitted.dropped, lostTarget: lost)
      }
      reason = "it belongs to the framework '\(assessment.frameworkID)'"
    } catch let error as AssessmentDocument.DocumentError where error.isNewerSchema {
      // A newer skillgap wrote it: moving it aside would lose it for that version.
      guard case .unsupportedSchema(let version) = error else { throw error }
      throw StoreError.newerSchema(path: filePath, version: version)
    } catch {
      reason = error.localizedDescription
    }
    let aside = unusedFile("\(frameworkID).unreadable-\(Self.stamp(now))")
    if rename(file.path, aside.path) != 0 {
      throw AtomicFile.WriteError.failed(
        path: file.path, reason: systemReason())
    }
    return .setAside(reason: reason, keptAs: aside.path)
  }

  /// Saves the assessment atomically, creating the data folder if needed.
  /// - Throws: ``AtomicFile/WriteError``.
  public func save(_ assessment: Assessment) throws {
    try ensureFolder()
    try AtomicFile.write(AssessmentDocument.encode(assessment), to: file)
    // Written in the current schema: the copy of the earlier one has done its job.
    for version in 1..<AssessmentDocument.schemaVersion {
      let original = migrationBackup(version: version)
      if FileManager.default.fileExists(atPath: original.path) {
        try? FileManager.default.removeItem(at: original)
      }
    }
  }

  /// Where the file as an earlier schema wrote it is kept while it is migrated:
  /// `<framework>.schema<version>.json`.
  public func migrationBackup(version: Int) -> URL {
    folder.appendingPathComponent("\(frameworkID).schema\(version).json")
  }

  /// Keeps a finished or abandoned assessment under a dated name beside the current one.
  /// - Returns: The path it was kept at.
  /// - Throws: ``AtomicFile/WriteError``.
  @discardableResult
  public func keepAside(_ assessment: Assessment) throws -> URL {
    try ensureFolder()
    let url = unusedFile("\(frameworkID)-\(Self.stamp(assessment.created))")
    try AtomicFile.write(AssessmentDocument.encode(assessment), to: url)
    return url
  }

  /// The whole file, or the system's reason it cannot be read (Foundation's errors here name
  /// no cause on Linux).
  static func readWhole(_ path: String) throws -> Data {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw StoreError.unreadable(path: path, reason: systemReason())
    }
    defer { close(descriptor) }
    // A buffer of the file's size and a byte more (to see the end in one read), left as it
    // is: zeroing 64 KiB for each file was a tenth of reading a long history.
    var info = stat()
    let size = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: min(size, 1 << 20) + 1, alignment: 1)
    defer { buffer.deallocate() }
    var data = Data(capacity: size)
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count == 0 { return data }
      if count < 0 {
        if errno == EINTR { continue }
        throw StoreError.unreadable(path: path, reason: systemReason())
      }
      data.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]).bindMemory(to: UInt8.self))
    }
  }

  /// `<name>.json` in the folder, or `<name>-2.json`, `-3` … when that exists: a file kept aside
  /// never replaces one kept earlier in the same second.
  private func unusedFile(_ name: String) -> URL {
    var candidate = folder.appendingPathComponent(name + ".json")
    var number = 2
    while FileManager.default.fileExists(atPath: candidate.path) {
      candidate = folder.appendingPathComponent("\(name)-\(number).json")
      number += 1
    }
    return candidate
  }

  /// Creates the data folder if it is missing, so a folder that cannot be written is known
  /// before the first answer.
  /// - Throws: ``AtomicFile/WriteError`` naming the folder and the system's reason.
  public func ensureFolder() throws {
    try AtomicFile.createFolder(path: folderPath)
  }

  /// Removes the temporary files that a killed copy of skillgap left in the data folder and
  /// in this framework's history folder.
  /// - Parameter now: The time their age is measured from.
  public func removeStaleTemporaries(now: Date) {
    AtomicFile.Temporaries.removeStale(inFolder: folderPath, now: now)
    AtomicFile.Temporaries.removeStale(inFolder: historyPath, now: now)
  }

  /// A UTC time stamp safe in file names: `20261122T103000Z`.
  static func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.string(from: date)
  }
}

/// A saved assessment that exists but cannot be read.
public enum StoreError: LocalizedError, Equatable {
  case unreadable(path: String, reason: String)
  /// Another process (its id when known) has the assessment open.
  case inUse(path: String, process: Int32?)
  /// The lock file beside the assessment cannot be opened or locked.
  case lockFailed(path: String, reason: String)
  case newerSchema(path: String, version: Int)
  /// A file of the history that is not a snapshot this skillgap reads.
  case unreadableSnapshot(path: String, reason: String)
  /// A file of the history that belongs to another framework.
  case snapshotOfOtherFramework(path: String, found: String, expected: String)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let path, let reason):
      return "the saved assessment \(path) cannot be read (\(reason)); it was left untouched. "
        + "Fix its permissions or move it away, then start again."
    case .inUse(let path, let process):
      let holder = process.map { "process \($0)" } ?? "another process"
      return "another copy of skillgap (\(holder)) has the assessment \(path) open; two copies "
        + "would overwrite each other's answers, so this one did not start. Quit the other copy "
        + "first, or give this one its own folder with --data-dir."
    case .lockFailed(let path, let reason):
      return "the lock file \(path) cannot be used (\(reason)); fix the data folder's "
        + "permissions or give skillgap another folder with --data-dir."
    case .newerSchema(let path, let version):
      return "the saved assessment \(path) was written by a newer skillgap (schemaVersion "
        + "\(version); this one reads \(AssessmentDocument.schemaVersion)); it was left untouched. "
        + "Update skillgap to open it."
    case .unreadableSnapshot(let path, let reason):
      return "the snapshot \(path) cannot be read (\(reason)); move it out of the history "
        + "folder and run again."
    case .snapshotOfOtherFramework(let path, let found, let expected):
      return "the snapshot \(path) is of the framework '\(found)', not '\(expected)'; move it "
        + "to the history folder of '\(found)'."
    }
  }
}
