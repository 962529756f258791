import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The saved-assessment JSON document: what it writes, what it reads back, and how it names
/// what is wrong with a document it cannot read.
@Suite struct AssessmentDocumentTests {
  /// 2026-11-22 10:00:00 UTC.
  let created = Date(timeIntervalSince1970: 1_795_341_600)
  /// 2026-11-22 10:05:00 UTC.
  let updated = Date(timeIntervalSince1970: 1_795_341_900)

  /// An assessment with every kind of answer, multi-byte notes, a target and preferences.
  func full() -> Assessment {
    var assessment = Assessment(
      frameworkID: "three", frameworkVersion: "1", created: created, updated: updated,
      target: "journeyman",
      ratings: [
        "arithmetic": Rating(
          answer: .level(2), note: "Café crème, naïve résumé — 日本語の帳簿 🧮📚",
          ratedAt: created.addingTimeInterval(60)),
        "algebra": Rating(answer: .skipped, ratedAt: created.addingTimeInterval(120)),
        "geometry": Rating(
          answer: .notApplicable, note: "不适用 👍", ratedAt: created.addingTimeInterval(180)),
      ])
    assessment.preferences = Assessment.Preferences(
      hoursPerWeek: 8, exportFormats: ["markdown", "ics"], exportPath: "/home/me/skillgap-plan")
    return assessment
  }

  /// A valid document as text, to be edited into invalid ones.
  let valid = """
    {
      "schemaVersion": 1,
      "framework": {"id": "three", "version": "1"},
      "created": "2026-11-22T10:00:00Z",
      "updated": "2026-11-22T10:05:00Z",
      "target": "journeyman",
      "ratings": {
        "arithmetic": {"level": 2, "note": "Ledger", "ratedAt": "2026-11-22T10:01:00Z"},
        "geometry": {"status": "not-applicable", "ratedAt": "2026-11-22T10:02:00Z"}
      }
    }
    """

  func decode(_ text: String) throws -> Assessment {
    try AssessmentDocument.decode(Data(text.utf8))
  }

  /// The error decoding `text` throws, or nil when it decodes.
  func error(decoding text: String) -> AssessmentDocument.DocumentError? {
    do {
      _ = try decode(text)
      return nil
    } catch let error as AssessmentDocument.DocumentError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  /// `valid` with `old` replaced by `new`, checking the text to replace is there.
  func editing(_ old: String, _ new: String) -> String {
    #expect(valid.contains(old), "the fixture has no '\(old)'")
    return valid.replacingOccurrences(of: old, with: new)
  }

  /// A document exactly as schema version 1 wrote it (before note-only ratings), kept so
  /// every later build still reads the files people already have.
  let versionOne = """
    {
      "framework" : {
        "id" : "three",
        "version" : "1"
      },
      "created" : "2026-11-22T10:00:00Z",
      "preferences" : {
        "exportPath" : "/home/me/skillgap-plan",
        "hoursPerWeek" : 8
      },
      "ratings" : {
        "algebra" : {
          "note" : "a note written before answering",
          "ratedAt" : "2026-11-22T10:02:00Z",
          "status" : "skipped"
        },
        "arithmetic" : {
          "level" : 2,
          "note" : "Ledger",
          "ratedAt" : "2026-11-22T10:01:00Z"
        }
      },
      "schemaVersion" : 1,
      "target" : "journeyman",
      "updated" : "2026-11-22T10:05:00Z"
    }

    """

  @Test func aVersionOneDocumentIsStillRead() throws {
    let decoded = try decode(versionOne)
    #expect(decoded.ratings["arithmetic"]?.answer == .level(2))
    #expect(decoded.ratings["algebra"]?.answer == .skipped)
    #expect(decoded.ratings["algebra"]?.note == "a note written before answering")
    #expect(decoded.preferences.hoursPerWeek == 8)
    #expect(decoded.preferences.hideRequirements == nil)
    // Written back, it is the current version with the same answers.
    let rewritten = try AssessmentDocument.decode(AssessmentDocument.encode(decoded))
    #expect(rewritten == decoded)
  }

  @Test func aNoteWithoutAnAnswerRoundTripsAndIsNotReadAsSkipped() throws {
    var assessment = full()
    assessment.setNote("estimation", "a course next month", at: updated)
    assessment.preferences.hideRequirements = false
    let data = AssessmentDocument.encode(assessment)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""schemaVersion" : 3"#))
    #expect(text.contains(#""hideRequirements" : false"#))
    let decoded = try AssessmentDocument.decode(data)
    #expect(decoded == assessment)
    #expect(decoded.ratings["estimation"]?.answer == nil)
    #expect(decoded.ratings["estimation"]?.note == "a course next month")
    #expect(!decoded.isAnswered("estimation"))
    // Version 1 had no such rating: one there is still an error naming the field.
    let noteOnly = #""geometry": {"note": "n", "ratedAt": "2026-11-22T10:02:00Z"}"#
    let old = editing(
      #""geometry": {"status": "not-applicable", "ratedAt": "2026-11-22T10:02:00Z"}"#, noteOnly)
    #expect(error(decoding: old)?.errorDescription?.hasPrefix("field 'ratings.geometry'") == true)
  }

  @Test func anAssessmentRoundTripsWithEveryAnswerKindNotesTargetAndPreferences() throws {
    let original = full()
    let decoded = try AssessmentDocument.decode(AssessmentDocument.encode(original))
    #expect(decoded == original)
    #expect(decoded.ratings["arithmetic"]?.answer == .level(2))
    #expect(decoded.ratings["arithmetic"]?.note == "Café crème, naïve résumé — 日本語の帳簿 🧮📚")
    #expect(decoded.ratings["algebra"]?.answer == .skipped)
    #expect(decoded.ratings["algebra"]?.note == nil)
    #expect(decoded.ratings["geometry"]?.answer == .notApplicable)
    #expect(decoded.ratings["geometry"]?.note == "不适用 👍")
    #expect(decoded.ratings["geometry"]?.ratedAt == created.addingTimeInterval(180))
    #expect(decoded.target == "journeyman")
    #expect(decoded.created == created)
    #expect(decoded.updated == updated)
    #expect(decoded.preferences.hoursPerWeek == 8)
    #expect(decoded.preferences.exportFormats == ["markdown", "ics"])
    #expect(decoded.preferences.exportPath == "/home/me/skillgap-plan")
  }

  @Test func progressOnPlanStepsRoundTripsInHours() throws {
    var original = full()
    original.progress = [
      "arithmetic@2": StepProgress(status: .done, minutes: 570, updated: updated),
      "algebra@1": StepProgress(status: .inProgress, minutes: 90, updated: updated),
      "geometry@1": StepProgress(status: .dropped, updated: updated),
    ]
    let data = AssessmentDocument.encode(original)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""arithmetic@2" : {"#))
    #expect(text.contains(#""hours" : 9.5"#))
    #expect(text.contains(#""status" : "in-progress""#))
    #expect(try AssessmentDocument.decode(data) == original)
    // No progress, no field: files stay as they were.
    #expect(
      !String(decoding: AssessmentDocument.encode(full()), as: UTF8.self).contains("progress"))
  }

  @Test func badProgressIsNamedByItsField() throws {
    let entry =
      #""progress": {"a@1": {"status": "finished", "hours": 1, "updated": "2026-11-22T10:01:00Z"}},"#
    let base = valid.replacingOccurrences(of: #""ratings": {"#, with: entry + #" "ratings": {"#)
    #expect(base.contains("finished"))
    #expect(
      error(decoding: base)
        == .invalid(field: "progress.a@1.status", reason: "must be in-progress, done or dropped"))
    let hours = base.replacingOccurrences(
      of: #""finished", "hours": 1"#, with: #""done", "hours": -1"#)
    #expect(
      error(decoding: hours)
        == .invalid(
          field: "progress.a@1.hours", reason: "must be a number of hours from 0 to 10000"))
  }

  @Test func answersAreWrittenAsALevelOrAStatusWithUTCTimesToTheSecond() throws {
    let data = AssessmentDocument.encode(full())
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 3)
    #expect(object["created"] as? String == "2026-11-22T10:00:00Z")
    #expect(object["updated"] as? String == "2026-11-22T10:05:00Z")
    let ratings = try #require(object["ratings"] as? [String: [String: Any]])
    #expect(ratings["arithmetic"]?["level"] as? Int == 2)
    #expect(ratings["arithmetic"]?["status"] == nil)
    #expect(ratings["arithmetic"]?["ratedAt"] as? String == "2026-11-22T10:01:00Z")
    #expect(ratings["algebra"]?["status"] as? String == "skipped")
    #expect(ratings["algebra"]?["level"] == nil)
    #expect(ratings["geometry"]?["status"] as? String == "not-applicable")
    let framework = try #require(object["framework"] as? [String: String])
    #expect(framework == ["id": "three", "version": "1"])
  }

  @Test func multiByteTextAndSlashesAreWrittenUnescaped() {
    let text = String(decoding: AssessmentDocument.encode(full()), as: UTF8.self)
    #expect(text.contains("日本語の帳簿 🧮📚"))
    #expect(text.contains("Café crème"))
    #expect(text.contains("\"/home/me/skillgap-plan\""))
    #expect(!text.contains("\\u"))
    #expect(!text.contains("\\/"))
  }

  @Test func emptyPreferencesAreLeftOutOfTheDocument() throws {
    var assessment = full()
    assessment.preferences = Assessment.Preferences()
    let data = AssessmentDocument.encode(assessment)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["preferences"] == nil)
    #expect(!String(decoding: data, as: UTF8.self).contains("preferences"))
    #expect(object["ratings"] != nil)
    #expect(try AssessmentDocument.decode(data) == assessment)
  }

  @Test func aDocumentWithoutPreferencesAsOlderVersionsWroteDecodesWithEmptyPreferences() throws {
    #expect(!valid.contains("preferences"))
    let assessment = try decode(valid)
    #expect(assessment.preferences == Assessment.Preferences())
    #expect(assessment.preferences.isEmpty)
    #expect(assessment.frameworkID == "three")
    #expect(assessment.frameworkVersion == "1")
    #expect(assessment.target == "journeyman")
    #expect(assessment.created == created)
    #expect(assessment.updated == updated)
    #expect(
      assessment.ratings == [
        "arithmetic": Rating(
          answer: .level(2), note: "Ledger", ratedAt: created.addingTimeInterval(60)),
        "geometry": Rating(answer: .notApplicable, ratedAt: created.addingTimeInterval(120)),
      ])
  }

  @Test func somePreferencesSetAndOthersLeftOutRoundTrip() throws {
    var assessment = full()
    assessment.preferences = Assessment.Preferences(hoursPerWeek: 3)
    let data = AssessmentDocument.encode(assessment)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let preferences = try #require(object["preferences"] as? [String: Any])
    #expect(preferences["hoursPerWeek"] as? Int == 3)
    #expect(preferences["exportFormats"] == nil)
    #expect(try AssessmentDocument.decode(data).preferences == assessment.preferences)
  }

  @Test func theEncodingIsStableWithSortedKeysAndTheSameBytesEveryTime() throws {
    let first = AssessmentDocument.encode(full())
    let second = AssessmentDocument.encode(full())
    #expect(first == second)
    var reordered = full()
    let ratings = reordered.ratings
    reordered.ratings = [:]
    for id in ratings.keys.sorted().reversed() { reordered.ratings[id] = ratings[id] }
    #expect(AssessmentDocument.encode(reordered) == first)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.hasSuffix("}\n"))
    let keys = [
      "\"created\"", "\"framework\"", "\"preferences\"", "\"ratings\"", "\"schemaVersion\"",
      "\"target\"", "\"updated\"",
    ]
    let offsets = try keys.map { key in
      try #require(text.range(of: key)?.lowerBound, "no \(key)")
    }
    #expect(offsets == offsets.sorted())
    let skills = try ["\"algebra\"", "\"arithmetic\"", "\"geometry\""].map { key in
      try #require(text.range(of: key)?.lowerBound, "no \(key)")
    }
    #expect(skills == skills.sorted())
  }

  @Test func textThatIsNotJSONIsReportedAsNotValidJSON() {
    #expect(error(decoding: "{not json") == .notJSON(reason: "not valid JSON"))
    #expect(
      error(decoding: "{not json")?.errorDescription
        == "it is not a skillgap assessment (not valid JSON)")
    #expect(error(decoding: "not json at all") == .notJSON(reason: "not valid JSON"))
    #expect(error(decoding: "") == .notJSON(reason: "not valid JSON"))
    #expect(error(decoding: #"{"schemaVersion": 1, "framew"#) == .notJSON(reason: "not valid JSON"))
  }

  @Test func validJSONThatIsNotAnObjectIsReportedAsNotAJSONObject() {
    #expect(error(decoding: "[1]") == .notJSON(reason: "not a JSON object"))
    #expect(
      error(decoding: "[1]")?.errorDescription
        == "it is not a skillgap assessment (not a JSON object)")
    #expect(error(decoding: #""text""#) == .notJSON(reason: "not a JSON object"))
    #expect(error(decoding: "null") == .notJSON(reason: "not a JSON object"))
  }

  @Test func aNewerSchemaVersionIsReportedAsUnsupported() {
    let newer = editing(#""schemaVersion": 1"#, #""schemaVersion": 4"#)
    #expect(error(decoding: newer) == .unsupportedSchema(version: 4))
    #expect(
      error(decoding: newer)?.errorDescription
        == "it has schemaVersion 4, which this skillgap cannot read; update skillgap")
    #expect(throws: AssessmentDocument.DocumentError.unsupportedSchema(version: 4)) {
      try decode(newer)
    }
  }

  @Test func aMissingSchemaVersionIsNamed() {
    let missing = editing(#""schemaVersion": 1,"#, "")
    #expect(error(decoding: missing) == .invalid(field: "schemaVersion", reason: "is missing"))
    #expect(error(decoding: "{}") == .invalid(field: "schemaVersion", reason: "is missing"))
  }

  @Test func aMissingFieldIsNamedByItsPath() {
    #expect(
      error(decoding: editing(#""created": "2026-11-22T10:00:00Z","#, ""))
        == .invalid(field: "created", reason: "is missing"))
    #expect(
      error(decoding: editing(#", "version": "1""#, ""))
        == .invalid(field: "framework.version", reason: "is missing"))
    #expect(
      error(decoding: editing(#", "ratedAt": "2026-11-22T10:01:00Z""#, ""))
        == .invalid(field: "ratings.arithmetic.ratedAt", reason: "is missing"))
    let noFramework = error(
      decoding: editing(#""framework": {"id": "three", "version": "1"},"#, ""))
    #expect(noFramework == .invalid(field: "framework", reason: "is missing"))
    #expect(noFramework?.errorDescription == "field 'framework' is missing")
  }

  @Test func aFieldOfTheWrongTypeIsNamed() {
    #expect(
      error(decoding: editing(#""level": 2"#, #""level": "two""#))
        == .invalid(field: "ratings.arithmetic.level", reason: "has the wrong type"))
  }

  @Test func aMalformedDateIsReportedAsMalformed() throws {
    let found = try #require(error(decoding: editing("10:05:00Z", "five past ten")))
    guard case .invalid(let field, let reason) = found else {
      Issue.record("expected .invalid, got \(found)")
      return
    }
    #expect(reason.hasPrefix("is malformed ("))
    #expect(reason.contains("ISO 8601"))
    #expect(field == "updated")
  }

  @Test func aSchemaVersionOfTheWrongTypeIsNamed() {
    #expect(
      error(decoding: editing(#""schemaVersion": 1"#, #""schemaVersion": "1""#))
        == .invalid(field: "schemaVersion", reason: "has the wrong type"))
  }

  @Test func aRatingWithNeitherLevelNorStatusIsNamedByItsSkill() {
    let reason = "needs either 'level' or 'status' (skipped or not-applicable)"
    #expect(
      error(decoding: editing(#""level": 2, "#, ""))
        == .invalid(field: "ratings.arithmetic", reason: reason))
    #expect(
      error(decoding: editing(#""status": "not-applicable""#, #""status": "later""#))
        == .invalid(field: "ratings.geometry", reason: reason))
    #expect(
      error(decoding: editing(#""level": 2,"#, #""level": 2, "status": "skipped","#))
        == .invalid(field: "ratings.arithmetic", reason: reason))
  }

  @Test func ticksAndKnowledgeChecksRoundTripInVersionThree() throws {
    var assessment = full()
    assessment.toggleTick("arithmetic", IndicatorTick(level: 2, index: 1), at: updated)
    assessment.toggleTick("arithmetic", IndicatorTick(level: 1, index: 0), at: updated)
    // Ticks alone, on a skill not answered yet.
    assessment.toggleTick("estimation", IndicatorTick(level: 1, index: 2), at: updated)
    assessment.checks["arithmetic"] = KnowledgeCheck(
      level: 2, questions: [3, 1], answers: [0], started: created, askedBefore: [4])
    let data = AssessmentDocument.encode(assessment)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""schemaVersion" : 3"#))
    #expect(text.contains(#""ticks" : {"#))
    #expect(text.contains(#""askedBefore" : ["#))
    let decoded = try AssessmentDocument.decode(data)
    #expect(decoded == assessment)
    #expect(decoded.ratings["estimation"]?.answer == nil)
    #expect(
      decoded.ticks(of: "arithmetic") == [.init(level: 2, index: 1), .init(level: 1, index: 0)])
    #expect(decoded.checks["arithmetic"]?.isFinished == false)
  }

  @Test func badTicksAndChecksAreNamedByTheirField() {
    let ticks = editing(
      #""schemaVersion": 1"#, #""schemaVersion": 3"#
    ).replacingOccurrences(
      of: #""note": "Ledger","#, with: #""note": "Ledger", "ticks": {"two": [0]},"#)
    #expect(
      error(decoding: ticks)
        == .invalid(
          field: "ratings.arithmetic.ticks.two",
          reason: "must be a level number holding indicator indices from 0"))
    let checks = editing(#""schemaVersion": 1"#, #""schemaVersion": 3"#)
      .replacingOccurrences(
        of: #""target": "journeyman","#,
        with: #""target": "journeyman", "checks": {"arithmetic": {"level": 2, "#
          + #""questions": [1], "answers": [0, 1], "started": "2026-11-22T10:00:00Z", "#
          + #""askedBefore": []}},"#)
    #expect(
      error(decoding: checks)
        == .invalid(
          field: "checks.arithmetic",
          reason: "needs at most one answer per question, and indices from 0"))
  }
}
