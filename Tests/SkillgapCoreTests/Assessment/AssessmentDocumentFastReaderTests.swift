import Foundation
import PropertyBased
import Testing

@testable import SkillgapCore

/// The scanner's reading of a saved assessment gives what `JSONDecoder` gives, and leaves to it
/// every document it is not sure of.
@Suite struct AssessmentDocumentFastReaderTests {
  /// 2026-11-22 10:00:00 UTC.
  static let created = Date(timeIntervalSince1970: 1_795_341_600)

  /// Both readings of a document: the scanner's must be taken and agree with JSONDecoder's.
  func expectSameReading(_ data: Data, _ comment: Comment? = nil) throws {
    #expect(AssessmentDocument.FastReader.stored(data) != nil, "the scanner passed it on")
    let fast = try AssessmentDocument.decodeWithVersion(data, allowFast: true)
    let slow = try AssessmentDocument.decodeWithVersion(data, allowFast: false)
    #expect(fast.assessment == slow.assessment, comment)
    #expect(fast.version == slow.version, comment)
  }

  /// Every field the document has: answers of each kind, notes, ticks, progress, a check and
  /// every preference.
  static func everything() -> Assessment {
    var assessment = Assessment(
      frameworkID: "three", frameworkVersion: "1", created: created,
      updated: created.addingTimeInterval(300), target: "journeyman",
      ratings: [
        "arithmetic": Rating(
          answer: .level(2), note: "Café — 日本語 🧮 \"quoted\" \\ / \u{1}",
          ratedAt: created.addingTimeInterval(60)),
        "algebra": Rating(answer: .skipped, ratedAt: created.addingTimeInterval(120)),
        "geometry": Rating(answer: .notApplicable, ratedAt: created.addingTimeInterval(180)),
        "logic": Rating(answer: nil, note: "next month", ratedAt: created),
      ])
    assessment.toggleTick("arithmetic", IndicatorTick(level: 2, index: 1), at: created)
    assessment.toggleTick("estimation", IndicatorTick(level: 1, index: 0), at: created)
    assessment.progress = [
      "arithmetic@2": StepProgress(status: .done, minutes: 570, updated: created),
      "algebra@1": StepProgress(status: .inProgress, minutes: 90, updated: created),
    ]
    assessment.checks["arithmetic"] = KnowledgeCheck(
      level: 2, questions: [3, 1], answers: [0, 2], started: created,
      finished: created.addingTimeInterval(40), askedBefore: [4])
    assessment.checks["algebra"] = KnowledgeCheck(level: 1, questions: [0], started: created)
    var preferences = Assessment.Preferences(
      hoursPerWeek: 8, exportFormats: ["markdown", "ics"], exportPath: "/home/me/plan",
      horizonWeeks: 6, studyDays: [1, 3, 5], sessionStart: "19:30", sessionHours: 1.5,
      dailyHours: 2.25, blockingOnly: true, planStart: "2027-01-04", hideRequirements: false)
    preferences.planSince = "2027-01-11"
    preferences.includeOptional = true
    assessment.preferences = preferences
    return assessment
  }

  @Test func everyFieldReadsTheSameBothWays() throws {
    let data = AssessmentDocument.encode(Self.everything())
    try expectSameReading(data)
    #expect(try AssessmentDocument.decode(data) == Self.everything())
  }

  /// Documents of the earlier schemas, as they were written (hand-written spacing too).
  @Test(
    arguments: [
      """
      {"schemaVersion": 1, "framework": {"id": "three", "version": "1"},
       "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T10:05:00Z",
       "target": null, "preferences": {"hoursPerWeek": 8, "exportPath": null},
       "ratings": {"arithmetic": {"level": 2, "note": "Ledger", "ratedAt": "2026-11-22T10:01:00Z"},
                   "geometry": {"status": "not-applicable", "ratedAt": "2026-11-22T10:02:00Z"}}}
      """,
      """
      {"schemaVersion": 2, "framework": {"id": "three", "version": "1"},
       "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T11:05:00+01:00",
       "ratings": {"arithmetic": {"note": "only a note", "ratedAt": "2026-11-22T10:01:00Z"}},
       "unknownField": [1, 2, {"x": true}]}
      """,
    ])
  func earlierSchemasReadTheSameBothWays(text: String) throws {
    try expectSameReading(Data(text.utf8))
  }

  @Test func randomAssessmentsReadTheSameBothWays() async {
    let answer = Gen.int(in: 0...6)
    let rating = zip(answer, RandomText.text, Gen.int(in: 0...99_999), Gen.int(in: 0...3)).map {
      kind, note, seconds, ticks in (kind, note, seconds, ticks)
    }
    await propertyCheck(count: 120, input: rating.array(of: 0...12)) { ratings in
      var assessment = Assessment(
        frameworkID: "three", frameworkVersion: "1", created: Self.created,
        updated: Self.created, target: nil, ratings: [:])
      for (index, (kind, note, seconds, ticks)) in ratings.enumerated() {
        let answer: Rating.Answer? =
          kind < 4 ? .level(kind) : kind == 4 ? .skipped : kind == 5 ? .notApplicable : nil
        let time = Self.created.addingTimeInterval(Double(seconds))
        assessment.ratings["skill-\(index)"] = Rating(
          answer: answer, note: answer == nil || !note.isEmpty ? note + "." : nil, ratedAt: time)
        for tick in 0..<ticks {
          assessment.toggleTick("skill-\(index)", IndicatorTick(level: 1, index: tick), at: time)
        }
        if seconds % 3 == 0 {
          assessment.progress["skill-\(index)@1"] = StepProgress(
            status: .inProgress, minutes: seconds % 600, updated: time)
        }
      }
      let data = AssessmentDocument.encode(assessment)
      try? expectSameReading(data)
      #expect((try? AssessmentDocument.decode(data)) == assessment)
    }
  }

  /// What the scanner is not sure of goes to JSONDecoder, which names the problem.
  @Test(
    arguments: [
      #""level": 2"#: #""level": "2""#,
      #""level": 2"#: #""level": 2.5"#,
      #""ratedAt": "2026-11-22T10:01:00Z""#: #""ratedAt": "yesterday""#,
      #""schemaVersion": 1"#: #""schemaVersion": 9"#,
      #""schemaVersion": 1"#: #""schemaVersion": "1""#,
      #""version": "1""#: #""version": 1"#,
      #""target": "journeyman","#: #""target": ["journeyman"],"#,
      #"{"level": 2, "note": "Ledger", "#: #"{"level": 2, "note": null, "ticks": {"1": [0.5]}, "#,
    ] as KeyValuePairs<String, String>)
  func anythingUnexpectedIsLeftToJSONDecoder(old: String, new: String) throws {
    let valid = """
      {"schemaVersion": 1, "framework": {"id": "three", "version": "1"},
       "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T10:05:00Z",
       "target": "journeyman",
       "ratings": {"arithmetic": {"level": 2, "note": "Ledger", "ratedAt": "2026-11-22T10:01:00Z"}}}
      """
    #expect(valid.contains(old))
    let data = Data(valid.replacingOccurrences(of: old, with: new).utf8)
    #expect(AssessmentDocument.FastReader.stored(data) == nil)
    #expect(throws: AssessmentDocument.DocumentError.self) {
      try AssessmentDocument.decode(data)
    }
  }
}
