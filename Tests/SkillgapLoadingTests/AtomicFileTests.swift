import Foundation
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Folders are created, and files written, with the system's reason when they cannot be.
@Suite struct AtomicFileTests {
  let folder: URL

  init() throws {
    folder = try TestPaths.temporaryFolder("skillgap-atomic")
  }

  @Test func everyMissingFolderIsCreatedAndExistingOnesAreKept() throws {
    let nested = folder.appendingPathComponent("a/b c/日本")
    try AtomicFile.createFolder(nested)
    try AtomicFile.createFolder(nested)
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: nested.path, isDirectory: &isFolder))
    #expect(isFolder.boolValue)
  }

  @Test func aFileInTheWayIsNamedWithTheSystemsReason() throws {
    let file = folder.appendingPathComponent("plans")
    try Data("x".utf8).write(to: file)
    let below = file.appendingPathComponent("sub")
    #expect(
      throws: AtomicFile.WriteError.folderFailed(path: below.path, reason: "not a directory")
    ) {
      try AtomicFile.createFolder(below)
    }
    #expect(
      throws: AtomicFile.WriteError.folderFailed(
        path: file.path, reason: "a file stands where the folder should be")
    ) {
      try AtomicFile.createFolder(file)
    }
    #expect(try Data(contentsOf: file) == Data("x".utf8))
  }

  @Test func writingIntoAMissingFolderSaysTheFolderDoesNotExist() throws {
    let file = folder.appendingPathComponent("no-such-folder/plan.md")
    #expect(
      throws: AtomicFile.WriteError.failed(
        path: file.path, reason: "no such file or directory (the folder does not exist)")
    ) {
      try AtomicFile.write(Data("x".utf8), to: file)
    }
  }

  /// `/proc` exists but refuses new files with ENOENT; only the system's reason is given.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
  func writingWhereTheKernelSaysNoSuchFileInAnExistingFolderGivesOnlyTheSystemsReason() throws {
    let file = URL(fileURLWithPath: "/proc/skillgap-\(UUID().uuidString).md")
    #expect(
      throws: AtomicFile.WriteError.failed(path: file.path, reason: "no such file or directory")
    ) {
      try AtomicFile.write(Data("x".utf8), to: file)
    }
  }

  /// The permission bits of the file at `url`, following links.
  func mode(_ url: URL) -> mode_t {
    var info = stat()
    _ = stat(url.path, &info)
    return info.st_mode & 0o7777
  }

  func fileType(_ url: URL) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
  }

  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let file = folder.appendingPathComponent("plan.md")
    try Data("old".utf8).write(to: file)
    chmod(file.path, 0o600)
    try AtomicFile.write(Data("new".utf8), to: file)
    #expect(try Data(contentsOf: file) == Data("new".utf8))
    #expect(mode(file) == 0o600)
    #expect(try names() == ["plan.md"])
  }

  @Test func aNewFileGetsTheUsualModeAndNoTemporaryIsLeft() throws {
    let file = folder.appendingPathComponent("plan.md")
    let mask = umask(0o022)
    defer { umask(mask) }
    try AtomicFile.write(Data("new".utf8), to: file)
    #expect(mode(file) == 0o644)
    #expect(try names() == ["plan.md"])
  }

  @Test func aSymlinkIsWrittenThroughToItsTargetAndStaysALink() throws {
    let target = folder.appendingPathComponent("real/plan.md")
    try AtomicFile.createFolder(target.deletingLastPathComponent())
    try Data("old".utf8).write(to: target)
    chmod(target.path, 0o600)
    let link = folder.appendingPathComponent("plan.md")
    try FileManager.default.createSymbolicLink(
      atPath: link.path, withDestinationPath: "real/plan.md")
    try AtomicFile.write(Data("new".utf8), to: link)
    #expect(try fileType(link) == .typeSymbolicLink)
    #expect(try Data(contentsOf: target) == Data("new".utf8))
    #expect(mode(target) == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        == ["plan.md"])
  }

  @Test func aLinkToAFileNotYetMadeCreatesThatFile() throws {
    let link = folder.appendingPathComponent("plan.md")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "later.md")
    try AtomicFile.write(Data("new".utf8), to: link)
    #expect(try fileType(link) == .typeSymbolicLink)
    #expect(try Data(contentsOf: folder.appendingPathComponent("later.md")) == Data("new".utf8))
  }

  /// Earlier versions named the temporary file after the process id; a link planted there
  /// must never be followed.
  @Test func aLinkPlantedAtAGuessableTemporaryNameIsNeverFollowed() throws {
    let victim = folder.appendingPathComponent("victim")
    try Data("keep".utf8).write(to: victim)
    let file = folder.appendingPathComponent("plan.md")
    for guess in [".plan.md.\(getpid()).tmp", ".plan.md.tmp", "plan.md.tmp"] {
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent(guess).path, withDestinationPath: victim.path)
    }
    try AtomicFile.write(Data("new".utf8), to: file)
    #expect(try Data(contentsOf: victim) == Data("keep".utf8))
    #expect(try Data(contentsOf: file) == Data("new".utf8))
  }

  @Test func aFIFOGetsTheDataWrittenIntoIt() throws {
    let fifo = folder.appendingPathComponent("pipe")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let received = folder.appendingPathComponent("received")
    try Data().write(to: received)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo.path]
    reader.standardOutput = try FileHandle(forWritingTo: received)
    try reader.run()
    try AtomicFile.write(Data("through the pipe".utf8), to: fifo)
    let deadline = Date().addingTimeInterval(5)
    while reader.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if reader.isRunning {
      kill(reader.processIdentifier, SIGKILL)
      Issue.record("the FIFO's reader was never given the data")
    }
    reader.waitUntilExit()
    #expect(try Data(contentsOf: received) == Data("through the pipe".utf8))
    #expect(try fileType(fifo) != .typeRegular)
  }

  /// Device nodes made here, so a regression can never replace the machine's own.
  @Test(.enabled(if: getuid() == 0, "mknod needs root"))
  func aCharacterDeviceIsWrittenIntoAndNeverReplaced() throws {
    let null = folder.appendingPathComponent("null")
    let full = folder.appendingPathComponent("full")
    // Linux's numbers for /dev/null (1, 3) and /dev/full (1, 7).
    #expect(mknod(null.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
    #expect(mknod(full.path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
    try AtomicFile.write(Data("gone".utf8), to: null)
    #expect(
      throws: AtomicFile.WriteError.failed(path: full.path, reason: "no space left on device")
    ) {
      try AtomicFile.write(Data("gone".utf8), to: full)
    }
    #expect(try fileType(null) == .typeCharacterSpecial)
    #expect(try fileType(full) == .typeCharacterSpecial)
    #expect(try names() == ["full", "null"])
  }

  @Test func aFolderIsRefused() throws {
    #expect(
      throws: AtomicFile.WriteError.failed(path: folder.path, reason: "it is a folder, not a file")
    ) {
      try AtomicFile.write(Data("x".utf8), to: folder)
    }
  }

  @Test func onlyOurOwnStaleTemporariesAreRemoved() throws {
    let now = Date()
    let names = [
      ".plan.md.skillgap-0123456789abcdef.tmp",  // ours and old: removed
      ".fresh.md.skillgap-00000000deadbeef.tmp",  // ours but recent: another copy writing
      ".other.tmp",  // someone else's
      ".plan.md.skillgap-nothex.tmp",  // not our pattern
      "notes.md",
    ]
    for name in names {
      let url = folder.appendingPathComponent(name)
      try Data("x".utf8).write(to: url)
      let age: TimeInterval = name.hasPrefix(".fresh") ? 30 : 3600
      try FileManager.default.setAttributes(
        [.modificationDate: now.addingTimeInterval(-age)], ofItemAtPath: url.path)
    }
    let removed = AtomicFile.Temporaries.removeStale(in: folder, now: now)
    #expect(removed == [".plan.md.skillgap-0123456789abcdef.tmp"])
    #expect(try self.names() == names.dropFirst().sorted())
  }
}
