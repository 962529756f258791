import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The JSON Schemas shipped in `Schemas/` describe every document skillgap writes (issue 14,
/// item 20).
@Suite struct JSONSchemaTests {
  static let schemas = TestPaths.packageRoot.appendingPathComponent("Schemas")
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")

  func validator(_ name: String) throws -> SchemaValidator {
    let data = try Data(contentsOf: Self.schemas.appendingPathComponent(name))
    return SchemaValidator(root: try JSONValue.parse(data))
  }

  func export() throws -> SchemaValidator { try validator("skillgap-export.schema.json") }
  func assessment() throws -> SchemaValidator { try validator("skillgap-assessment.schema.json") }

  /// Every golden JSON file of the test targets.
  func goldenJSONFiles() throws -> [URL] {
    let tests = TestPaths.packageRoot.appendingPathComponent("Tests")
    let enumerator = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)
    var found: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "json" && url.path.contains("/Snapshots/golden") { found.append(url) }
    }
    return found.sorted { $0.path < $1.path }
  }

  @Test func bothSchemasAreDraft2020_12AndUseOnlyWhatTheValidatorChecks() throws {
    for validator in [try export(), try assessment()] {
      guard case .object(let top) = validator.root else {
        Issue.record("a schema is not an object")
        continue
      }
      #expect(top["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    }
  }

  @Test func everyGoldenJSONFileIsAValidExport() throws {
    let files = try goldenJSONFiles()
    #expect(!files.isEmpty)
    let schema = try export()
    for file in files {
      let problems = schema.problems(try JSONValue.parse(try Data(contentsOf: file)))
      #expect(problems == [], "\(file.lastPathComponent)")
    }
  }

  @Test func everyKindOfResultsEncodesToAValidExport() throws {
    let eight = FixtureFrameworks.eightLevel()
    let short = try Results.make(
      framework: eight, assessment: FixtureFrameworks.assessment(eight, ["noise": .level(5)]),
      target: "lead",
      plan: PlanOptions(
        hoursPerWeek: 0.5, start: FixtureFrameworks.monday, horizonWeeks: 3, blockingOnly: true))
    #expect(short.plan?.advice.isEmpty == false)
    let schema = try export()
    for results in [
      try ExportFixtures.golden(), try ExportFixtures.goldenReport(), try ExportFixtures.hostile(),
      try ExportFixtures.practice(), short,
    ] {
      #expect(schema.problems(try JSONValue.parse(ResultsDocument.encode(results))) == [])
    }
  }

  @Test func theSavedAssessmentFixtureAndWhatTheAppSavesAreValid() throws {
    let schema = try assessment()
    let fixture = try Data(
      contentsOf: Self.snapshots.appendingPathComponent("saved-assessment.json"))
    #expect(schema.problems(try JSONValue.parse(fixture)) == [])
    // The fixture is a document this build reads.
    #expect(try AssessmentDocument.decode(fixture).ratings.count == 3)
    let framework = FixtureFrameworks.threeLevel()
    var saved = FixtureFrameworks.assessment(
      framework, ["arithmetic": .level(1), "algebra": .skipped, "geometry": .notApplicable],
      notes: ["arithmetic": "Kept the books"], target: "journeyman")
    saved.preferences = Assessment.Preferences(
      hoursPerWeek: 6, exportFormats: ["csv"], exportPath: "plan")
    saved.progress = [
      "arithmetic@2": StepProgress(
        status: .inProgress, minutes: 90, updated: FixtureFrameworks.time)
    ]
    #expect(schema.problems(try JSONValue.parse(AssessmentDocument.encode(saved))) == [])
  }

  @Test func theSchemasTellTheTwoDocumentsApart() throws {
    let golden = try JSONValue.parse(
      try Data(contentsOf: Self.snapshots.appendingPathComponent("golden-plan.json")))
    #expect(try assessment().problems(golden).contains("$: 'ratings' is missing"))
    let saved = try JSONValue.parse(
      try Data(contentsOf: Self.snapshots.appendingPathComponent("saved-assessment.json")))
    #expect(try export().problems(saved).contains("$: 'ranking' is missing"))
    let wrong = JSONValue.object([
      "level": .number(2.5), "status": .string("skipped"), "ratedAt": .string("now"),
    ])
    let ratings = JSONValue.object(["x": wrong])
    guard case .object(var document) = saved else { return }
    document["ratings"] = ratings
    #expect(try assessment().problems(.object(document)).count >= 3)
  }
}

/// The fields of issue 12 (ticks, knowledge checks, warnings, calibration) against both schemas.
@Suite struct CalibrationSchemaTests {
  @Test func ticksChecksWarningsAndCalibrationAreValid() throws {
    let framework = CalibrationFixtures.framework()
    var assessment = FixtureFrameworks.assessment(
      framework, ["arithmetic": .level(0), "algebra": .level(2), "calculus": .notApplicable],
      target: "journeyman")
    assessment.toggleTick("algebra", IndicatorTick(level: 1, index: 0), at: FixtureFrameworks.time)
    assessment.toggleTick("drawing", IndicatorTick(level: 1, index: 1), at: FixtureFrameworks.time)
    assessment.checks["algebra"] = KnowledgeCheck(
      level: 2, questions: [2, 3, 4], answers: [2, 0, 1], started: FixtureFrameworks.time,
      finished: FixtureFrameworks.time, askedBefore: [0])
    let saved = try JSONValue.parse(AssessmentDocument.encode(assessment))
    #expect(try JSONSchemaTests().assessment().problems(saved) == [])
    let results = try Results.make(
      framework: framework, assessment: assessment, target: "journeyman", plan: nil)
    #expect(
      results.warnings.map(\.kind) == [.abovePrerequisites, .aboveTicks, .notApplicableEssential])
    #expect(results.calibration?.entries.map(\.status) == ["supported"])
    let export = try JSONValue.parse(ResultsDocument.encode(results))
    #expect(try JSONSchemaTests().export().problems(export) == [])
    #expect(try ResultsDocument.decode(ResultsDocument.encode(results)) == results)
  }
}
