import Foundation
import SkillgapTestSupport
import Testing

/// `skillgap report`, `plan`, `template` and `roles --ratings`, run as a person runs them.
@Suite struct ReportPlanCommandTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  /// A folder with the five-level fixture framework and a ratings CSV in it.
  struct Setup {
    var folder: URL
    var content: String
    var ratings: String

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
  }

  func setup(
    ratings: String =
      "skill,level,note\nalpha,working,\"Built a tool, see https://x.org\"\nbeta,2,\ngamma,none,\n"
  )
    throws -> Setup
  {
    let content = try YAMLFixtures.write(YAMLFixtures.valid(levels: five))
    let folder = try TestPaths.temporaryFolder("skillgap-ratings")
    let file = folder.appendingPathComponent("ratings.csv")
    try Data(ratings.utf8).write(to: file)
    return Setup(folder: folder, content: content.path, ratings: file.path)
  }

  func run(_ arguments: [String], _ setup: Setup, environment: [String: String] = [:]) throws
    -> CommandResult
  {
    try CommandRunner.skillgap(
      arguments + ["--content", setup.content], environment: environment, in: setup.folder)
  }

  func savedAssessment(version: String, target: String?, ratings: String) -> String {
    let target = target.map { "\"target\": \"\($0)\"," } ?? ""
    return """
      {"schemaVersion": 1, "framework": {"id": "fixture", "version": "\(version)"},
       "created": "2026-01-02T09:30:00Z", "updated": "2026-01-02T09:30:00Z", \(target)
       "ratings": {\(ratings)}}
      """
  }

  // MARK: template

  @Test func templateListsEverySkillWithEmptyLevelAndNote() throws {
    let setup = try setup()
    let result = try run(["template"], setup)
    #expect(result.status == 0)
    #expect(
      result.output
        == "\u{FEFF}skill,name,level,note\r\nalpha,Alpha,,\r\nbeta,Beta,,\r\ngamma,Gamma,,\r\n")
  }

  @Test func aSemicolonSeparatedWindows1252SpreadsheetIsReadAndSaysHow() throws {
    let setup = try setup()
    // What German Excel saves as "CSV (semicolon-separated)": Windows-1252, semicolons.
    let text = "skill;level;note\r\nalpha;working;Caf\u{E9}, d\u{E9}j\u{E0} vu\r\nbeta;2;\r\n"
    let file = setup.path("excel.csv")
    try Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }).write(
      to: URL(fileURLWithPath: file))
    let result = try run(
      ["report", "--ratings", file, "--target", "second", "--format", "json"], setup)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.error
        == "skillgap: \(file): note: Read as semicolon-separated Windows-1252 text, as a "
        + "spreadsheet saved it; save as \"CSV UTF-8\" if accented letters look wrong.\n")
    #expect(result.output.contains("Café, déjà vu"))
  }

  @Test func aFilledTemplateIsAcceptedBack() throws {
    var setup = try setup()
    let template = try run(["template", "--output", setup.path("mine.csv")], setup)
    #expect(template.status == 0)
    #expect(
      template.error == "Wrote a ratings template of 3 skills to \(setup.path("mine.csv")).\n")
    let filled = try String(contentsOfFile: setup.path("mine.csv"), encoding: .utf8)
      .replacingOccurrences(of: "alpha,Alpha,,", with: "alpha,Alpha,expert,")
    try Data(filled.utf8).write(to: URL(fileURLWithPath: setup.path("mine.csv")))
    setup.ratings = setup.path("mine.csv")
    let report = try run(["report", "--ratings", setup.ratings, "--target", "first"], setup)
    #expect(report.status == 0)
    #expect(report.error == "")
    #expect(report.output.contains("Readiness 100 %"))
  }

  // MARK: report

  @Test func aReportForATargetFitsEightyColumnsWithoutColour() throws {
    let setup = try setup()
    let result = try CommandRunner.skillgap(
      ["report", "--ratings", setup.ratings, "--target", "second", "--content", setup.content],
      environment: ["TERM": "xterm-256color"], in: setup.folder)
    #expect(result.status == 0)
    #expect(result.error == "")
    #expect(result.output.hasPrefix("Second rung (second)\n"))
    // (3 × 2/4 + 1 × 0) / 4: alpha is half way, gamma not started.
    #expect(result.output.contains("Readiness  37 % "))
    #expect(result.output.contains("NOT READY"))
    #expect(result.output.contains("1 gap blocks the role: Alpha."))
    #expect(!result.output.contains("\u{1B}"))
    for line in result.output.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  @Test func withoutATargetTheRolesAreRankedAndTheNextStepReported() throws {
    let setup = try setup()
    let result = try run(["report", "--ratings", setup.ratings], setup)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Roles by readiness\n"))
    #expect(result.output.contains("the closest next step on the main track"))
    #expect(result.output.contains("Second rung (second, ← next), 37 % ready."))
    #expect(result.output.contains("Second rung (second)\nTrack main, level 2"))
  }

  @Test func aSavedAssessmentOfAnotherVersionKeepsTheRatingsItCanUse() throws {
    let setup = try setup()
    let document = savedAssessment(
      version: "0", target: "second",
      ratings: """
        "alpha": {"level": 4, "ratedAt": "2026-01-02T09:30:00Z"},
        "retired": {"level": 1, "ratedAt": "2026-01-02T09:30:00Z"}
        """)
    try Data(document.utf8).write(to: URL(fileURLWithPath: setup.path("saved.json")))
    let result = try run(["report", "--ratings", setup.path("saved.json")], setup)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Second rung (second)\n"))
    // Alpha is met; gamma is not rated but only useful, so nothing blocks the role.
    #expect(result.output.contains("Readiness  75 % "))
    #expect(result.output.contains("]  READY\n"))
    #expect(
      result.error
        == "skillgap: warning: \(setup.path("saved.json")): ignoring 1 rating that version 1 of "
        + "the framework cannot use (it was saved with version 0): retired.\n")
  }

  @Test func aPlanFromASavedAssessmentUsesTheHoursChosenInTheApp() throws {
    let setup = try setup()
    let document = savedAssessment(
      version: "1", target: "second",
      ratings: #""alpha": {"level": 1, "ratedAt": "2026-01-02T09:30:00Z"}"#
    )
    .replacingOccurrences(
      of: #""ratings""#, with: #""preferences": {"hoursPerWeek": 9}, "ratings""#)
    try Data(document.utf8).write(to: URL(fileURLWithPath: setup.path("saved.json")))
    let base = ["plan", "--ratings", setup.path("saved.json"), "--start", "2026-01-05"]
    let saved = try run(base, setup)
    #expect(saved.status == 0, "\(saved.error)")
    #expect(saved.output.contains("at 9 h a week"))
    let given = try run(base + ["--hours-per-week", "4"], setup)
    #expect(given.output.contains("at 4 h a week"))
    let csv = try run(["plan", "--ratings", setup.ratings, "--target", "second"], setup)
    #expect(csv.output.contains("at 6 h a week"))
  }

  @Test func reportsComeAsMarkdownAndJSON() throws {
    let setup = try setup()
    let markdown = try run(
      ["report", "--ratings", setup.ratings, "--target", "second", "--format", "markdown"], setup)
    #expect(markdown.status == 0)
    #expect(markdown.output.hasPrefix("# Gap report: Second rung\n"))
    #expect(
      markdown.output.contains(
        "| 1 | Alpha | Working | Expert | 2 | Essential (blocks) | 10 | Built a tool, see https://x.org |"
      ))
    let json = try run(
      ["report", "--ratings", setup.ratings, "--target", "second", "--format", "json"], setup)
    #expect(json.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    #expect(object["plan"] == nil)
    let report = try #require(object["report"] as? [String: Any])
    #expect(report["gapIDs"] as? [String] == ["alpha", "gamma"])
  }

  @Test func anUnknownRoleSuggestsTheNearestIds() throws {
    let setup = try setup()
    let result = try run(["report", "--ratings", setup.ratings, "--target", "secnd"], setup)
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(result.error == "skillgap: the framework has no role 'secnd'; did you mean 'second'?\n")
    let far = try run(["plan", "--ratings", setup.ratings, "--target", "zzzzzzzz"], setup)
    #expect(far.status == 1)
    #expect(
      far.error
        == "skillgap: the framework has no role 'zzzzzzzz'; run 'skillgap roles' to list them.\n")
  }

  /// Writes the fixture framework's saved assessment into `folder`, as the app would.
  func saveAssessment(in folder: URL) throws {
    let document = savedAssessment(
      version: "1", target: "second",
      ratings: #""alpha": {"level": 4, "ratedAt": "2026-01-02T09:30:00Z"}"#)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(document.utf8).write(to: folder.appendingPathComponent("fixture.json"))
  }

  @Test func withoutRatingsTheAssessmentSavedByTheAppIsUsed() throws {
    let setup = try setup()
    let data = setup.folder.appendingPathComponent("data")
    try saveAssessment(in: data)
    let report = try run(["report"], setup, environment: ["SKILLGAP_DATA_DIR": data.path])
    #expect(report.status == 0, "\(report.error)")
    #expect(report.error == "")
    #expect(report.output.hasPrefix("Second rung (second)\n"))
    #expect(report.output.contains("Readiness  75 % "))
    let plan = try run(
      ["plan", "--start", "2026-01-05"], setup, environment: ["SKILLGAP_DATA_DIR": data.path])
    #expect(plan.status == 0, "\(plan.error)")
    #expect(plan.output.hasPrefix("# Study plan: Second rung\n"))
    let option = try run(
      ["report", "--data-dir", data.path], setup,
      environment: ["SKILLGAP_DATA_DIR": setup.path("elsewhere")])
    #expect(option.status == 0, "\(option.error)")
    #expect(option.output.hasPrefix("Second rung (second)\n"))
    let xdg = setup.folder.appendingPathComponent("xdg")
    try saveAssessment(in: xdg.appendingPathComponent("skillgap"))
    let fromXDG = try run(["report"], setup, environment: ["XDG_DATA_HOME": xdg.path])
    #expect(fromXDG.status == 0, "\(fromXDG.error)")
    #expect(fromXDG.output.hasPrefix("Second rung (second)\n"))
  }

  @Test func withoutRatingsOrASavedAssessmentTheErrorSaysWhereItLookedAndWhatToRun() throws {
    let setup = try setup()
    let data = setup.folder.appendingPathComponent("empty")
    let expected =
      "skillgap: no --ratings given and no saved assessment at \(data.path)/fixture.json; take "
      + "the assessment with 'skillgap', or run 'skillgap template > ratings.csv', fill it in and "
      + "pass --ratings ratings.csv.\n"
    for command in ["report", "plan"] {
      let result = try run([command], setup, environment: ["SKILLGAP_DATA_DIR": data.path])
      #expect(result.status == 1, "\(command)")
      #expect(result.output == "", "\(command)")
      #expect(result.error == expected, "\(command)")
    }
  }

  @Test func helpSaysWhereTheSavedAssessmentLives() throws {
    let setup = try setup()
    for command in ["report", "plan"] {
      let help = try run([command, "--help"], setup)
      #expect(help.status == 0, "\(command)")
      // Help is wrapped to the width of a terminal: compare the words, not the lines.
      let words = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains("--data-dir <dir>"), "\(command)")
      #expect(
        words.contains(
          "Without --ratings, the assessment saved by the app (skillgap) for the framework in use "
            + "is read: <data folder>/<framework id>.json, where the data folder is --data-dir, "
            + "else SKILLGAP_DATA_DIR, else $XDG_DATA_HOME/skillgap, else ~/.local/share/skillgap;"),
        "\(command)")
    }
  }

  @Test func aMissingRatingsFileIsOneSentence() throws {
    let setup = try setup()
    let result = try run(["report", "--ratings", "nowhere.csv"], setup)
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: the ratings file nowhere.csv does not exist; run 'skillgap template > "
        + "nowhere.csv' to start one.\n")
  }

  @Test func badRowsAreListedWithLineAndFieldAndStopTheRun() throws {
    let setup = try setup(ratings: "skill,level\nalpha,2\nbeta,expret\ngamma,9\n")
    let result = try run(["report", "--ratings", setup.ratings], setup)
    #expect(result.status == 1)
    #expect(result.output == "")
    let lines = result.error.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0].hasPrefix("skillgap: \(setup.ratings):3: error: Level 'expret' is not on the scale"))
    #expect(lines[0].hasSuffix(". Did you mean 'Expert'? (in the level column)"))
    #expect(lines[1].hasPrefix("skillgap: \(setup.ratings):4: error: Level '9'"))
    #expect(
      lines[2] == "skillgap: \(setup.ratings) has 2 errors (listed above); fix them and run again.")
  }

  @Test func ratingsForSkillsTheFrameworkLacksAreWarningsAndTheRestIsUsed() throws {
    let setup = try setup(ratings: "skill,level\nalpah,2\nalpha,4\n")
    let result = try run(["report", "--ratings", setup.ratings, "--target", "first"], setup)
    #expect(result.status == 0)
    #expect(
      result.error
        == "skillgap: \(setup.ratings):2: warning: Skill 'alpah' is not in the framework, so the "
        + "row is ignored. Did you mean 'alpha'? (in the skill column)\n")
    #expect(result.output.contains("Readiness 100 %"))
  }

  @Test func aBrokenOrForeignSavedAssessmentIsRefused() throws {
    let setup = try setup()
    try Data("{\"schemaVersion\": 1}".utf8).write(to: URL(fileURLWithPath: setup.path("bad.json")))
    let bad = try run(["report", "--ratings", setup.path("bad.json")], setup)
    #expect(bad.status == 1)
    #expect(
      bad.error.hasPrefix("skillgap: \(setup.path("bad.json")) is not a valid saved assessment: "))
    let foreign = savedAssessment(version: "1", target: nil, ratings: "")
      .replacingOccurrences(of: "\"id\": \"fixture\"", with: "\"id\": \"kitchen\"")
    try Data(foreign.utf8).write(to: URL(fileURLWithPath: setup.path("kitchen.json")))
    let other = try run(["report", "--ratings", setup.path("kitchen.json")], setup)
    #expect(other.status == 1)
    #expect(
      other.error
        == "skillgap: \(setup.path("kitchen.json")) rates the framework 'kitchen', not 'fixture'; "
        + "name that framework's folder with --content.\n")
  }

  // MARK: plan

  @Test func everyPlanFormatGoesToAFileOrStandardOutputIdentically() throws {
    let setup = try setup()
    let base = ["plan", "--ratings", setup.ratings, "--target", "second", "--start", "2026-01-05"]
    let prefixes = [
      "markdown": "# Study plan: Second rung\n", "json": "{\n",
      "csv": "\u{FEFF}when,week,week_start,item,",
      "html": "<!DOCTYPE html>\n", "ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
    ]
    for (format, prefix) in prefixes.sorted(by: { $0.key < $1.key }) {
      let shown = try run(base + ["--format", format], setup)
      #expect(shown.status == 0, "\(format): \(shown.error)")
      #expect(shown.output.hasPrefix(prefix), "\(format)")
      let again = try run(base + ["--format", format], setup)
      #expect(again.output == shown.output, "\(format) is not deterministic")
      let file = setup.path("plan.\(format)")
      let written = try run(base + ["--format", format, "--output", file], setup)
      #expect(written.status == 0)
      #expect(written.output == "")
      #expect(
        written.error.hasPrefix(
          "Wrote the plan for Second rung to \(file). Next 12 weeks: 60 h of study on 2 skills."))
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(shown.output.utf8))
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path)
      .filter { $0.hasPrefix(".") }
    #expect(leftovers == [])
  }

  @Test func thePlanFollowsHoursStartHorizonDaysAndTime() throws {
    let setup = try setup()
    let result = try run(
      [
        "plan", "--ratings", setup.ratings, "--target", "second", "--start", "2026-03-02",
        "--hours-per-week", "2.5", "--weeks", "3",
      ], setup)
    #expect(result.status == 0)
    #expect(
      result.output.contains("### Week 1 · Mon 2026-03-02 to Sun 2026-03-08 · 2.5 h of study"))
    #expect(
      result.output.contains("### Week 3 · Mon 2026-03-16 to Sun 2026-03-22 · 2.5 h of study"))
    #expect(!result.output.contains("### Week 4"))
    #expect(result.output.contains("## Later"))
    #expect(result.output.contains("- Next 3 weeks: 7.5 h of study on 1 skill."))
    let ics = try run(
      [
        "plan", "--ratings", setup.ratings, "--target", "second", "--start", "2026-03-02",
        "--hours-per-week", "4", "--days", "sat,sun", "--at", "21:00", "--horizon", "1",
        "--format", "ics",
      ], setup)
    #expect(ics.status == 0, "\(ics.error)")
    // Two hours on each weekend day, moved earlier so they end by 22:00.
    #expect(ics.output.contains("DTSTART:20260307T200000\r\nDTEND:20260307T220000"))
    #expect(ics.output.contains("DTSTART:20260308T200000\r\nDTEND:20260308T220000"))
    #expect(!ics.output.contains("DTSTART:20260302"))
    let bad = try run(
      ["plan", "--ratings", setup.ratings, "--target", "second", "--days", "mon-funday"], setup)
    #expect(bad.status == 64)
    #expect(bad.error.contains("--days must name weekdays"), "\(bad.error)")
  }

  @Test func thePlanStartsTodayByDefault() throws {
    let setup = try setup()
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.locale = Locale(identifier: "en_US_POSIX")
    let before = formatter.string(from: Date())
    let result = try run(["plan", "--ratings", setup.ratings, "--target", "second"], setup)
    let after = formatter.string(from: Date())
    #expect(result.status == 0)
    #expect(
      result.output.contains("### Week 1 · ")
        && [before, after].contains { result.output.contains(" \($0) to ") })
  }

  @Test func aPlanWithoutATargetSaysHowToGiveOne() throws {
    let setup = try setup()
    let result = try run(["plan", "--ratings", setup.ratings], setup)
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: a plan needs a target role; pass --target ROLE (see 'skillgap roles').\n")
  }

  @Test func badOptionsAreUsageErrors() throws {
    let setup = try setup()
    let base = ["plan", "--ratings", setup.ratings, "--target", "second"]
    let start = try run(base + ["--start", "2026-13-01"], setup)
    #expect(start.status == 64)
    #expect(start.error.contains("--start must be a date written YYYY-MM-DD, such as 2026-01-05."))
    let hours = try run(base + ["--hours-per-week", "0"], setup)
    #expect(hours.status == 64)
    #expect(hours.error.contains("--hours-per-week must be more than 0 and at most 100"))
    let format = try run(base + ["--format", "pdf"], setup)
    #expect(format.status == 64)
  }

  @Test func negativeNumbersGetTheOptionsOwnRangeMessage() throws {
    let setup = try setup()
    let base = ["plan", "--ratings", setup.ratings, "--target", "second"]
    for hours in ["-3", "-0.5"] {
      let result = try run(base + ["--hours-per-week", hours], setup)
      #expect(result.status == 64, "\(hours)")
      #expect(
        result.error.contains(
          "--hours-per-week must be more than 0 and at most 100, such as 6."),
        "\(hours): \(result.error)")
      #expect(!result.error.contains("Missing value"), "\(hours)")
    }
    let weeks = try run(base + ["--weeks", "-2"], setup)
    #expect(weeks.status == 64)
    #expect(weeks.error.contains("--horizon must be 1 to 104 weeks."), "\(weeks.error)")
    #expect(!weeks.error.contains("Missing value"))
  }

  @Test func anOutputThatCannotBeWrittenLeavesNoFileBehind() throws {
    let setup = try setup()
    let base = ["plan", "--ratings", setup.ratings, "--target", "second"]
    let missing = setup.path("no-such-folder/plan.md")
    let result = try run(base + ["--output", missing], setup)
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: cannot write \(missing): no such file or directory (the folder does not "
        + "exist); nothing was written.\n")
    // A folder gets skillgap-plan.md inside it; when that name is itself a folder, nothing is
    // written.
    let folder = setup.path("a-folder")
    try FileManager.default.createDirectory(
      atPath: folder + "/skillgap-plan.md", withIntermediateDirectories: true)
    let onFolder = try run(base + ["--output", folder], setup)
    #expect(onFolder.status == 1)
    #expect(onFolder.error.hasPrefix("skillgap: cannot write \(folder)/skillgap-plan.md: "))
    let entries = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).sorted()
    #expect(entries == ["a-folder", "ratings.csv"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["skillgap-plan.md"])
  }

  @Test func anOutputThroughALinkKeepsTheLinkAndTheModeOfItsTarget() throws {
    let setup = try setup()
    let base = ["plan", "--ratings", setup.ratings, "--target", "second"]
    let target = setup.path("private-plan.md")
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o600)
    let link = setup.path("plan.md")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "private-plan.md")
    let result = try run(base + ["--output", link], setup)
    #expect(result.status == 0, "\(result.error)")
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    let written = try FileManager.default.attributesOfItem(atPath: target)
    #expect((written[.posixPermissions] as? Int) == 0o600)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Week 1"))
  }

  @Test func anOutputOntoAFIFOFeedsItsReader() throws {
    let setup = try setup()
    let fifo = setup.path("plan.fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = setup.folder.appendingPathComponent("received.md")
    try Data().write(to: received)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo]
    reader.standardOutput = try FileHandle(forWritingTo: received)
    try reader.run()
    let result = try run(
      ["plan", "--ratings", setup.ratings, "--target", "second", "--output", fifo], setup)
    let deadline = Date().addingTimeInterval(5)
    while reader.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if reader.isRunning {
      // Signals are blocked in the test runner's threads and so in its children: only KILL.
      kill(reader.processIdentifier, SIGKILL)
      Issue.record("the FIFO's reader was never given the plan")
    }
    reader.waitUntilExit()
    #expect(result.status == 0, "\(result.error)")
    #expect(try String(contentsOf: received, encoding: .utf8).contains("Week 1"))
    let attributes = try FileManager.default.attributesOfItem(atPath: fifo)
    #expect(attributes[.type] as? FileAttributeType != .typeRegular)
  }

  // MARK: roles

  @Test func rolesWithRatingsShowReadinessAndTheNextStep() throws {
    let setup = try setup()
    let result = try run(["roles", "--ratings", setup.ratings], setup)
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("  1. First rung") && $0.hasSuffix("100 %  ready") })
    #expect(lines.contains { $0.hasPrefix("* 2. Second rung") && $0.hasSuffix(" 37 %  blocked") })
    #expect(lines.last == "* the closest next step on your track")
    #expect(lines.allSatisfy { $0.count <= 80 })
  }

  // MARK: the default framework

  @Test func theDefaultFrameworkReportsAndPlansFromACSVAndFromASavedAssessment() throws {
    let folder = try TestPaths.temporaryFolder("skillgap-default")
    let template = try CommandRunner.skillgap(["template"], in: folder)
    #expect(template.status == 0)
    let rows = template.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(rows.count > 10)
    let ids = rows.map { String($0.prefix { $0 != "," }) }
    // Every skill at the second level, so some roles are met and some are not.
    let csv = "skill,level\n" + ids.map { "\($0),1" }.joined(separator: "\n") + "\n"
    try Data(csv.utf8).write(to: folder.appendingPathComponent("ratings.csv"))
    let json = try CommandRunner.skillgap(
      ["report", "--ratings", "ratings.csv", "--format", "json"], in: folder)
    #expect(json.status == 0, "\(json.error)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let framework = try #require(object["framework"] as? [String: Any])
    let role = try #require((object["report"] as? [String: Any])?["role"] as? [String: Any])
    let roleID = try #require(role["id"] as? String)
    let report = try CommandRunner.skillgap(["report", "--ratings", "ratings.csv"], in: folder)
    #expect(report.status == 0)
    #expect(report.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let plan = try CommandRunner.skillgap(
      ["plan", "--ratings", "ratings.csv", "--target", roleID, "--format", "html"], in: folder)
    #expect(plan.status == 0)
    #expect(plan.output.contains("<h2>The next 12 weeks</h2>"))

    let ratings = ids.map { "\"\($0)\": {\"level\": 2, \"ratedAt\": \"2026-01-02T09:30:00Z\"}" }
    let saved = savedAssessment(
      version: try #require(framework["version"] as? String), target: roleID,
      ratings: ratings.joined(separator: ", ")
    )
    .replacingOccurrences(
      of: "\"id\": \"fixture\"", with: "\"id\": \"\(try #require(framework["id"] as? String))\"")
    try Data(saved.utf8).write(to: folder.appendingPathComponent("saved.json"))
    let fromSaved = try CommandRunner.skillgap(["report", "--ratings", "saved.json"], in: folder)
    #expect(fromSaved.status == 0, "\(fromSaved.error)")
    #expect(fromSaved.error == "")
    #expect(fromSaved.output.contains("(\(roleID))"))
    let planFromSaved = try CommandRunner.skillgap(
      ["plan", "--ratings", "saved.json", "--format", "ics"], in: folder)
    #expect(planFromSaved.status == 0, "\(planFromSaved.error)")
    #expect(planFromSaved.output.hasPrefix("BEGIN:VCALENDAR\r\n"))
  }
}
