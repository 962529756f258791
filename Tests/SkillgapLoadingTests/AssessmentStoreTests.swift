import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Where assessments are saved, how they are read back, and how files the app cannot use are
/// set aside rather than overwritten.
@Suite struct AssessmentStoreTests {
  let framework = FixtureFrameworks.threeLevel()
  /// 2026-11-22 10:30:00 UTC.
  let now = Date(timeIntervalSince1970: 1_795_343_400)
  let folder: URL

  init() throws {
    folder = try TestPaths.temporaryFolder("skillgap-store")
  }

  var store: AssessmentStore { AssessmentStore(folder: folder, frameworkID: framework.id) }

  /// An assessment of the fixture with a level, a skipped and a not-applicable answer, a note,
  /// a target and preferences.
  func assessment() -> Assessment {
    var assessment = FixtureFrameworks.assessment(
      framework, ["arithmetic": .level(1), "algebra": .skipped, "geometry": .notApplicable],
      notes: ["arithmetic": "Kept the books 📒"], target: "journeyman")
    assessment.preferences = Assessment.Preferences(
      hoursPerWeek: 6, exportFormats: ["csv"], exportPath: "/tmp/plan")
    return assessment
  }

  /// The names in the data folder, hidden ones included, sorted.
  func names(in url: URL? = nil) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: (url ?? folder).path).sorted()
  }

  /// Writes `data` as the store's file and loads it at ``now``.
  func load(writing data: Data) throws -> AssessmentStore.Loaded {
    try data.write(to: store.file)
    return try store.load(for: framework, now: now)
  }

  @Test func nothingSavedLoadsAsNone() throws {
    #expect(try store.load(for: framework, now: now) == .none)
    #expect(try names() == [])
  }

  @Test func theFileIsNamedAfterTheFrameworkInTheDataFolder() {
    #expect(store.file == folder.appendingPathComponent("three.json"))
  }

  @Test func aSavedAssessmentLoadsBackTheSameWithItsPreferences() throws {
    let saved = assessment()
    try store.save(saved)
    let loaded = try store.load(for: framework, now: now)
    #expect(loaded == .found(saved, dropped: []))
    guard case .found(let found, _, _) = loaded else { return }
    #expect(found.preferences.hoursPerWeek == 6)
    #expect(found.preferences.exportFormats == ["csv"])
    #expect(found.preferences.exportPath == "/tmp/plan")
    #expect(found.ratings["arithmetic"]?.note == "Kept the books 📒")
    #expect(found.target == "journeyman")
  }

  @Test func aSaveFileThatIsALinkStaysALinkAndItsTargetHoldsTheAnswers() throws {
    let kept = folder.appendingPathComponent("in-git/three.json")
    try AtomicFile.createFolder(kept.deletingLastPathComponent())
    try FileManager.default.createSymbolicLink(
      atPath: store.file.path, withDestinationPath: "in-git/three.json")
    let saved = assessment()
    try store.save(saved)
    let attributes = try FileManager.default.attributesOfItem(atPath: store.file.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try Data(contentsOf: kept) == AssessmentDocument.encode(saved))
    #expect(try store.load(for: framework, now: now) == .found(saved, dropped: []))
  }

  @Test func savingAgainReplacesTheSavedAssessment() throws {
    var saved = assessment()
    try store.save(saved)
    saved.answer("drawing", .level(2), at: now)
    try store.save(saved)
    #expect(try store.load(for: framework, now: now) == .found(saved, dropped: []))
    #expect(try Data(contentsOf: store.file) == AssessmentDocument.encode(saved))
  }

  @Test func savingCreatesAMissingNestedDataFolder() throws {
    let nested = folder.appendingPathComponent("a/b/skillgap")
    let store = AssessmentStore(folder: nested, frameworkID: framework.id)
    #expect(!FileManager.default.fileExists(atPath: nested.path))
    try store.save(assessment())
    #expect(try names(in: nested) == ["three.json"])
    #expect(try Data(contentsOf: store.file) == AssessmentDocument.encode(assessment()))
  }

  @Test func savingLeavesNoTemporaryFilesBehind() throws {
    try store.save(assessment())
    try store.save(assessment())
    #expect(try names() == ["three.json"])
  }

  @Test func aTruncatedFileIsSetAsideWithItsBytesKept() throws {
    let original = Data(#"{"schemaVersion": 1, "framew"#.utf8)
    let loaded = try load(writing: original)
    guard case .setAside(let reason, let keptAs) = loaded else {
      Issue.record("expected .setAside, got \(loaded)")
      return
    }
    #expect(reason == "it is not a skillgap assessment (not valid JSON)")
    #expect(!FileManager.default.fileExists(atPath: store.file.path))
    #expect(keptAs == folder.appendingPathComponent("three.unreadable-20261122T103000Z.json").path)
    #expect(try Data(contentsOf: URL(fileURLWithPath: keptAs)) == original)
    #expect(try names() == ["three.unreadable-20261122T103000Z.json"])
  }

  @Test func twoFilesSetAsideInTheSameSecondAreBothKept() throws {
    let first = Data("first".utf8)
    let second = Data("second".utf8)
    _ = try load(writing: first)
    let loaded = try load(writing: second)
    guard case .setAside(_, let keptAs) = loaded else {
      Issue.record("expected .setAside, got \(loaded)")
      return
    }
    #expect(
      URL(fileURLWithPath: keptAs).lastPathComponent == "three.unreadable-20261122T103000Z-2.json")
    #expect(
      try names() == [
        "three.unreadable-20261122T103000Z-2.json", "three.unreadable-20261122T103000Z.json",
      ])
    #expect(
      FileManager.default.contents(
        atPath: folder.appendingPathComponent("three.unreadable-20261122T103000Z.json").path)
        == first)
    #expect(FileManager.default.contents(atPath: keptAs) == second)
  }

  @Test func aSavedFileThatCannotBeReadStopsTheLoadAndIsLeftAlone() throws {
    // A folder where the file should be cannot be read as a file, even by root (the tests may
    // run as root, for whom permissions do not stop a read).
    try FileManager.default.createDirectory(at: store.file, withIntermediateDirectories: true)
    #expect {
      try store.load(for: framework, now: now)
    } throws: { error in
      error as? StoreError == .unreadable(path: store.file.path, reason: "is a directory")
    }
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: store.file.path, isDirectory: &isFolder))
    #expect(isFolder.boolValue)
    #expect(try names() == ["three.json"])
  }

  @Test func randomBytesAreSetAsideUnderANameWithTheUTCStampOfNow() throws {
    let original = Data([0x00, 0xFF, 0xFE, 0x7B, 0x22, 0x80, 0x0A, 0xC3, 0x28, 0x01])
    let loaded = try load(writing: original)
    guard case .setAside(let reason, let keptAs) = loaded else {
      Issue.record("expected .setAside, got \(loaded)")
      return
    }
    #expect(reason.contains("not a skillgap assessment"))
    let name = URL(fileURLWithPath: keptAs).lastPathComponent
    #expect(name.contains("unreadable-"))
    #expect(name.contains("20261122T103000Z"))
    #expect(FileManager.default.contents(atPath: keptAs) == original)
    #expect(!FileManager.default.fileExists(atPath: store.file.path))
  }

  @Test func aFileOfANewerSchemaIsLeftUntouchedAndRefused() throws {
    let text = String(decoding: AssessmentDocument.encode(assessment()), as: UTF8.self)
      .replacingOccurrences(of: #""schemaVersion" : 3"#, with: #""schemaVersion" : 4"#)
    #expect(text.contains(#""schemaVersion" : 4"#))
    try Data(text.utf8).write(to: store.file)
    let before = try names()
    #expect(throws: StoreError.newerSchema(path: store.file.path, version: 4)) {
      try store.load(for: framework, now: now)
    }
    #expect(try names() == before)
    #expect(FileManager.default.contents(atPath: store.file.path) == Data(text.utf8))
    let message = StoreError.newerSchema(path: store.file.path, version: 4).localizedDescription
    #expect(message.contains("newer skillgap (schemaVersion 4; this one reads 3)"))
    #expect(message.contains("left untouched"))
  }

  @Test func aFileOfAnOlderUnknownSchemaIsStillSetAside() throws {
    let text = String(decoding: AssessmentDocument.encode(assessment()), as: UTF8.self)
      .replacingOccurrences(of: #""schemaVersion" : 3"#, with: #""schemaVersion" : 0"#)
    guard case .setAside(let reason, _) = try load(writing: Data(text.utf8)) else {
      Issue.record("expected .setAside")
      return
    }
    #expect(reason.contains("schemaVersion 0"))
  }

  @Test func aFileOfAnotherFrameworkIsSetAsideWithAReasonNamingIt() throws {
    var other = assessment()
    other.frameworkID = "eight"
    let original = AssessmentDocument.encode(other)
    let loaded = try load(writing: original)
    guard case .setAside(let reason, let keptAs) = loaded else {
      Issue.record("expected .setAside, got \(loaded)")
      return
    }
    #expect(reason == "it belongs to the framework 'eight'")
    #expect(URL(fileURLWithPath: keptAs).lastPathComponent.contains("unreadable-20261122T103000Z"))
    #expect(FileManager.default.contents(atPath: keptAs) == original)
    #expect(!FileManager.default.fileExists(atPath: store.file.path))
    #expect(try store.load(for: framework, now: now) == .none)
  }

  @Test func ratingsOfSkillsTheFrameworkLacksAreDroppedAndListed() throws {
    var saved = assessment()
    saved.ratings["juggling"] = Rating(answer: .level(1), ratedAt: FixtureFrameworks.time)
    saved.ratings["arithmetic"] = Rating(answer: .level(9), ratedAt: FixtureFrameworks.time)
    try store.save(saved)
    let loaded = try store.load(for: framework, now: now)
    guard case .found(let found, let dropped, _) = loaded else {
      Issue.record("expected .found, got \(loaded)")
      return
    }
    #expect(dropped == ["arithmetic", "juggling"])
    #expect(found.ratings["juggling"] == nil)
    #expect(found.ratings["arithmetic"] == nil)
    #expect(found.ratings["algebra"]?.answer == .skipped)
    #expect(found.ratings["geometry"]?.answer == .notApplicable)
    #expect(try names() == ["three.json"])
  }

  @Test func aSavedTargetTheFrameworkLacksIsNamedAndEveryAnswerKept() throws {
    var saved = assessment()
    saved.target = "ml-engineer-lead-principal"
    try store.save(saved)
    let loaded = try store.load(for: framework, now: now)
    guard case .found(let found, let dropped, let lostTarget) = loaded else {
      Issue.record("expected .found, got \(loaded)")
      return
    }
    #expect(lostTarget == "ml-engineer-lead-principal")
    #expect(found.target == nil)
    #expect(dropped.isEmpty)
    #expect(found.ratings == saved.ratings)
  }

  @Test func keepAsideWritesADatedCopyAndLeavesTheCurrentFile() throws {
    let current = assessment()
    try store.save(current)
    var finished = current
    finished.answer("drawing", .level(2), at: now)
    let kept = try store.keepAside(finished)
    #expect(kept == folder.appendingPathComponent("three-20260102T093000Z.json"))
    #expect(try Data(contentsOf: kept) == AssessmentDocument.encode(finished))
    #expect(try AssessmentDocument.decode(Data(contentsOf: kept)) == finished)
    #expect(try Data(contentsOf: store.file) == AssessmentDocument.encode(current))
    #expect(try names() == ["three-20260102T093000Z.json", "three.json"])
    // Keeping another one started in the same second does not replace the first.
    let again = try store.keepAside(current)
    #expect(again == folder.appendingPathComponent("three-20260102T093000Z-2.json"))
    #expect(try Data(contentsOf: kept) == AssessmentDocument.encode(finished))
  }

  @Test func keepAsideCreatesAMissingDataFolder() throws {
    let nested = folder.appendingPathComponent("new/data")
    let store = AssessmentStore(folder: nested, frameworkID: framework.id)
    let kept = try store.keepAside(assessment())
    #expect(kept.deletingLastPathComponent().path == nested.path)
    #expect(try names(in: nested) == ["three-20260102T093000Z.json"])
  }

  /// `--data-dir`, then SKILLGAP_DATA_DIR, then an absolute XDG_DATA_HOME, then HOME; empty
  /// values and a relative XDG_DATA_HOME are passed over.
  @Test(
    arguments: [
      ("/opt/data", ["SKILLGAP_DATA_DIR": "/env/data", "XDG_DATA_HOME": "/xdg"], "/opt/data"),
      (nil, ["SKILLGAP_DATA_DIR": "/env/data", "XDG_DATA_HOME": "/xdg"], "/env/data"),
      ("", ["SKILLGAP_DATA_DIR": "/env/data"], "/env/data"),
      (nil, ["XDG_DATA_HOME": "/xdg/share"], "/xdg/share/skillgap"),
      (nil, ["SKILLGAP_DATA_DIR": "", "XDG_DATA_HOME": "/xdg/share"], "/xdg/share/skillgap"),
      (nil, ["XDG_DATA_HOME": "share"], "/home/me/.local/share/skillgap"),
      (nil, ["XDG_DATA_HOME": ""], "/home/me/.local/share/skillgap"),
      (nil, [:], "/home/me/.local/share/skillgap"),
    ] as [(String?, [String: String], String)])
  func theDataFolderFollowsItsPrecedence(
    option: String?, environment: [String: String], expected: String
  ) {
    let home = environment.merging(["HOME": "/home/me"]) { value, _ in value }
    #expect(AssessmentStore.dataFolder(option: option, environment: home).path == expected)
    // The path the app starts with (no URL before the first frame) is the URL's path.
    let store = AssessmentStore(dataDirectory: option, environment: home, frameworkID: "f")
    #expect(store.folderPath == expected)
    #expect(store.filePath == store.file.path)
    #expect(store.lockPath == store.lockFile.path)
    #expect(store.historyPath == store.historyFolder.path)
  }

  /// A relative or slash-ended data folder is the same folder by path as by URL.
  @Test(arguments: ["data", "data/", "./data", "/tmp/skillgap-x/", "/tmp/a/../skillgap-y"])
  func theFolderPathIsTheURLPath(option: String) {
    let store = AssessmentStore(dataDirectory: option, environment: [:], frameworkID: "f")
    #expect(store.folderPath == store.folder.path, "\(option)")
    #expect(store.filePath == store.file.path, "\(option)")
  }
}

/// A file the current release wrote (schema 1, as `Fixtures/release-1-assessment.json` keeps it)
/// is read, kept as it was until it is written in the current schema, and loses no answer.
@Suite struct AssessmentMigrationTests {
  @Test func aReleaseFileIsKeptBesideItUntilTheFirstSaveMigratesIt() throws {
    let folder = try TestPaths.temporaryFolder("skillgap-migrate")
    let fixture = try Data(
      contentsOf: TestPaths.packageRoot.appendingPathComponent(
        "Tests/SkillgapLoadingTests/Fixtures/release-1-assessment.json"))
    #expect(AssessmentDocument.schemaVersion(of: fixture) == 1)
    let old = try AssessmentDocument.decode(fixture)
    let store = AssessmentStore(folder: folder, frameworkID: old.frameworkID)
    try fixture.write(to: store.file)
    let framework = FixtureFrameworks.threeLevel()
    let loaded = try store.load(for: framework, now: FixtureFrameworks.time)
    guard case .found(let assessment, _, _) = loaded else {
      Issue.record("expected .found, got \(loaded)")
      return
    }
    #expect(assessment.ratings == old.ratings)
    #expect(assessment.ratings.count == 3)
    #expect(assessment.preferences.hoursPerWeek == 8)
    #expect(assessment.target == "journeyman")
    // Read, not yet saved: both the file and its copy are the release's bytes.
    let backup = store.migrationBackup(version: 1)
    #expect(try Data(contentsOf: backup) == fixture)
    #expect(try Data(contentsOf: store.file) == fixture)
    try store.save(assessment)
    #expect(!FileManager.default.fileExists(atPath: backup.path))
    let migrated = try Data(contentsOf: store.file)
    #expect(AssessmentDocument.schemaVersion(of: migrated) == AssessmentDocument.schemaVersion)
    #expect(try AssessmentDocument.decode(migrated).ratings == old.ratings)
  }
}

/// A file the second release wrote (schema 2, as `Fixtures/release-2-assessment.json` keeps it:
/// a persona's 59 answers, one not applicable, and two steps of progress) opens, migrates on
/// the first save and keeps every answer and every progress entry.
@Suite struct ReleaseTwoMigrationTests {
  @Test func aReleaseTwoFileOpensMigratesAndKeepsEveryAnswerAndProgressEntry() throws {
    let folder = try TestPaths.temporaryFolder("skillgap-migrate-2")
    let fixture = try Data(
      contentsOf: TestPaths.packageRoot.appendingPathComponent(
        "Tests/SkillgapLoadingTests/Fixtures/release-2-assessment.json"))
    #expect(AssessmentDocument.schemaVersion(of: fixture) == 2)
    let old = try AssessmentDocument.decode(fixture)
    #expect(old.ratings.count == 59)
    #expect(old.ratings["r-language"]?.answer == .notApplicable)
    #expect(old.ratings["python"]?.note == "notebooks and scripts")
    #expect(old.progress["python@3"]?.status == .done)
    #expect(old.progress["python@3"]?.minutes == 150)
    #expect(old.progress["containers@2"]?.status == .inProgress)
    let framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    let store = AssessmentStore(folder: folder, frameworkID: old.frameworkID)
    try fixture.write(to: store.file)
    let loaded = try store.load(for: framework, now: FixtureFrameworks.time)
    guard case .found(let assessment, let dropped, _) = loaded else {
      Issue.record("expected .found, got \(loaded)")
      return
    }
    #expect(dropped == [])
    #expect(assessment.ratings == old.ratings)
    #expect(assessment.progress == old.progress)
    #expect(assessment.target == "ml-engineer-mid")
    #expect(assessment.preferences.hoursPerWeek == 8)
    try store.save(assessment)
    let migrated = try Data(contentsOf: store.file)
    #expect(AssessmentDocument.schemaVersion(of: migrated) == AssessmentDocument.schemaVersion)
    let reread = try AssessmentDocument.decode(migrated)
    #expect(reread.ratings == old.ratings)
    #expect(reread.progress == old.progress)
    #expect(!FileManager.default.fileExists(atPath: store.migrationBackup(version: 2).path))
  }
}
