import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// What `validate` says about steps a plan cannot use well, and numbers it cannot use at all.
@Suite struct LoaderPlanContentTests {
  let five = ["none", "aware", "working", "proficient", "expert"]
  let basics = "categories/01-basics.yaml"
  let advanced = "categories/02-advanced.yaml"

  func load(_ path: String, _ edit: (String) -> String) -> [Diagnostic] {
    FrameworkLoader.load(files: YAMLFixtures.editing(YAMLFixtures.valid(levels: five), path, edit))
      .diagnostics
  }

  /// The text with its first occurrence of `old` replaced.
  func first(_ text: String, _ old: String, _ new: String) -> String {
    guard let range = text.range(of: old) else {
      Issue.record("the fixture has no '\(old)'")
      return text
    }
    return text.replacingCharacters(in: range, with: new)
  }

  @Test func theFixtureStepsCarryHoursKindAndBasis() {
    #expect(load(basics) { $0 } == [])
  }

  @Test func aStepWithoutHoursKindOrBasisIsWarnedAbout() throws {
    let noHours = load(basics) { first($0, "        hours: 10\n", "") }
    #expect(
      noHours.map(\.description) == [
        "categories/01-basics.yaml:27:7: warning: The step to 'aware' of 'alpha' has no 'hours' "
          + "of its own; the plan falls back to the default. (at skills[0].steps.aware)"
      ])
    let noKind = load(basics) { first($0, "        kind: study\n", "") }
    #expect(noKind.map(\.severity) == [.warning])
    #expect(noKind.first?.message.contains("has no 'kind' (study or practice)") == true)
    let noBasis = load(basics) { first($0, "        basis: \"estimate: a fixture.\"\n", "") }
    #expect(noBasis.first?.message.contains("gives hours without a 'basis'") == true)
    #expect(noBasis.count == 1)
  }

  @Test func longStudyWithoutWeekSizedPartsIsWarnedAbout() throws {
    let long = load(basics) { first($0, "        hours: 10\n", "        hours: 12\n") }
    #expect(
      long.map(\.message) == [
        "The step to 'aware' of 'alpha' takes 12 h of study but has fewer than 2 'parts'; cut it "
          + "into week-sized tasks."
      ])
    let parted = load(basics) {
      first(
        $0, "        hours: 10\n",
        "        hours: 12\n        parts: [Read the guide., Build the project.]\n")
    }
    #expect(parted == [])
    let practice = load(basics) {
      first(
        first($0, "        hours: 10\n", "        hours: 40\n"), "kind: study", "kind: practice")
    }
    #expect(practice == [])
  }

  @Test(arguments: ["0", "-3", "1001", "1e18", ".inf", ".nan"])
  func hoursThePlannerCannotUseAreErrorsWithTheirPlace(hours: String) throws {
    let result = load(basics) { first($0, "        hours: 10\n", "        hours: \(hours)\n") }
    let error = try #require(result.first { $0.severity == .error })
    #expect(error.file == basics)
    #expect(error.line == 29)
    #expect(error.path == "skills[0].steps.aware.hours")
    #expect(
      error.message.contains("Hours must be above 0 and at most 1000")
        || error.message.contains("must be a finite number"), "\(error.message)")
  }

  @Test(arguments: [".nan", "1e6", "[10]"])
  func rejectedStepHoursGiveOnlyTheirErrorAndAreNotAlsoCalledMissing(hours: String) {
    let result = load(basics) { first($0, "        hours: 10\n", "        hours: \(hours)\n") }
    #expect(result.map(\.severity) == [.error], "\(result.map(\.message))")
    #expect(result.first?.path == "skills[0].steps.aware.hours")
  }

  @Test(arguments: [".nan", "1e6"])
  func rejectedHoursPerStepGiveOnlyTheirErrorAndNoDefaultIsAssumed(hours: String) {
    let result = load("framework.yaml") {
      first(
        $0, "hours_per_step: 10",
        "hours_per_step: {aware: \(hours), working: 10, proficient: 10, expert: 10}")
    }
    #expect(result.map(\.severity) == [.error], "\(result.map(\.message))")
    #expect(result.first?.path == "hours_per_step.aware")
  }

  @Test func milestoneHoursAboveTheStepsHoursAreAnError() throws {
    let result = load(basics) {
      first($0, "        hours: 10\n", "        hours: 10\n        milestone_hours: 11\n")
    }
    let error = try #require(result.first)
    #expect(error.severity == .error)
    #expect(error.path == "skills[0].steps.aware.milestone_hours")
    #expect(error.message.hasPrefix("'milestone_hours' must be between 0 and the step's own"))
  }

  @Test func anUnknownKindSuggestsTheNearest() throws {
    let result = load(basics) { first($0, "kind: study", "kind: studdy") }
    let error = try #require(result.first)
    #expect(error.severity == .error)
    #expect(
      error.message == "Step kind 'studdy' is unknown; use study or practice. Did you mean 'study'?"
    )
  }

  @Test func aResourceServingAStepTheSkillLacksIsAnError() throws {
    let result = load(basics) {
      first(
        $0, "        url: https://example.org/alpha\n",
        "        url: https://example.org/alpha\n        steps: [aware, master]\n")
    }
    #expect(result.contains { $0.message.contains("Level 'master' is not on the scale") })
    let served = FrameworkLoader.load(
      files: YAMLFixtures.editing(YAMLFixtures.valid(levels: five), basics) {
        first(
          $0, "        url: https://example.org/alpha\n",
          "        url: https://example.org/alpha\n        steps: [aware]\n")
      })
    let alpha = try #require(served.framework?.skill("alpha"))
    #expect(alpha.resources.first?.steps == [1])
    #expect(alpha.resources(forStep: 1).count == 1)
    #expect(alpha.resources(forStep: 2).isEmpty)
  }

  @Test func aTipNamingASkillTheStepDoesNotRequireIsWarnedAbout() throws {
    var files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), advanced) {
      first($0, "    name: Gamma\n", "    name: Gamma\n    aliases: [GammaKit]\n")
    }
    files = YAMLFixtures.editing(files, basics) {
      // Alpha requires nothing, so naming gamma's tool is a reliance; beta requires alpha.
      first(
        first($0, "Practise alpha until aware.", "Practise alpha with gammakit until aware."),
        "Practise beta until aware.", "Practise beta until aware.")
    }
    let result = FrameworkLoader.load(files: files)
    #expect(
      result.diagnostics.map(\.message) == [
        "The step to 'aware' of 'alpha' mentions 'GammaKit' in its tip (skill 'gamma'), which "
          + "'alpha' does not require; reword it or add 'gamma' to its prerequisites."
      ])
    // Gamma requires alpha and beta: naming them is fine, and so is a word that only contains
    // an alias.
    let fine = YAMLFixtures.editing(files, basics) {
      first($0, "Practise alpha with gammakit until aware.", "Practise alpha with gammakits.")
    }
    #expect(FrameworkLoader.load(files: fine).diagnostics == [])
  }

  /// An alias outside ASCII is found by characters, ignoring case, as an ASCII one is by bytes.
  @Test func anAliasWithAccentsIsFoundInTextWithAccents() throws {
    var files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), advanced) {
      first($0, "    name: Gamma\n", "    name: Gamma\n    aliases: [Réseau-Kit]\n")
    }
    files = YAMLFixtures.editing(files, basics) {
      first($0, "Practise alpha until aware.", "Practise alpha in the RÉSEAU-KIT café.")
    }
    #expect(
      FrameworkLoader.load(files: files).diagnostics.map(\.message) == [
        "The step to 'aware' of 'alpha' mentions 'Réseau-Kit' in its tip (skill 'gamma'), which "
          + "'alpha' does not require; reword it or add 'gamma' to its prerequisites."
      ])
    // A word that only starts with the alias is no mention.
    let fine = YAMLFixtures.editing(files, basics) {
      first($0, "Practise alpha in the RÉSEAU-KIT café.", "Practise alpha in réseau-kités.")
    }
    #expect(FrameworkLoader.load(files: fine).diagnostics == [])
  }

  @Test func aStepsRequiresAreReadAndCheckedForUnknownSkillsAndCycles() throws {
    // Alpha's Working step needs gamma at Aware; gamma requires alpha and beta.
    let needs = "        requires: {gamma: aware}\n        tip: Practise alpha until working."
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), basics) {
      first($0, "        tip: Practise alpha until working.", needs)
    }
    let loaded = FrameworkLoader.load(files: files)
    // gamma@aware needs alpha at its first level, which alpha@working's step below reaches:
    // no cycle.
    #expect(loaded.diagnostics == [])
    let alpha = try #require(loaded.framework?.skill("alpha"))
    #expect(alpha.step(toReach: 2)?.requires == [StepNeed(skill: "gamma", level: 1)])
    // Needing gamma at Working closes a loop: gamma@working → alpha@aware … → alpha@working.
    let loop = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), basics) {
      first(
        $0, "        tip: Practise alpha until aware.",
        "        requires: {gamma: working}\n        tip: Practise alpha until aware.")
    }
    let cycle = FrameworkLoader.load(files: loop).diagnostics.filter { $0.severity == .error }
    #expect(cycle.count == 1)
    #expect(
      cycle.first?.message.hasPrefix("Steps form a cycle: alpha@aware → gamma@working") == true)
    let unknown = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), basics) {
      first(
        $0, "        tip: Practise alpha until working.",
        "        requires: {gama: aware}\n        tip: Practise alpha until working.")
    }
    let error = try #require(FrameworkLoader.load(files: unknown).diagnostics.first)
    #expect(
      error.message
        == "The step requires 'gama', which is not a skill of this framework. Did you mean 'gamma'?"
    )
  }
}
