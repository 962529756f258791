import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// The history the store keeps: one atomic JSON file per snapshot, read back oldest first.
@Suite struct AssessmentStoreHistoryTests {
  let framework = FixtureFrameworks.threeLevel()

  func store() throws -> AssessmentStore {
    AssessmentStore(folder: try TestPaths.temporaryFolder("skillgap-history"), frameworkID: "three")
  }

  /// An assessment with every skill of the fixture answered.
  func complete(arithmetic: Int = 1, target: String = "journeyman") -> Assessment {
    FixtureFrameworks.assessment(
      framework,
      [
        "arithmetic": .level(arithmetic), "algebra": .level(0), "calculus": .level(0),
        "drawing": .level(2), "estimation": .level(1), "geometry": .notApplicable,
      ], target: target)
  }

  @Test func snapshotsAreWrittenAsDatedFilesAndListedOldestFirst() throws {
    let store = try store()
    let time = FixtureFrameworks.time
    let second = try #require(
      try store.recordSnapshot(of: complete(arithmetic: 2), framework: framework, at: time + 60))
    let first = try #require(
      try store.recordSnapshot(of: complete(), framework: framework, at: time))
    #expect(first.lastPathComponent == "20260102T093000Z.json")
    #expect(second.lastPathComponent == "20260102T093100Z.json")
    #expect(first.deletingLastPathComponent().path.hasSuffix("/history/three"))
    let listed = try store.snapshots()
    #expect(
      listed.map(\.file.lastPathComponent) == ["20260102T093000Z.json", "20260102T093100Z.json"])
    #expect(listed.map { $0.snapshot.level(of: "arithmetic") } == [1, 2])
    #expect(try store.latestSnapshot()?.file.lastPathComponent == "20260102T093100Z.json")
  }

  @Test func theSameAnswersAndTargetAreNotKeptTwice() throws {
    let store = try store()
    let time = FixtureFrameworks.time
    #expect(try store.recordSnapshot(of: complete(), framework: framework, at: time) != nil)
    #expect(try store.recordSnapshot(of: complete(), framework: framework, at: time + 60) == nil)
    // A new target alone is a move worth keeping, even within the same second.
    let moved = try store.recordSnapshot(
      of: complete(target: "master"), framework: framework, at: time)
    #expect(moved?.lastPathComponent == "20260102T093000Z-2.json")
    #expect(try store.latestSnapshot()?.snapshot.target == "master")
    #expect(try store.snapshots().count == 2)
  }

  @Test func aSittingLeavesOneSnapshotHoweverManyAnswersItChanges() throws {
    let store = try store()
    let time = FixtureFrameworks.time
    // An earlier sitting's snapshot is never touched.
    let earlier = try #require(
      try store.recordSnapshot(of: complete(), framework: framework, at: time))
    // This sitting: three changes, one snapshot, holding the last answers.
    guard
      case .written(let first) = try store.keepSnapshot(
        of: complete(arithmetic: 2), framework: framework, at: time + 3600)
    else { throw Failure("the first change of a sitting writes a snapshot") }
    guard
      case .replaced(let second) = try store.keepSnapshot(
        of: complete(arithmetic: 2, target: "master"), framework: framework, at: time + 3660,
        replacing: first)
    else { throw Failure("a later change replaces the sitting's snapshot") }
    #expect(
      try store.keepSnapshot(
        of: complete(arithmetic: 2, target: "master"), framework: framework, at: time + 3720,
        replacing: second) == .unchanged)
    #expect(!FileManager.default.fileExists(atPath: first.path))
    #expect(
      try store.snapshots().map(\.file.lastPathComponent) == [
        earlier.lastPathComponent, second.lastPathComponent,
      ])
    #expect(try store.latestSnapshot()?.snapshot.target == "master")
    // Changed back to the earlier sitting's answers: this sitting's point goes away.
    #expect(
      try store.keepSnapshot(
        of: complete(), framework: framework, at: time + 3780, replacing: second)
        == .withdrawn)
    #expect(try store.snapshots().map(\.file) == [earlier])
  }

  @Test func onlyACompleteAssessmentIsKeptAfterASave() throws {
    let store = try store()
    var partial = complete()
    partial.ratings["geometry"] = nil
    #expect(
      try store.recordSnapshotIfComplete(
        of: partial, framework: framework, at: FixtureFrameworks.time) == nil)
    partial.answer("geometry", .skipped, at: FixtureFrameworks.time)
    #expect(
      try store.recordSnapshotIfComplete(
        of: partial, framework: framework, at: FixtureFrameworks.time) == nil)
    #expect(
      try store.recordSnapshotIfComplete(
        of: complete(), framework: framework, at: FixtureFrameworks.time) != nil)
  }

  @Test func aHalfWrittenTemporaryIsIgnored() throws {
    let store = try store()
    try store.recordSnapshot(of: complete(), framework: framework, at: FixtureFrameworks.time)
    // What a write killed before its rename leaves: a hidden temporary, half a document.
    let partial = store.historyFolder.appendingPathComponent(
      ".20260102T093100Z.json.skillgap-0123456789abcdef.tmp")
    try Data(#"{"schemaVersion": 1, "taken": "2026-01-"#.utf8).write(to: partial)
    #expect(try store.snapshots().count == 1)
    #expect(try store.latestSnapshot()?.file.lastPathComponent == "20260102T093000Z.json")
    // The next start removes it once it is old enough not to be another copy's write.
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: partial.path)
    store.removeStaleTemporaries(now: Date())
    #expect(!FileManager.default.fileExists(atPath: partial.path))
    #expect(try store.snapshots().count == 1)
  }

  @Test func aSnapshotOfAnotherFrameworkOrABrokenOneIsNamed() throws {
    let store = try store()
    try AtomicFile.createFolder(store.historyFolder)
    let other = Snapshot(
      of: FixtureFrameworks.assessment(FixtureFrameworks.eightLevel(), [:]),
      framework: FixtureFrameworks.eightLevel(), at: FixtureFrameworks.time)
    let file = store.historyFolder.appendingPathComponent("20260102T093000Z.json")
    try SnapshotDocument.encode(other).write(to: file)
    #expect(
      throws: StoreError.snapshotOfOtherFramework(
        path: file.path, found: other.frameworkID, expected: "three")
    ) { try store.snapshots() }
    try Data("not json".utf8).write(to: file)
    #expect(throws: StoreError.self) { try store.snapshots() }
  }
}

/// A test's own failure, with what went wrong.
private struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
