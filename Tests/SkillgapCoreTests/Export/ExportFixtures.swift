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
