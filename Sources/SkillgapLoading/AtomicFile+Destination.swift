import Foundation

extension AtomicFile {
  /// What a write lands on: the path after following symbolic links, what stands there, and
  /// the mode the written file gets.
  struct Destination {
    /// What stands at the path.
    enum Kind: Equatable {
      /// Nothing yet.
      case missing
      /// A regular file, replaced atomically.
      case regular
      /// A FIFO or a character device, written into.
      case stream
      /// Something that cannot be written as a file ("a folder", "a socket").
      case other(String)
    }

    /// The path with every symbolic link followed.
    var path: String
    var kind: Kind
    /// The replaced file's permission bits, or a new file's (644 less the umask).
    var mode: mode_t

    /// Follows `path` through symbolic links (also one whose target does not exist yet).
    /// - Throws: ``AtomicFile/WriteError`` when a link cannot be read, links loop, or the path
    ///   cannot be examined.
    init(_ path: String) throws {
      var current = path
      for _ in 0..<40 {
        var info = stat()
        guard lstat(current, &info) == 0 else {
          let code = errno
          guard code == ENOENT else {
            throw WriteError.failed(path: path, reason: systemReason(code))
          }
          self.init(path: current, kind: .missing, mode: Self.newFileMode())
          return
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFLNK else {
          self.init(path: current, kind: Self.kind(of: type), mode: info.st_mode & 0o7777)
          return
        }
        let target = try Self.readLink(current, reportingAs: path)
        current =
          target.hasPrefix("/")
          ? target
          : URL(fileURLWithPath: current).deletingLastPathComponent()
            .appendingPathComponent(target).path
      }
      throw WriteError.failed(path: path, reason: systemReason(ELOOP))
    }

    private init(path: String, kind: Kind, mode: mode_t) {
      self.path = path
      self.kind = kind
      self.mode = mode
    }

    private static func kind(of type: mode_t) -> Kind {
      switch type {
      case S_IFREG: return .regular
      case S_IFIFO, S_IFCHR: return .stream
      case S_IFDIR: return .other("a folder")
      case S_IFSOCK: return .other("a socket")
      case S_IFBLK: return .other("a block device")
      default: return .other("a special file")
      }
    }

    private static func readLink(_ path: String, reportingAs original: String) throws -> String {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(path, &buffer, buffer.count - 1)
      guard count >= 0 else {
        throw WriteError.failed(path: original, reason: systemReason())
      }
      return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// 644 less the process's umask, as a plain `open` would have made it.
    private static func newFileMode() -> mode_t {
      let mask = umask(0)
      umask(mask)
      return 0o644 & ~mask
    }
  }
}
