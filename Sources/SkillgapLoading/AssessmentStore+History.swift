import Foundation
import SkillgapCore

extension AssessmentStore {
  /// The folder of this framework's snapshots: `<data folder>/history/<framework id>`.
  public var historyFolder: URL {
    folder.appendingPathComponent("history").appendingPathComponent(frameworkID)
  }

  /// The path of ``historyFolder``.
  public var historyPath: String { folderPath + "/history/" + frameworkID }

  /// A snapshot read from the history, with the file it came from.
  public struct StoredSnapshot: Sendable, Equatable {
    /// The snapshot's file.
    public var file: URL
    /// The snapshot.
    public var snapshot: Snapshot
  }

  /// Every snapshot of the history, oldest first.
  ///
  /// Only `*.json` files count: the hidden temporary files of a write that was killed halfway
  /// are never read.
  /// - Returns: The snapshots, ordered by the time each was taken (then by file name).
  /// - Throws: ``StoreError/unreadableSnapshot(path:reason:)`` for a file that cannot be read
  ///   or is not a snapshot, ``StoreError/snapshotOfOtherFramework(path:found:expected:)``.
  public func snapshots() throws -> [StoredSnapshot] {
    try read(snapshotFiles()).sorted(by: Self.older).map(\.snapshot)
  }

  /// What keeping a snapshot did to the history.
  public enum SnapshotChange: Sendable, Equatable {
    /// Nothing moved since the latest snapshot: nothing was written.
    case unchanged
    /// A new snapshot, in this file.
    case written(URL)
    /// The snapshot this run of the app had taken was replaced by a later one, in this file.
    case replaced(URL)
    /// The snapshot this run of the app had taken was removed: the answers are back to those
    /// of the snapshot before it.
    case withdrawn
  }

  /// Keeps a snapshot of an assessment in the history, unless the latest snapshot already holds
  /// the same answers and target.
  ///
  /// The file is written atomically: a kill at any moment leaves either no file or the whole
  /// one. Two snapshots in the same second get `-2`, `-3` … after the time.
  /// - Parameters:
  ///   - assessment: The answers, fitted to `framework`.
  ///   - framework: The framework, whose roles are measured.
  ///   - time: When the snapshot is taken; it names the file.
  /// - Returns: The file written, or nil when nothing moved since the latest snapshot.
  /// - Throws: ``AtomicFile/WriteError``, or a ``StoreError`` when the latest snapshot cannot
  ///   be read.
  @discardableResult
  public func recordSnapshot(of assessment: Assessment, framework: Framework, at time: Date)
    throws -> URL?
  {
    if case .written(let url) = try keepSnapshot(of: assessment, framework: framework, at: time) {
      return url
    }
    return nil
  }

  /// Keeps a snapshot of an assessment, replacing the one this run of the app took before.
  ///
  /// A sitting (one run of the app) leaves one snapshot however many answers it changes, so the
  /// history holds one point per sitting and "what moved" compares sittings, not keystrokes. The
  /// new file is written before the earlier one is removed: a kill in between leaves both, never
  /// neither.
  /// - Parameters:
  ///   - assessment: The answers, fitted to `framework`.
  ///   - framework: The framework, whose roles are measured.
  ///   - time: When the snapshot is taken; it names the file.
  ///   - earlier: The snapshot this run took before, if any; snapshots of other runs are never
  ///     touched.
  /// - Returns: What changed in the history.
  /// - Throws: ``AtomicFile/WriteError``, or a ``StoreError`` when a snapshot cannot be read.
  public func keepSnapshot(
    of assessment: Assessment, framework: Framework, at time: Date, replacing earlier: URL? = nil
  ) throws -> SnapshotChange {
    let snapshot = Snapshot(of: assessment, framework: framework, at: time)
    let earlier = earlier.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    if let earlier,
      try readSnapshot(earlier).snapshot.hasSameAnswers(as: snapshot)
    {
      return .unchanged
    }
    if let before = try latestSnapshot(excluding: earlier),
      before.snapshot.hasSameAnswers(as: snapshot)
    {
      guard let earlier else { return .unchanged }
      try FileManager.default.removeItem(at: earlier)
      return .withdrawn
    }
    try AtomicFile.createFolder(historyFolder)
    let stamp = Self.stamp(time)
    var url = historyFolder.appendingPathComponent(stamp + ".json")
    var number = 2
    while FileManager.default.fileExists(atPath: url.path) {
      url = historyFolder.appendingPathComponent("\(stamp)-\(number).json")
      number += 1
    }
    try AtomicFile.write(SnapshotDocument.encode(snapshot), to: url)
    guard let earlier else { return .written(url) }
    try FileManager.default.removeItem(at: earlier)
    return .replaced(url)
  }

  /// Keeps a snapshot when every skill of the framework is answered (the assessment is
  /// complete), as the app does after each save.
  /// - Returns: The file written, or nil when the assessment is not complete or nothing moved.
  /// - Throws: As ``recordSnapshot(of:framework:at:)``.
  @discardableResult
  public func recordSnapshotIfComplete(
    of assessment: Assessment, framework: Framework, at time: Date
  ) throws -> URL? {
    if case .written(let url) = try keepSnapshotIfComplete(
      of: assessment, framework: framework, at: time)
    {
      return url
    }
    return nil
  }

  /// Keeps a snapshot like ``keepSnapshot(of:framework:at:replacing:)`` when every skill of the
  /// framework is answered (the assessment is complete), as the app does after each save.
  /// - Returns: What changed; ``SnapshotChange/unchanged`` when the assessment is not complete.
  /// - Throws: As ``keepSnapshot(of:framework:at:replacing:)``.
  public func keepSnapshotIfComplete(
    of assessment: Assessment, framework: Framework, at time: Date, replacing earlier: URL? = nil
  ) throws -> SnapshotChange {
    guard assessment.isComplete(in: framework) else {
      return .unchanged
    }
    return try keepSnapshot(of: assessment, framework: framework, at: time, replacing: earlier)
  }

  /// The latest snapshot, reading only the newest file names rather than the whole history.
  /// - Parameter excluded: A file not to count, such as the snapshot a newer one replaces.
  /// - Returns: The newest snapshot, or nil when the history is empty.
  /// - Throws: ``StoreError`` when the newest file cannot be read or is of another framework.
  public func latestSnapshot(excluding excluded: URL? = nil) throws -> StoredSnapshot? {
    // File names are UTC times, so the newest second sorts last; within it, `-2`, `-3` … follow.
    let excludedName = excluded?.lastPathComponent
    let files = try snapshotFiles().filter { $0.name != excludedName }
    guard let newest = files.map({ Self.stampPart($0.name) }).max() else { return nil }
    return try read(files.filter { Self.stampPart($0.name) == newest }).max(by: Self.older)?
      .snapshot
  }

  /// A snapshot file of the history: its name and its URL.
  private typealias SnapshotFile = (name: String, url: URL)

  /// A snapshot read, with its file's place among those taken in the same second.
  private typealias OrderedSnapshot = (snapshot: StoredSnapshot, order: Int)

  /// Reads snapshot files, each file's place in its second worked out once, from its name.
  private func read(_ files: [SnapshotFile]) throws -> [OrderedSnapshot] {
    try files.map { (try readSnapshot($0.url), Self.order($0.name)) }
  }

  /// Whether `a` was taken before `b`: by time, then by place in the second.
  private static func older(_ a: OrderedSnapshot, _ b: OrderedSnapshot) -> Bool {
    (a.snapshot.snapshot.taken, a.order) < (b.snapshot.snapshot.taken, b.order)
  }

  /// The history's snapshot files in name order.
  private func snapshotFiles() throws -> [SnapshotFile] {
    // No folder yet is no history yet.
    guard let names = AtomicFile.names(inFolder: historyPath) else { return [] }
    // The folder's URL once, and each file's without asking the file system whether it is a
    // folder (as `appendingPathComponent(_:)` does): most of reading a long history went there.
    let folder = historyFolder
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map {
      ($0, folder.appendingPathComponent($0, isDirectory: false))
    }
  }

  /// Reads a snapshot file; messages name it by its URL's path (the data folder as it was
  /// given, with any `//` or `.` in it, not the cleaned-up `historyPath`).
  private func readSnapshot(_ url: URL) throws -> StoredSnapshot {
    let path = url.path
    let snapshot: Snapshot
    do {
      snapshot = try SnapshotDocument.decode(Self.readWhole(path))
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.unreadableSnapshot(path: path, reason: error.localizedDescription)
    }
    guard snapshot.frameworkID == frameworkID else {
      throw StoreError.snapshotOfOtherFramework(
        path: path, found: snapshot.frameworkID, expected: frameworkID)
    }
    return StoredSnapshot(file: url, snapshot: snapshot)
  }

  /// `20261122T103000Z` of `20261122T103000Z-2.json`.
  private static func stampPart(_ name: String) -> String {
    String(name.dropLast(5).prefix { $0 != "-" })
  }

  /// A snapshot file's place among those taken in the same second: `<time>.json` first (1),
  /// then `<time>-2.json`, `-3` … (plain name order would put `-2` before the first).
  static func order(_ name: String) -> Int {
    let base = name.hasSuffix(".json") ? name.dropLast(5) : name[...]
    guard let dash = base.lastIndex(of: "-") else { return 1 }
    return Int(base[base.index(after: dash)...]) ?? 1
  }
}
