import Foundation
import SkillgapLoading
import SkillgapTestSupport
import Testing

@Suite struct ValidateCommandTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  @Test func theDefaultContentFolderIsValidAndSummarised() throws {
    let result = try CommandRunner.skillgap(["validate", TestPaths.content.path])
    #expect(result.status == 0)
    #expect(result.error == "")
    #expect(result.output.contains("Content is valid"))
    #expect(result.output.contains(": ml-engineer"))
    #expect(!result.output.contains("warning"))
  }

  @Test func theEmbeddedFrameworkIsValidated() throws {
    let result = try CommandRunner.skillgap(["validate"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("The embedded framework is valid: ml-engineer"))
  }

  @Test func aMistypedCommandIsNamedWithTheNearestOne() throws {
    let result = try CommandRunner.skillgap(["reprot", "--target", "ml-engineer-2"])
    #expect(result.status == 64)
    #expect(result.output == "")
    #expect(
      result.error
        == "skillgap: 'reprot' is not a command. Did you mean 'report'? The commands are assess, "
        + "validate, roles, report, plan, progress, done, history, diff, template; see "
        + "'skillgap --help'.\n")
    let unknown = try CommandRunner.skillgap(["frobnicate"])
    #expect(unknown.status == 64)
    #expect(unknown.error.hasPrefix("skillgap: 'frobnicate' is not a command. The commands are"))
    #expect(try CommandRunner.skillgap(["help"]).output.contains("SUBCOMMANDS"))
  }

  @Test func aBrokenFrameworkListsEveryProblemAndExitsOne() throws {
    var files = YAMLFixtures.valid(levels: five)
    files = YAMLFixtures.editing(files, "categories/02-advanced.yaml") {
      $0.replacingOccurrences(of: "- id: gamma", with: "- id: alpha")
    }
    files = YAMLFixtures.editing(files, "roles/track.yaml") {
      $0.replacingOccurrences(of: "level: aware,", with: "level: 9,")
        .replacingOccurrences(
          of: "    title: First rung\n", with: "    title: First rung\n    colour: red\n")
    }
    files = YAMLFixtures.editing(files, "categories/01-basics.yaml") {
      $0.replacingOccurrences(of: "prerequisites: []", with: "prerequisites: [beta]")
    }
    let folder = try YAMLFixtures.write(files)
    let result = try CommandRunner.skillgap(["validate", folder.path])
    #expect(result.status == 1)
    let lines = result.output.split(separator: "\n").map(String.init)
    let pattern = #/^.+\.yaml:\d+:\d+: (error|warning): .+$/#
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { $0.wholeMatch(of: pattern) != nil })
    #expect(lines.prefix(4).allSatisfy { $0.contains(": error: ") })
    #expect(lines.last?.contains(": warning: Unknown field 'colour'") == true)
    #expect(result.output.contains("categories/02-advanced.yaml:5:9: error: Skill id 'alpha'"))
    #expect(result.output.contains("alpha → beta → alpha"))
    #expect(result.output.contains("Level '9' is not on the scale"))
    #expect(result.error.contains("4 errors, 1 warning"))
  }

  @Test func badYAMLExitsOneWithItsPosition() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "framework.yaml") {
      $0.replacingOccurrences(of: "title: Fixture framework", with: "title: \"Fixture")
    }
    let folder = try YAMLFixtures.write(files)
    let result = try CommandRunner.skillgap(["validate", folder.path])
    #expect(result.status == 1)
    #expect(result.output.contains("framework.yaml:"))
    #expect(result.output.contains(": error: YAML syntax error"))
  }

  @Test func threeAndEightLevelFrameworksValidate() throws {
    for levels in [["low", "mid", "high"], (1...8).map { "step\($0)" }] {
      let folder = try YAMLFixtures.write(YAMLFixtures.valid(levels: levels))
      let result = try CommandRunner.skillgap(["validate", folder.path])
      #expect(result.status == 0)
      #expect(result.output.contains("\(levels.count)-level scale"))
    }
  }

  @Test func aMissingFolderIsOneSentenceAndExitsOne() throws {
    let result = try CommandRunner.skillgap(["validate", "/no/such/framework"])
    #expect(result.status == 1)
    #expect(
      result.error
        == "skillgap: /no/such/framework is not a folder; name the folder that holds framework.yaml.\n"
    )
  }

  @Test func rolesListsTheFrameworkInUse() throws {
    let folder = try YAMLFixtures.write(YAMLFixtures.valid(levels: five))
    let viaOption = try CommandRunner.skillgap(["roles", "--content", folder.path])
    let viaEnvironment = try CommandRunner.skillgap(
      ["roles"], environment: ["SKILLGAP_CONTENT": folder.path])
    #expect(viaOption.status == 0)
    #expect(viaOption.output.contains("First rung"))
    #expect(viaOption.output.contains("Second rung"))
    #expect(viaEnvironment.output == viaOption.output)
    let embedded = try CommandRunner.skillgap(["roles"])
    #expect(embedded.output.contains("ml-engineer-junior"))
  }
}
