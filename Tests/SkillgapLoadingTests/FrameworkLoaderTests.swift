import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

@Suite struct FrameworkLoaderTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  func load(_ files: [SourceFile]) -> LoadResult {
    FrameworkLoader.load(files: files)
  }

  func errors(_ result: LoadResult) -> [Diagnostic] {
    result.diagnostics.filter { $0.severity == .error }
  }

  @Test func aValidFrameworkLoadsWithoutDiagnostics() throws {
    let result = load(YAMLFixtures.valid(levels: five))
    #expect(result.diagnostics == [])
    let framework = try #require(result.framework)
    #expect(framework.id == "fixture")
    #expect(framework.skills.map(\.id) == ["alpha", "beta", "gamma"])
    #expect(framework.categories.map(\.id) == ["basics", "advanced"])
    #expect(framework.skills.map(\.category) == ["basics", "basics", "advanced"])
    #expect(framework.roles.map(\.id) == ["first", "second"])
    #expect(framework.scale.levels.count == 5)
    #expect(framework.hoursPerStep == [0, 10, 10, 10, 10])
    let second = try #require(framework.role("second"))
    #expect(
      second.requirements == [
        Requirement(skill: "alpha", level: 4, importance: "essential"),
        Requirement(skill: "gamma", level: 4, importance: "useful"),
      ])
    #expect(second.years == YearsRange(min: 2, max: nil, source: "guide"))
    #expect(
      framework.role("first")?.pay == [
        PayBand(
          min: 50000, max: 70000, currency: "EUR", period: "year", basis: .base, country: "DE",
          year: 2025, source: "guide")
      ])
    let beta = try #require(framework.skill("beta"))
    #expect(beta.prerequisites == ["alpha"])
    #expect(beta.steps.map(\.level) == [1, 2, 3, 4])
    #expect(beta.levels[2].indicators == ["I can show beta at working."])
  }

  @Test func aThreeLevelScaleLoads() throws {
    let result = load(YAMLFixtures.valid(levels: ["novice", "practitioner", "master"]))
    #expect(result.diagnostics == [])
    let framework = try #require(result.framework)
    #expect(framework.scale.levels.map(\.id) == ["novice", "practitioner", "master"])
    #expect(framework.role("second")?.requirements.first?.level == 2)
  }

  @Test func anEightLevelScaleLoads() throws {
    let levels = (1...8).map { "l\($0)" }
    let result = load(YAMLFixtures.valid(levels: levels))
    #expect(result.diagnostics == [])
    let framework = try #require(result.framework)
    #expect(framework.scale.highest == 7)
    #expect(framework.skill("alpha")?.steps.count == 7)
  }

  @Test func aScaleOfOneOrElevenLevelsIsRefused() {
    for count in [1, 11] {
      let levels = (1...count).map { "l\($0)" }
      let result = load(YAMLFixtures.valid(levels: levels.count == 1 ? levels + [] : levels))
      #expect(result.framework == nil)
      #expect(errors(result).contains { $0.message.contains("it needs 2 to 10") })
    }
  }

  @Test(arguments: [".inf", "-.inf", ".nan", "1e18", "0", "-2", "three"])
  func aWeightTheEngineCannotUseIsOneErrorNotACascade(weight: String) throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "framework.yaml") {
      $0.replacingOccurrences(of: "weight: 3\n", with: "weight: \(weight)\n")
    }
    let result = load(files)
    #expect(result.framework == nil)
    // Only the weight itself: the roles that use the kind do not each call it unknown.
    let found = errors(result)
    #expect(found.count == 1, "\(found.map(\.message))")
    #expect(found.first?.file == "framework.yaml")
    #expect(found.first?.path == "importance[0].weight")
  }

  @Test(arguments: [".inf", ".nan", "1e18", "0"])
  func hoursPerStepTheEngineCannotUseAreAnError(hours: String) throws {
    for text in ["hours_per_step: \(hours)", "hours_per_step: {aware: \(hours)}"] {
      let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "framework.yaml") {
        $0.replacingOccurrences(of: "hours_per_step: 10", with: text)
      }
      let result = load(files)
      #expect(result.framework == nil, "\(text)")
      #expect(errors(result).first?.file == "framework.yaml")
    }
  }

  @Test func badYAMLIsReportedWithItsLineAndColumn() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(of: "title: First rung", with: "title: [First rung")
    }
    let result = load(files)
    #expect(result.framework == nil)
    let error = try #require(errors(result).first)
    #expect(error.file == "roles/track.yaml")
    #expect(error.line > 0 && error.column > 0)
    #expect(error.message.hasPrefix("YAML syntax error"))
  }

  @Test func aDuplicateSkillIdNamesBothPlaces() throws {
    let files = YAMLFixtures.editing(
      YAMLFixtures.valid(levels: five), "categories/02-advanced.yaml"
    ) {
      $0.replacingOccurrences(of: "- id: gamma", with: "- id: alpha")
    }
    let result = load(files)
    let error = try #require(errors(result).first { $0.message.contains("already used") })
    #expect(error.file == "categories/02-advanced.yaml")
    #expect(error.line == 5)
    #expect(error.column == 9)
    #expect(error.path == "skills[0].id")
    #expect(error.message.contains("categories/01-basics.yaml:6"))
  }

  @Test func anUnknownSkillInARoleSuggestsTheNearestId() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(of: "gamma: {", with: "gama: {")
    }
    let result = load(files)
    let error = try #require(errors(result).first)
    #expect(error.file == "roles/track.yaml")
    #expect(error.path == "roles[1].requires.gama")
    #expect(error.message.contains("'gama', which is not a skill"))
    #expect(error.message.contains("Did you mean 'gamma'?"))
  }

  @Test func anUnknownPrerequisiteOrSourceIsAnError() {
    var files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "categories/01-basics.yaml")
    {
      $0.replacingOccurrences(of: "prerequisites: [alpha]", with: "prerequisites: [alpah]")
    }
    files = YAMLFixtures.editing(files, "roles/track.yaml") {
      $0.replacingOccurrences(
        of: "years: {min: 2, source: guide}", with: "years: {min: 2, source: guid}")
    }
    let messages = errors(load(files)).map(\.message)
    #expect(messages.contains { $0.contains("Prerequisite 'alpah'") && $0.contains("'alpha'") })
    #expect(messages.contains { $0.contains("Source 'guid'") })
  }

  @Test func aPrerequisiteCycleIsNamedOnce() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "categories/01-basics.yaml")
    {
      $0.replacingOccurrences(of: "prerequisites: []", with: "prerequisites: [beta]")
    }
    let cycles = errors(load(files)).filter { $0.message.contains("cycle") }
    #expect(
      cycles.map(\.message) == [
        "Prerequisites form a cycle: alpha → beta → alpha; remove one of these prerequisites."
      ])
  }

  @Test func aRequiredLevelOutsideTheScaleIsAnError() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(
        of: "level: 4, importance: useful", with: "level: 7, importance: useful"
      )
      .replacingOccurrences(of: "level: aware,", with: "level: guru,")
    }
    let found = errors(load(files))
    #expect(found.count == 2)
    #expect(found.contains { $0.message.contains("Level '7' is not on the scale") })
    #expect(found.contains { $0.message.contains("Level 'guru' is not on the scale") })
    #expect(found.allSatisfy { $0.file == "roles/track.yaml" && $0.line > 0 })
  }

  @Test func aRoleWithoutRequirementsIsAnError() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(
        of: "    requires:\n      alpha: {level: aware, importance: essential}\n",
        with: "    requires: {}\n")
    }
    let error = try #require(errors(load(files)).first)
    #expect(error.message.contains("Role 'first' requires no skill"))
  }

  @Test func aSkillMissingALevelDescriptionIsAnError() throws {
    let files = YAMLFixtures.editing(
      YAMLFixtures.valid(levels: five), "categories/02-advanced.yaml"
    ) {
      $0.replacingOccurrences(
        of: "      proficient:\n        summary: gamma at proficient.\n"
          + "        indicators: [\"I can show gamma at proficient.\"]\n", with: "")
    }
    let error = try #require(errors(load(files)).first)
    #expect(error.message.contains("'gamma' does not describe level 'proficient'"))
    #expect(error.path == "skills[0].levels")
  }

  @Test func missingAndMistypedFieldsAreErrorsAndUnknownFieldsWarnings() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(of: "    title: First rung\n", with: "    titel: First rung\n")
        .replacingOccurrences(of: "seniority: 2", with: "seniority: second")
    }
    let result = load(files)
    let messages = result.diagnostics.map { "\($0.severity): \($0.message)" }
    #expect(messages.contains("error: Missing field 'title'; add it as 'title: …'."))
    #expect(messages.contains("error: Field 'seniority' must be a whole number, not 'second'."))
    #expect(messages.contains("warning: Unknown field 'titel' is ignored. Did you mean 'title'?"))
  }

  @Test func aMoreSeniorRoleAskingLessIsWarned() throws {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") {
      $0.replacingOccurrences(of: "alpha: {level: expert", with: "alpha: {level: none")
        .replacingOccurrences(of: "alpha: {level: aware", with: "alpha: {level: working")
    }
    let result = load(files)
    #expect(result.framework != nil)
    let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.message)
    #expect(warnings.contains { $0.contains("Role 'second' asks None in 'alpha'") })
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    var files = YAMLFixtures.valid(levels: five)
    files = YAMLFixtures.editing(files, "categories/02-advanced.yaml") {
      $0.replacingOccurrences(of: "- id: gamma", with: "- id: alpha")
    }
    files = YAMLFixtures.editing(files, "roles/track.yaml") {
      $0.replacingOccurrences(of: "level: aware,", with: "level: 9,")
    }
    files = YAMLFixtures.editing(files, "categories/01-basics.yaml") {
      $0.replacingOccurrences(of: "kind: docs", with: "kind: blog")
    }
    let found = errors(load(files))
    #expect(found.count >= 4)
  }

  @Test func aMissingHeaderFileIsOneClearError() {
    let files = YAMLFixtures.valid(levels: five).filter { $0.path != "framework.yaml" }
    let result = load(files)
    #expect(
      result.diagnostics.map(\.message) == [
        "The folder has no framework.yaml; every framework starts with one."
      ])
  }

  @Test func diagnosticsPrintLikeACompilersAndSortErrorsFirst() {
    let warning = Diagnostic(.warning, file: "a.yaml", line: 1, column: 2, message: "W.")
    let error = Diagnostic(.error, file: "b.yaml", line: 3, column: 4, path: "x.y", message: "E.")
    #expect([warning, error].sortedForDisplay() == [error, warning])
    #expect(error.description == "b.yaml:3:4: error: E. (at x.y)")
  }
}
