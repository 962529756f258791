import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The fixed results every export golden file is made from, and the hostile framework's.
enum ExportFixtures {
  /// The golden assessment of the three-level framework, for journeyman, planned at 6 hours a
  /// week from Monday 2026-01-05.
  static func golden() throws -> Results {
    try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman", plan: PlanOptions(start: FixtureFrameworks.monday))
  }

  /// The golden results without a plan, as `skillgap report` makes them.
  static func goldenReport() throws -> Results {
    try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman", plan: nil)
  }

  /// The hostile framework, nothing rated, with a note that tries to break out too.
  static func hostile() throws -> Results {
    let framework = FixtureFrameworks.hostile()
    let assessment = FixtureFrameworks.assessment(
      framework, ["at": .skipped],
      notes: ["at": "</td><script>steal()</script> & \"more\"; =1+1, done\\"])
    return try Results.make(
      framework: framework, assessment: assessment, target: "villain",
      plan: PlanOptions(hoursPerWeek: 4, start: FixtureFrameworks.monday))
  }
}

/// Compares an export with its golden file in `Tests/SkillgapCoreTests/Snapshots/`.
/// - Parameters:
///   - actual: The export.
///   - name: The golden file's name, without extension.
///   - fileExtension: The golden file's extension, the export format's own.
///   - sourceLocation: Where to report a mismatch.
func expectGolden(
  _ actual: String, named name: String, fileExtension: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  // The snapshot helper keeps golden files in `Snapshots/` beside the file it is given.
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
  expectSnapshot(
    actual, named: name, fileExtension: fileExtension,
    filePath: folder.appendingPathComponent("Goldens.swift").path, sourceLocation: sourceLocation)
}

extension ExportFixtures {
  /// The golden assessment's plan for journeyman with other options.
  static func plan(_ options: PlanOptions) throws -> StudyPlan {
    let framework = FixtureFrameworks.threeLevel()
    let report = try GapEngine(framework: framework).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    return try Planner.plan(for: report, framework: framework, options: options)
  }

  /// A plan with a practice step, a step cut into parts, a shared milestone, resources per step
  /// and a step after the horizon: 8 h a week for 3 weeks from Monday 2026-01-05.
  static func practice() throws -> Results {
    var read = PlanFixtures.skill("read", hours: 20)
    read.steps[0].parts = ["Read the guide", "Do its exercises", "Write a summary"]
    read.steps[0].milestone = "Ship a small service."
    read.steps[0].basis = "The guide's stated length."
    read.resources = [
      Resource(title: "The guide", kind: .book, url: "https://example.org/guide", steps: [1]),
      Resource(title: "Advanced guide", kind: .course, steps: [2]),
    ]
    var write = PlanFixtures.skill("write")
    write.steps[0].milestone = "Ship a small service."
    write.steps[0].milestoneHours = 4
    let lead = PlanFixtures.skill("lead", hours: 5, kind: .practice)
    let framework = PlanFixtures.framework(
      [read, write, lead],
      [("read", 1, "essential"), ("write", 2, "useful"), ("lead", 1, "useful")])
    let assessment = FixtureFrameworks.assessment(framework, [:], target: "role")
    return try Results.make(
      framework: framework, assessment: assessment, target: "role",
      plan: PlanOptions(hoursPerWeek: 8, start: FixtureFrameworks.monday, horizonWeeks: 3))
  }
}
