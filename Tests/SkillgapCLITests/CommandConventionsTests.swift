import Foundation
import SkillgapTestSupport
import Testing

/// Command-line conventions people expect: folders for --output, short options, formats in any
/// case, "did you mean" for commands, options and skills, and only the document on standard
/// output.
@Suite struct CommandConventionsTests {
  func folder() throws -> (folder: URL, ratings: String) {
    let folder = try TestPaths.temporaryFolder("skillgap-conventions")
    let ratings = folder.appendingPathComponent("ratings.csv")
    try Data("skill,level\npython,3\ncontainers,2\nsql,2\n".utf8).write(to: ratings)
    return (folder, ratings.path)
  }

  @Test func planOutputIntoAFolderWritesTheDefaultNameAndSaysSoOnStandardError() throws {
    let (folder, ratings) = try folder()
    for name in ["plans", "notes"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    let result = try CommandRunner.skillgap(
      ["plan", "--ratings", ratings, "-t", "ml-engineer-mid", "-f", "MD", "-o", "plans/../notes"],
      in: folder)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output == "")
    #expect(result.error.hasPrefix("Wrote the plan for ML Engineer to notes/skillgap-plan.md. "))
    let written = folder.appendingPathComponent("notes/skillgap-plan.md")
    let text = try String(contentsOf: written, encoding: .utf8)
    #expect(text.hasPrefix("# Study plan: ML Engineer\n"))
  }

  @Test func formatsAreAcceptedInAnyCaseAndByTheirExtension() throws {
    let (folder, ratings) = try folder()
    let base = ["report", "--ratings", ratings, "--target", "ml-engineer-mid"]
    let markdown = try CommandRunner.skillgap(base + ["--format", "markdown"], in: folder)
    for word in ["md", "MD", "Markdown"] {
      let result = try CommandRunner.skillgap(base + ["--format", word], in: folder)
      #expect(result.status == 0, "\(word): \(result.error)")
      #expect(result.output == markdown.output, "\(word)")
    }
    let json = try CommandRunner.skillgap(base + ["-f", "JSON"], in: folder)
    #expect(json.output.hasPrefix("{\n"))
    let plan = try CommandRunner.skillgap(
      ["plan", "--ratings", ratings, "-t", "ml-engineer-mid", "-f", "ICS"], in: folder)
    #expect(plan.output.hasPrefix("BEGIN:VCALENDAR"))
  }

  @Test func aTargetPicksTheTrackOfTheNextStepInEveryExport() throws {
    let (folder, ratings) = try folder()
    let base = ["--ratings", ratings, "--target", "ml-engineer-mid"]
    let json = try CommandRunner.skillgap(["report"] + base + ["--format", "json"], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let ranking = try #require(object["ranking"] as? [String: Any])
    #expect(ranking["track"] as? String == "ml-engineering")
    #expect(ranking["nextStep"] as? String == "ml-engineer-junior")
    let markdown = try CommandRunner.skillgap(["report"] + base + ["-f", "md"], in: folder)
    #expect(markdown.output.contains("next step on the ml-engineering track"))
    #expect(!markdown.output.contains("next step on the ml-management track"))
  }

  @Test func rolesReadsTheSavedAssessmentAndWritesJSON() throws {
    let (folder, _) = try folder()
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let document = """
      {"schemaVersion": 1, "framework": {"id": "ml-engineer", "version": "0"},
       "created": "2026-01-02T09:30:00Z", "updated": "2026-01-02T09:30:00Z",
       "target": "ml-engineer-mid",
       "ratings": {"python": {"level": 3, "ratedAt": "2026-01-02T09:30:00Z"}}}
      """
    try Data(document.utf8).write(to: data.appendingPathComponent("ml-engineer.json"))
    let text = try CommandRunner.skillgap(["roles", "--data-dir", data.path], in: folder)
    #expect(text.status == 0, "\(text.error)")
    #expect(text.output.contains(" %  blocked"))
    #expect(text.output.hasSuffix("* the closest next step on your track\n"))
    let json = try CommandRunner.skillgap(
      ["roles", "--data-dir", data.path, "--format", "json"], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let ranking = try #require(object["ranking"] as? [String: Any])
    #expect(ranking["track"] as? String == "ml-engineering")
    #expect((object["roles"] as? [Any])?.isEmpty == false)
    // Without any ratings, the roles are listed with years and pay, and JSON has no ranking.
    let bare = try CommandRunner.skillgap(
      ["roles", "--data-dir", folder.appendingPathComponent("none").path, "-f", "json"])
    let plain = try #require(
      try JSONSerialization.jsonObject(with: Data(bare.output.utf8)) as? [String: Any])
    #expect(plain["ranking"] == nil)
  }

  @Test func aMistypedOptionNamesTheNearestOne() throws {
    let version = try CommandRunner.skillgap(["--verison"])
    #expect(version.status == 64)
    #expect(
      version.error
        == "Error: '--verison' is not an option. Did you mean '--version'?\n"
        + "  See 'skillgap --help' for the commands and their options.\n")
    let hours = try CommandRunner.skillgap(["plan", "--hours", "8"])
    #expect(hours.status == 64)
    #expect(
      hours.error.hasPrefix("Error: '--hours' is not an option. Did you mean '--hours-per-week'?"))
  }

  @Test func helpForAMistypedCommandNamesTheNearestAndFails() throws {
    let result = try CommandRunner.skillgap(["help", "reprot"])
    #expect(result.status == 64)
    #expect(result.output == "")
    #expect(result.error.hasPrefix("skillgap: 'reprot' is not a command. Did you mean 'report'?"))
    let known = try CommandRunner.skillgap(["help", "report"])
    #expect(known.status == 0)
    #expect(known.output.contains("-t, --target <role>"))
  }

  @Test func aRatingsRowNamedByAnAliasSuggestsTheSkill() throws {
    let (folder, _) = try folder()
    let ratings = folder.appendingPathComponent("docker.csv")
    try Data("skill,level\ndocker,3\n".utf8).write(to: ratings)
    let result = try CommandRunner.skillgap(["report", "--ratings", ratings.path], in: folder)
    #expect(result.status == 0)
    #expect(result.error.contains("Skill 'docker' is not in the framework"))
    #expect(result.error.contains("Did you mean 'containers'?"))
  }
}
