import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// `skillgap history` and `skillgap diff` on the snapshots the store keeps.
@Suite struct HistoryCommandTests {
  /// The default framework, as the binary has it.
  static func framework() throws -> Framework {
    try #require(try FrameworkFolder.load(TestPaths.content).framework)
  }

  /// The backend engineer of `Tests/Personas`, every other skill rated the lowest level.
  static func persona(_ framework: Framework, target: String) throws -> Assessment {
    let text = try String(
      contentsOf: TestPaths.packageRoot.appendingPathComponent(
        "Tests/Personas/backend-engineer.csv"), encoding: .utf8)
    var assessment = Assessment(framework: framework, at: UIFixtures.now, target: target)
    for skill in framework.skills { assessment.answer(skill.id, .level(0), at: UIFixtures.now) }
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 2, let level = framework.scale.value(named: cells[1]) else { continue }
      assessment.answer(cells[0], .level(level), at: UIFixtures.now)
    }
    return assessment
  }

  /// A data folder with three snapshots: the persona aiming at mid; a week later statistics
  /// up to working and python down to working; a day later the same answers aiming at senior.
  func dataFolder() throws -> (folder: URL, store: AssessmentStore) {
    let framework = try Self.framework()
    let folder = try TestPaths.temporaryFolder("skillgap-history-cli")
    let store = AssessmentStore(folder: folder, frameworkID: framework.id)
    var assessment = try Self.persona(framework, target: "ml-engineer-mid")
    try store.recordSnapshot(of: assessment, framework: framework, at: UIFixtures.now)
    assessment.answer("statistics", .level(2), at: UIFixtures.now)
    assessment.answer("python", .level(2), at: UIFixtures.now)
    try store.recordSnapshot(
      of: assessment, framework: framework, at: UIFixtures.now + 7 * 86_400)
    assessment.target = "ml-engineer-senior"
    try store.recordSnapshot(
      of: assessment, framework: framework, at: UIFixtures.now + 8 * 86_400)
    return (folder, store)
  }

  @Test func historyListsTheSnapshotsOldestFirst() throws {
    let (folder, _) = try dataFolder()
    let text = try CommandRunner.skillgap(["history", "--data-dir", folder.path])
    #expect(text.status == 0, "\(text.error)")
    let lines = text.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasSuffix(": 3 snapshots") == true)
    #expect(lines[2].hasPrefix("#  Taken (UTC)"))
    #expect(lines[3].hasPrefix("1  2026-11-22T10:00:00Z  ml-engineer-mid"))
    #expect(lines[4].hasPrefix("2  2026-11-29T10:00:00Z  ml-engineer-mid"))
    #expect(lines[5].hasPrefix("3  2026-11-30T10:00:00Z  ml-engineer-senior"))
    #expect(lines[3].hasSuffix("%") == false)

    let json = try CommandRunner.skillgap(["history", "--data-dir", folder.path, "-f", "json"])
    #expect(json.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(document["framework"] as? String == "ml-engineer")
    let entries = try #require(document["snapshots"] as? [[String: Any]])
    #expect(entries.map { $0["index"] as? Int } == [1, 2, 3])
    #expect(
      entries.map { $0["target"] as? String } == [
        "ml-engineer-mid", "ml-engineer-mid", "ml-engineer-senior",
      ])
    let skills = try Self.framework().skills.count
    #expect(entries.allSatisfy { $0["answered"] as? Int == skills })
    #expect((entries[0]["readiness"] as? [String: Int])?["ml-engineer-junior"] != nil)

    let csv = try CommandRunner.skillgap(["history", "--data-dir", folder.path, "-f", "csv"])
    #expect(csv.status == 0)
    #expect(csv.output.hasPrefix("index,taken,target,readiness,answered,skills\r\n1,2026-11-22T10"))
    #expect(csv.output.split(separator: "\r\n").count == 4)
  }

  @Test func diffComparesTheLatestTwoByDefault() throws {
    let (folder, _) = try dataFolder()
    let result = try CommandRunner.skillgap(["diff", "--data-dir", folder.path])
    #expect(result.status == 0, "\(result.error)")
    let text = result.output
    #expect(text.hasPrefix("From #2 (2026-11-29T10:00:00Z) to #3 (2026-11-30T10:00:00Z)\n"))
    #expect(text.contains("(changed)\n"))
    #expect(text.contains("Up (0)\n  none\n"))
    #expect(text.contains(" (the target changed)\n"))
  }

  @Test func diffByNumberAndDateNamesSkillsUpAndDown() throws {
    let (folder, _) = try dataFolder()
    let result = try CommandRunner.skillgap(["diff", "1", "2026-11-29", "--data-dir", folder.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Up (1)\n  Statistics: Aware → Working\n"))
    #expect(result.output.contains("Down (1)\n  Python: Proficient → Working\n"))
    #expect(result.output.contains("Readiness for "))

    let json = try CommandRunner.skillgap(
      ["diff", "1", "2", "--data-dir", folder.path, "--format", "json"])
    #expect(json.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(document["targetChanged"] as? Bool == false)
    let up = try #require(document["up"] as? [[String: Any]])
    #expect(up.map { $0["skill"] as? String } == ["statistics"])
    #expect(up.first?["from"] as? String == "Aware")
    #expect(up.first?["to"] as? String == "Working")
    let down = try #require(document["down"] as? [[String: Any]])
    #expect(down.map { $0["skill"] as? String } == ["python"])
    let readiness = try #require(document["readiness"] as? [String: Any])
    #expect(readiness["target"] as? String == "ml-engineer-mid")
    let from = try #require(readiness["from"] as? Int)
    let to = try #require(readiness["to"] as? Int)
    #expect(readiness["change"] as? Int == to - from)
    #expect((document["from"] as? [String: Any])?["index"] as? Int == 1)
  }

  @Test func withoutHistoryBothSayHowOneIsMade() throws {
    let folder = try TestPaths.temporaryFolder("skillgap-history-none")
    for command in [["history"], ["diff"]] {
      let result = try CommandRunner.skillgap(command + ["--data-dir", folder.path])
      #expect(result.status == 1)
      #expect(result.output == "")
      #expect(result.error.hasPrefix("skillgap: no history yet in "))
      #expect(result.error.contains("finish the assessment in the app (every skill answered)"))
    }
  }

  @Test func anUnknownSnapshotIsNamedWithWhatExists() throws {
    let (folder, _) = try dataFolder()
    for reference in ["4", "0", "2025-01"] {
      let result = try CommandRunner.skillgap(["diff", reference, "--data-dir", folder.path])
      #expect(result.status == 1)
      #expect(
        result.error
          == "skillgap: the history has no snapshot '\(reference)'; name one by its number (1 to "
          + "3) or the start of its date (2026-11-22), as 'skillgap history' prints them.\n")
    }
  }

  @Test func aSnapshotOfAnotherFrameworkIsRefused() throws {
    let (folder, store) = try dataFolder()
    let other = FixtureFrameworks.threeLevel()
    let file = store.historyFolder.appendingPathComponent("20261201T100000Z.json")
    try SnapshotDocument.encode(
      Snapshot(of: Assessment(framework: other, at: UIFixtures.now), framework: other, at: .now)
    ).write(to: file)
    for command in [["history"], ["diff"]] {
      let result = try CommandRunner.skillgap(command + ["--data-dir", folder.path])
      #expect(result.status == 1)
      #expect(
        result.error.contains(
          "20261201T100000Z.json is of the framework 'three', not 'ml-engineer'"))
    }
  }

  @Test func diffWithOneSnapshotSaysItNeedsTwo() throws {
    let framework = try Self.framework()
    let folder = try TestPaths.temporaryFolder("skillgap-history-one")
    try AssessmentStore(folder: folder, frameworkID: framework.id).recordSnapshot(
      of: try Self.persona(framework, target: "ml-engineer-mid"), framework: framework,
      at: UIFixtures.now)
    let result = try CommandRunner.skillgap(["diff", "--data-dir", folder.path])
    #expect(result.status == 1)
    #expect(result.error.contains("has one snapshot; diff needs two"))
  }
}
