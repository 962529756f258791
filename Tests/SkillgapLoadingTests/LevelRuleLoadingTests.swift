import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// `level_rule` and `optional` in the framework format: read, checked with file and line, and
/// the standard rule when a framework states none.
@Suite struct LevelRuleLoadingTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  func withRule(_ rule: String) -> LoadResult {
    FrameworkLoader.load(
      files: YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "framework.yaml") {
        $0.replacingOccurrences(of: "hours_per_step: 10\n", with: "hours_per_step: 10\n" + rule)
      })
  }

  @Test func aFrameworkWithoutARuleUsesTheStandardOne() throws {
    let framework = try #require(
      FrameworkLoader.load(files: YAMLFixtures.valid(levels: five)).framework)
    #expect(framework.levelRule == .standard)
  }

  @Test func aStatedRuleIsRead() throws {
    let result = withRule(
      """
      level_rule:
        description: Half of a level's indicators, whatever the levels below.
        indicators_percent: 50
        levels_below: false

      """)
    #expect(result.diagnostics == [])
    let rule = try #require(result.framework).levelRule
    #expect(rule.summary == "Half of a level's indicators, whatever the levels below.")
    #expect(rule.share == 0.5)
    #expect(!rule.cumulative)
  }

  @Test func aBadRuleIsReportedWithItsFileLineAndField() {
    let result = withRule(
      """
      level_rule:
        indicators_percent: 160
        level_below: true

      """)
    let messages = result.diagnostics.map(\.description)
    #expect(
      messages.contains(
        "framework.yaml:31:23: error: 'indicators_percent' is the share of a level's indicators "
          + "that must hold: 1 to 100, not 160. (at level_rule.indicators_percent)"),
      "\(messages)")
    #expect(
      messages.contains(
        "framework.yaml:31:3: error: Missing field 'description'; add it as 'description: …'. "
          + "(at level_rule)"))
    #expect(
      messages.contains(
        "framework.yaml:31:3: error: Missing field 'levels_below'; add 'levels_below: true' when "
          + "every level below must be reached too, else 'false'. (at level_rule)"))
    #expect(
      messages.contains(
        "framework.yaml:32:3: warning: Unknown field 'level_below' is ignored. Did you mean "
          + "'levels_below'? (at level_rule.level_below)"))
  }

  @Test func theDefaultFrameworkStatesTheSixtyPercentRule() throws {
    let framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    #expect(framework.levelRule.share == 0.6)
    #expect(framework.levelRule.cumulative)
    #expect(framework.levelRule.summary.contains("60 %"))
  }

  @Test func anOptionalCategoryIsReadAndItsSkillsAreNeverRequired() throws {
    let files = YAMLFixtures.editing(
      YAMLFixtures.valid(levels: five), "categories/02-advanced.yaml"
    ) {
      $0.replacingOccurrences(
        of: "  name: Advanced\n", with: "  name: Advanced\n  optional: true\n")
    }
    let result = FrameworkLoader.load(files: files)
    let framework = try #require(result.framework)
    #expect(framework.category("advanced")?.isOptional == true)
    #expect(framework.category("basics")?.isOptional == false)
    // The second role asked for gamma: the requirement is left out, and validate says so.
    #expect(framework.role("second")?.requirements.map(\.skill) == ["alpha"])
    #expect(
      result.diagnostics.map(\.description).contains {
        $0.hasPrefix("roles/track.yaml:") && $0.contains("a skill of an optional category")
      })
  }
}
