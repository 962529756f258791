import Foundation

extension AssessmentStore {
  /// The file whose advisory lock says a copy of skillgap has this assessment open:
  /// `<data folder>/<framework id>.lock`, holding that copy's process id.
  ///
  /// The lock sits on a file of its own because saving replaces the assessment file (a new
  /// file renamed over it), and a lock on the old file would go with it.
  public var lockFile: URL { folder.appendingPathComponent("\(frameworkID).lock") }

  /// The path of ``lockFile``.
  public var lockPath: String { folderPath + "/\(frameworkID).lock" }

  /// Takes the assessment for this process for as long as the returned lock lives.
  ///
  /// Two copies saving the same assessment would each overwrite the other's answers with their
  /// own, so the second copy is refused rather than allowed to run. The lock is `flock`'s: the
  /// system releases it when the process ends, however it ends, so a killed copy never leaves
  /// the assessment locked.
  /// - Returns: The lock; keep it until the app ends.
  /// - Throws: ``StoreError/inUse(path:process:)`` when another process holds it,
  ///   ``StoreError/lockFailed(path:reason:)`` when the lock file cannot be opened.
  public func lock() throws -> Lock {
    let path = lockPath
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError.lockFailed(path: path, reason: systemReason())
    }
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      let code = errno
      let holder = Self.processID(in: descriptor)
      close(descriptor)
      if code == EWOULDBLOCK {
        throw StoreError.inUse(path: filePath, process: holder)
      }
      throw StoreError.lockFailed(path: path, reason: systemReason(code))
    }
    let text = Array("\(getpid())\n".utf8)
    _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    // Cut only what an earlier, longer id left: a truncation is a journaled metadata change,
    // dearer than the stat that usually finds nothing to cut.
    var info = stat()
    if fstat(descriptor, &info) != 0 || Int(info.st_size) > text.count {
      _ = ftruncate(descriptor, off_t(text.count))
    }
    return Lock(descriptor: descriptor)
  }

  /// The process id written in a lock file, if it holds one.
  private static func processID(in descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The hold of one process on an assessment; released when released or deinitialised.
  public final class Lock: Sendable {
    private let descriptor: Int32

    fileprivate init(descriptor: Int32) {
      self.descriptor = descriptor
    }

    deinit {
      // Closing the descriptor releases the flock; the file stays, so a copy starting at
      // this moment never races a removal.
      close(descriptor)
    }
  }
}
