import Foundation
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Framework text with escape sequences never reaches a terminal raw (issue 14, item 7).
@Suite struct TerminalEscapingTests {
  let five = ["none", "aware", "working", "proficient", "expert"]
  let clipboard = "\\e]52;c;aGk=\\a"

  /// The fixture with an escape sequence in a skill's name and a role's title.
  func hostileFramework() throws -> URL {
    var files = YAMLFixtures.valid(levels: five)
    files = YAMLFixtures.editing(files, "categories/01-basics.yaml") {
      $0.replacingOccurrences(of: "name: Alpha\n", with: "name: \"Alpha\(clipboard)\"\n")
    }
    files = YAMLFixtures.editing(files, "roles/track.yaml") {
      $0.replacingOccurrences(of: "title: First rung", with: "title: \"First \\e]0;pwned\\a rung\"")
    }
    return try YAMLFixtures.write(files)
  }

  func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }
  }

  @Test func validateQuotesABadIdWithItsEscapesVisible() throws {
    let files = YAMLFixtures.editing(
      YAMLFixtures.valid(levels: five), "categories/02-advanced.yaml"
    ) {
      $0.replacingOccurrences(of: "- id: gamma", with: "- id: \"gam\\e[2J\(clipboard)ma\"")
    }
    let folder = try YAMLFixtures.write(files)
    let result = try CommandRunner.skillgap(["validate", folder.path])
    #expect(result.status == 1)
    #expect(!hasControls(result.output))
    #expect(!hasControls(result.error))
    #expect(result.output.contains(#"The id 'gam\e[2J\e]52;c;aGk=\x07ma'"#))
  }

  @Test func rolesShowsATitleWithItsEscapesVisible() throws {
    let folder = try hostileFramework()
    let result = try CommandRunner.skillgap(["roles", "--content", folder.path])
    #expect(result.status == 0)
    #expect(!hasControls(result.output))
    #expect(result.output.contains(#"First \e]0;pwned\x07 rung"#))
  }

  @Test func aCSVPlanKeepsItsBytesInAPipeAndIsEscapedOnATerminal() throws {
    let folder = try hostileFramework()
    let ratings = folder.appendingPathComponent("ratings.csv")
    try Data("skill,level\nalpha,0\n".utf8).write(to: ratings)
    let arguments = [
      "plan", "--content", folder.path, "--ratings", ratings.path, "--target", "first",
      "--format", "csv", "--start", "2026-01-05",
    ]
    let piped = try CommandRunner.skillgap(arguments)
    #expect(piped.status == 0)
    #expect(piped.output.contains("Alpha\u{1B}]52;c;aGk=\u{07}"))

    let terminal = try PseudoTerminal(
      [TestPaths.skillgapBinary.path] + arguments,
      environment: ["TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
      in: folder)
    #expect(terminal.waitForExit(timeout: 20) == 0)
    let shown = String(decoding: terminal.output, as: UTF8.self)
    #expect(shown.contains(#"Alpha\e]52;c;aGk=\x07"#))
    #expect(!hasControls(shown))
  }
}
