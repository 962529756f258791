import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// `skillgap done` and `skillgap progress` on the assessment the app saved, for scripts.
@Suite struct ProgressCommandTests {
  /// A data folder holding the backend engineer of `Tests/Personas`, aiming at the mid role.
  func dataFolder() throws -> URL {
    let data = try TestPaths.temporaryFolder("skillgap-progress")
    try Personas.savedDocument(
      "backend-engineer", target: "ml-engineer-mid", version: try Personas.embeddedVersion()
    ).write(to: data.appendingPathComponent("ml-engineer.json"))
    return data
  }

  @Test func stepsMarkedFromTheCommandLineReFlowThePlan() throws {
    let data = try dataFolder()
    let before = try CommandRunner.skillgap(["progress", "--data-dir", data.path, "-f", "json"])
    #expect(before.status == 0, "\(before.error)")
    let start = try #require(
      try JSONSerialization.jsonObject(with: Data(before.output.utf8)) as? [String: Any])
    #expect((start["done"] as? [Any])?.isEmpty == true)
    let ready = try #require(start["readyWeek"] as? Int)

    let done = try CommandRunner.skillgap(
      ["done", "statistics@2", "--hours", "20", "--data-dir", data.path])
    #expect(done.status == 0, "\(done.error)")
    #expect(done.output == "")
    #expect(done.error.hasPrefix("statistics@2 (Statistics: Aware → Working): done, 20 h logged."))
    #expect(done.error.contains("Rate Statistics Working in the app"))
    let started = try CommandRunner.skillgap(
      [
        "done", "supervised-learning@2", "--hours", "6", "--mark", "started", "--data-dir",
        data.path,
      ])
    #expect(started.status == 0, "\(started.error)")

    let text = try CommandRunner.skillgap(["progress", "--data-dir", data.path])
    #expect(text.status == 0)
    #expect(
      text.output.contains("Done (1)\n  statistics@2  Statistics: Aware → Working · 20 h logged\n"))
    #expect(
      text.output.contains(
        "Under way (1)\n  supervised-learning@2  Supervised learning: Aware → Working · 6 h logged · "
          + "39 h left\n"))
    #expect(text.output.contains("Hours logged: 26 h\n"))
    let after = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          try CommandRunner.skillgap(["progress", "--data-dir", data.path, "-f", "json"]).output
            .utf8))
        as? [String: Any])
    #expect((after["readyWeek"] as? Int ?? 99) < ready)
    #expect(after["loggedHours"] as? Double == 26)
    // The saved file keeps the marks, in hours.
    let saved = try String(
      contentsOf: data.appendingPathComponent("ml-engineer.json"), encoding: .utf8)
    #expect(saved.contains(#""statistics@2" : {"#))
    #expect(saved.contains(#""status" : "in-progress""#))
  }

  @Test func anUnknownStepIsNamedWithTheNearestAndChangesNothing() throws {
    let data = try dataFolder()
    let file = data.appendingPathComponent("ml-engineer.json")
    let before = try Data(contentsOf: file)
    let result = try CommandRunner.skillgap(["done", "pytorhc@1", "--data-dir", data.path])
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: the plan has no step 'pytorhc@1'; did you mean 'pytorch@1'? Run 'skillgap "
        + "progress' or 'skillgap plan' to see the steps (ids such as pytorch@3).\n")
    #expect(try Data(contentsOf: file) == before)
    let hours = try CommandRunner.skillgap([
      "done", "pytorch@1", "--hours", "-1", "--data-dir", data.path,
    ])
    #expect(hours.status == 64)
  }

  @Test func withoutASavedAssessmentProgressSaysWhereItLooked() throws {
    let empty = try TestPaths.temporaryFolder("skillgap-progress-empty")
    let result = try CommandRunner.skillgap(["progress", "--data-dir", empty.path])
    #expect(result.status == 1)
    #expect(result.error.contains("no saved assessment at \(empty.path)/ml-engineer.json"))
  }
}
