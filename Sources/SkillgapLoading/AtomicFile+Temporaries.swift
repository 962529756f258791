import Foundation

extension AtomicFile {
  /// The names of temporary files, and the removal of those a killed process left behind.
  public enum Temporaries {
    /// What every temporary file's name contains before its random part.
    static let marker = ".skillgap-"

    /// A temporary name for a file named `name`: `.<name>.skillgap-<16 hex digits>.tmp`.
    ///
    /// The random part makes the name impossible to guess, so nobody can plant a link there.
    static func name(for name: String) -> String {
      let random = UInt64.random(in: .min ... .max)
      let hex = String(random, radix: 16)
      return "." + name + marker + String(repeating: "0", count: 16 - hex.count) + hex + ".tmp"
    }

    /// Whether `name` is one of ours.
    static func isTemporary(_ name: String) -> Bool {
      guard name.hasPrefix("."), name.hasSuffix(".tmp"),
        let range = name.range(of: marker, options: .backwards)
      else { return false }
      let random = name[range.upperBound..<name.index(name.endIndex, offsetBy: -4)]
      return random.count == 16 && random.allSatisfy(\.isHexDigit)
    }

    /// Removes the temporary files a killed process left in `folder`: only names of the
    /// pattern ``name(for:)`` makes, only regular files, and only those last changed more than
    /// `age` seconds before `now`, so a write in progress in another copy is never disturbed.
    /// - Returns: The names removed.
    @discardableResult
    public static func removeStale(in folder: URL, olderThan age: TimeInterval = 600, now: Date)
      -> [String]
    {
      removeStale(inFolder: folder.path, olderThan: age, now: now)
    }

    /// ``removeStale(in:olderThan:now:)`` for a folder given by its path.
    @discardableResult
    public static func removeStale(
      inFolder folder: String, olderThan age: TimeInterval = 600, now: Date
    ) -> [String] {
      let names = AtomicFile.names(inFolder: folder) ?? []
      var removed: [String] = []
      for name in names.sorted() where isTemporary(name) {
        let path = folder + "/" + name
        // The attributes of the entry itself: a link is not followed.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
          attributes[.type] as? FileAttributeType == .typeRegular,
          let changed = attributes[.modificationDate] as? Date,
          now.timeIntervalSince(changed) > age
        else { continue }
        if unlink(path) == 0 { removed.append(name) }
      }
      return removed
    }
  }
}
