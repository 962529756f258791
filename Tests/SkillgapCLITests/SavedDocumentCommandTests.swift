import Foundation
import SkillgapTestSupport
import Testing

/// Documents given where they do not belong: an export as ratings, a save of a newer skillgap
/// (issue 14, items 20 and 21).
@Suite struct SavedDocumentCommandTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  @Test func aJSONExportGivenAsRatingsIsNamedForWhatItIs() throws {
    let content = try YAMLFixtures.write(YAMLFixtures.valid(levels: five))
    let folder = try TestPaths.temporaryFolder("skillgap-export-as-ratings")
    let ratings = folder.appendingPathComponent("ratings.csv")
    try Data("skill,level\nalpha,1\n".utf8).write(to: ratings)
    let export = folder.appendingPathComponent("plan.json")
    let plan = try CommandRunner.skillgap(
      [
        "plan", "--content", content.path, "--ratings", ratings.path, "--target", "first",
        "--format", "json", "--output", export.path, "--start", "2026-01-05",
      ], in: folder)
    #expect(plan.status == 0)
    let result = try CommandRunner.skillgap(
      ["report", "--content", content.path, "--ratings", export.path], in: folder)
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: \(export.path): this is a skillgap export, not ratings; use the saved "
        + "assessment or a CSV (skillgap template prints one to fill in).\n")
  }

  @Test func theAppLeavesASaveOfANewerSkillgapUntouchedAndExitsOne() throws {
    let data = try TestPaths.temporaryFolder("skillgap-newer-save")
    let work = try TestPaths.temporaryFolder("skillgap-newer-work")
    let file = data.appendingPathComponent("ml-engineer.json")
    let newer = Data(#"{"schemaVersion": 7, "future": true}"#.utf8)
    try newer.write(to: file)
    let terminal = try PseudoTerminal(
      [TestPaths.skillgapBinary.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": data.path, "LANG": "C.UTF-8",
        "HOME": work.path, "PATH": "/usr/bin:/bin",
      ],
      in: work)
    let status = terminal.waitForExit(timeout: 20)
    #expect(status.map { ($0 >> 8) & 0xFF } == 1)
    let shown = String(decoding: terminal.output, as: UTF8.self)
    #expect(shown.contains("was written by a newer skillgap (schemaVersion 7; this one reads 3)"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: data.path).filter {
        !$0.hasSuffix(".lock")
      }
        == ["ml-engineer.json"])
    #expect(FileManager.default.contents(atPath: file.path) == newer)
  }
}
