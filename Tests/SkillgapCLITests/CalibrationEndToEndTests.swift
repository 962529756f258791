import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// Ticks indicators, takes a knowledge check and finds the result in the exported Markdown
/// and JSON, with the real binary in tmux on the checks fixture (`--content`).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct CalibrationEndToEndTests {
  @Test func tickingAndACheckReachTheExportedMarkdownAndJSON() throws {
    let content = try YAMLFixtures.write(YAMLFixtures.withChecks())
    let data = try TestPaths.temporaryFolder("skillgap-data")
    let work = try TestPaths.temporaryFolder("skillgap-work")
    let session = try TmuxSession(
      [TestPaths.skillgapBinary.path, "--content", content.path],
      environment: [
        "TERM": "xterm-256color", "SKILLGAP_DATA_DIR": data.path, "LANG": "C.UTF-8",
        "NO_COLOR": "", "HOME": work.path,
      ],
      width: 80, height: 24, in: work)
    try session.waitFor("Start the assessment")
    try session.send("t")
    try session.waitFor("Decide later")
    try session.send("g", "Enter")
    try session.waitFor("Target role: First rung")
    try session.send("Enter")
    try session.waitFor("At None")
    // Two of Aware's three indicators, then two of Working's.
    try session.send("Down", "Space", "]", "Space")
    try session.waitFor("2/3 ticked at Aware")
    try session.send("Down", "Space", "]", "Space")
    try session.waitFor("ticks support Working")
    // Proficient is above what the ticks support: said, and kept.
    try session.send("3")
    try session.waitFor("above what your ticks support")
    try session.send("Left", "K")
    try session.waitFor("Question 1 of 3")
    for number in 1...3 {
      try session.send("1")
      try session.waitFor(number == 3 ? "Enter: go on" : "Enter: go on")
      try session.send("Enter")
      if number < 3 { try session.waitFor("Question \(number + 1) of 3") }
    }
    let result = try session.waitFor(" right")
    let verdict = result.contains { $0.contains("Supported") } ? "supported" : "looks high"
    try session.send("Enter")
    try session.waitFor("Knowledge checks: ")
    try session.send("e")
    try session.waitFor("Write the files")
    // JSON on as well (rows: Markdown, JSON, CSV, HTML, iCalendar).
    try session.send("Down", "Space", "w")
    try session.waitFor("Wrote")
    try session.send("q")
    try session.waitFor("[exit 0]")

    let saved = try AssessmentDocument.decode(
      try Data(contentsOf: data.appendingPathComponent("fixture.json")))
    #expect(saved.level(of: "alpha") == 3)
    #expect(saved.ticks(of: "alpha").count == 4)
    let check = try #require(saved.checks["alpha"])
    #expect(check.isFinished)
    let markdown = try String(
      contentsOf: work.appendingPathComponent("skillgap-plan.md"), encoding: .utf8)
    #expect(markdown.contains("## Calibration"))
    #expect(markdown.contains("- Alpha (Proficient): \(verdict)"), "\(markdown)")
    #expect(markdown.contains("## Consistency"))
    #expect(markdown.contains("but the indicators you ticked support Working by the level rule"))
    let json = try JSONSerialization.jsonObject(
      with: try Data(contentsOf: work.appendingPathComponent("skillgap-plan.json")))
    let object = try #require(json as? [String: Any])
    let calibration = try #require(object["calibration"] as? [String: Any])
    let entries = try #require(calibration["entries"] as? [[String: Any]])
    #expect(entries.first?["skill"] as? String == "alpha")
    #expect(
      entries.first?["status"] as? String == (verdict == "supported" ? "supported" : "looks-high"))
    #expect(entries.first?["asked"] as? Int == 3)
    let warnings = try #require(object["warnings"] as? [[String: Any]])
    #expect(warnings.map { $0["kind"] as? String } == ["above-ticks"])
  }
}
