import Foundation
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// The lock that keeps a second copy of the app from erasing the first one's answers.
@Suite struct AssessmentStoreLockTests {
  let folder: URL

  init() throws {
    folder = try TestPaths.temporaryFolder("skillgap-lock")
  }

  var store: AssessmentStore { AssessmentStore(folder: folder, frameworkID: "three") }

  @Test func aSecondHoldOnTheSameAssessmentIsRefusedNamingTheHolder() throws {
    let first = try store.lock()
    #expect(throws: StoreError.inUse(path: store.file.path, process: getpid())) {
      _ = try store.lock()
    }
    withExtendedLifetime(first) {}
  }

  @Test func theRefusalSaysWhyAndWhatToDo() {
    let message = StoreError.inUse(path: "/data/three.json", process: 4242).localizedDescription
    #expect(message.contains("process 4242"))
    #expect(message.contains("/data/three.json"))
    #expect(message.contains("overwrite each other's answers"))
    #expect(message.contains("--data-dir"))
  }

  @Test func releasingTheLockLetsTheNextCopyStart() throws {
    var first: AssessmentStore.Lock? = try store.lock()
    #expect(first != nil)
    first = nil
    let second = try store.lock()
    withExtendedLifetime(second) {}
  }

  @Test func anotherFrameworkInTheSameFolderIsNotLocked() throws {
    let first = try store.lock()
    let other = try AssessmentStore(folder: folder, frameworkID: "other").lock()
    withExtendedLifetime((first, other)) {}
  }

  @Test func theLockFileHoldsTheProcessIDAndIsPrivate() throws {
    let lock = try store.lock()
    let text = try String(contentsOf: store.lockFile, encoding: .utf8)
    #expect(text == "\(getpid())\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: store.lockFile.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    withExtendedLifetime(lock) {}
  }
}
