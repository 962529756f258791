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
}
