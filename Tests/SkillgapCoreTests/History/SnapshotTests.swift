import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// Snapshots of the history: what they record, their JSON file, and how two compare.
@Suite struct SnapshotTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots/snapshot-v1.json")

  @Test func aSnapshotRecordsTheTargetReadinessForEveryRoleAndTheAnswers() {
    let framework = FixtureFrameworks.threeLevel()
    let snapshot = Snapshot(
      of: FixtureFrameworks.goldenAssessment(), framework: framework, at: FixtureFrameworks.time)
    #expect(snapshot.frameworkID == "three")
    #expect(snapshot.target == "journeyman")
    #expect(Set(snapshot.readiness.keys) == Set(framework.roles.map(\.id)))
    #expect(snapshot.readiness["apprentice"] == 100)
    #expect(snapshot.ratings["algebra"] == .skipped)
    #expect(snapshot.ratings["calculus"] == nil)
    #expect(snapshot.answeredCount == 4)
    #expect(snapshot.skillCount == 6)
  }

  @Test func encodingAndDecodingGivesTheSameSnapshot() throws {
    let snapshot = Snapshot(
      of: FixtureFrameworks.goldenAssessment(), framework: FixtureFrameworks.threeLevel(),
      at: FixtureFrameworks.time)
    let data = SnapshotDocument.encode(snapshot)
    #expect(try SnapshotDocument.decode(data) == snapshot)
    #expect(String(decoding: data, as: UTF8.self).contains(#""schemaVersion" : 1"#))
  }

  @Test func theFixtureFileReadsAndIsWrittenBackByteForByte() throws {
    let data = try Data(contentsOf: Self.fixture)
    let snapshot = try SnapshotDocument.decode(data)
    #expect(snapshot.takenText == "2026-01-02T09:30:00Z")
    #expect(snapshot.frameworkVersion == "1")
    #expect(snapshot.targetReadiness == 40)
    #expect(
      snapshot.ratings == [
        "algebra": .skipped, "arithmetic": .level(1), "drawing": .level(2),
        "geometry": .notApplicable,
      ])
    #expect(SnapshotDocument.encode(snapshot) == data)
  }

  @Test func aBadSnapshotNamesTheField() {
    #expect(throws: SnapshotDocument.DocumentError.notJSON) {
      try SnapshotDocument.decode(Data("[1]".utf8))
    }
    #expect(throws: SnapshotDocument.DocumentError.unsupportedSchema(version: 9)) {
      try SnapshotDocument.decode(Data(#"{"schemaVersion": 9}"#.utf8))
    }
    #expect(throws: SnapshotDocument.DocumentError.invalid(field: "taken", reason: "is missing")) {
      try SnapshotDocument.decode(Data(#"{"schemaVersion": 1}"#.utf8))
    }
  }

  @Test func escapesNumbersAndOtherTimeFormsReadAsJSONSaysAndMalformedTextIsRefused() throws {
    let text = #"""
      {"schemaVersion": 1.0, "taken": "2026-01-02T10:30:00+01:00",
       "framework": {"id": "three", "version": "1"}, "target": "a\"b\\\u00e9\ud83d\ude00\n",
       "readiness": {"x": 5e1}, "ratings": {"arithmetic": {"level": 2}}, "skillCount": 6, "extra": [true, false, null, -0.5]}
      """#
    let snapshot = try SnapshotDocument.decode(Data(text.utf8))
    #expect(snapshot.target == "a\"b\\é😀\n")
    #expect(snapshot.taken == FixtureFrameworks.time)
    #expect(snapshot.readiness == ["x": 50])
    #expect(try SnapshotDocument.decode(SnapshotDocument.encode(snapshot)) == snapshot)
    for broken in [
      "", "{", #"{"a": 1,}"#, #"{"a": 01}"#, #"{"a": "\q"}"#, #"{"a": "\ud83d"}"#, "{} {}",
      #"{"a": tru}"#, String(repeating: "[", count: 100),
    ] {
      #expect(throws: SnapshotDocument.DocumentError.notJSON) {
        try SnapshotDocument.decode(Data(broken.utf8))
      }
    }
    #expect(throws: SnapshotDocument.DocumentError.self) {
      try SnapshotDocument.decode(Data(text.replacingOccurrences(of: "6,", with: "6.5,").utf8))
    }
  }

  @Test func aDiffListsSkillsUpAndDownGapsAndReadiness() {
    let framework = FixtureFrameworks.threeLevel()
    let old = Snapshot(
      of: FixtureFrameworks.goldenAssessment(), framework: framework, at: FixtureFrameworks.time)
    var later = FixtureFrameworks.goldenAssessment()
    later.answer("arithmetic", .level(2), at: FixtureFrameworks.time)
    later.answer("drawing", .level(1), at: FixtureFrameworks.time)
    let new = Snapshot(of: later, framework: framework, at: FixtureFrameworks.time + 86_400)
    let diff = SnapshotDiff(from: old, to: new, framework: framework)
    #expect(
      diff.up == [.init(skill: "arithmetic", name: "Arithmetic", from: "Capable", to: "Lead")])
    #expect(diff.down == [.init(skill: "drawing", name: "Drawing", from: "Lead", to: "Capable")])
    #expect(diff.gapsClosed.map(\.skill) == ["arithmetic"])
    #expect(diff.newGaps.isEmpty)
    #expect(!diff.targetChanged)
    #expect(diff.readinessBefore == old.readiness["journeyman"])
    #expect(diff.readinessAfter == new.readiness["journeyman"])
    #expect((diff.readinessAfter ?? 0) > (diff.readinessBefore ?? 0))
  }

  @Test func newGapsFromANewTargetSaySo() {
    let framework = FixtureFrameworks.threeLevel()
    var earlier = FixtureFrameworks.goldenAssessment()
    earlier.target = "apprentice"
    let old = Snapshot(of: earlier, framework: framework, at: FixtureFrameworks.time)
    var later = FixtureFrameworks.goldenAssessment()
    later.target = "master"
    let new = Snapshot(of: later, framework: framework, at: FixtureFrameworks.time + 60)
    let diff = SnapshotDiff(from: old, to: new, framework: framework)
    #expect(diff.targetChanged)
    #expect(diff.up.isEmpty && diff.down.isEmpty)
    #expect(diff.newGaps.map(\.skill) == ["arithmetic", "algebra", "calculus", "estimation"])
    #expect(diff.newGaps.allSatisfy { $0.becauseTargetChanged })
    let text = HistoryText.text(diff, from: (1, old), to: (2, new), framework: framework)
    #expect(text.contains("Target: Apprentice → Master (changed)\n"))
    #expect(text.contains("(the target changed)"))
  }
}
