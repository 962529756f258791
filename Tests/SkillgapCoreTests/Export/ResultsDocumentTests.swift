import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct ResultsDocumentTests {
  func text(_ results: Results) -> String {
    String(decoding: ResultsDocument.encode(results), as: UTF8.self)
  }

  @Test func theGoldenPlanGivesTheGoldenDocument() throws {
    expectGolden(text(try ExportFixtures.golden()), named: "golden-plan", fileExtension: "json")
  }

  @Test func thePracticePlanGivesItsGoldenDocumentWithLaterAndPractice() throws {
    let document = text(try ExportFixtures.practice())
    expectGolden(document, named: "golden-plan-practice", fileExtension: "json")
    #expect(document.contains("\"kind\" : \"practice\""))
    #expect(document.contains("\"sharedMilestone\" : \"read@1\""))
  }

  @Test func everyDocumentRoundTripsThroughTheDecoder() throws {
    let eight = FixtureFrameworks.eightLevel()
    let short = try Results.make(
      framework: eight, assessment: FixtureFrameworks.assessment(eight, ["noise": .level(5)]),
      target: "lead",
      plan: PlanOptions(
        hoursPerWeek: 2.5, start: FixtureFrameworks.monday, horizonWeeks: 3, blockingOnly: true))
    #expect(short.plan?.later.isEmpty == false)
    #expect(short.plan?.leftOut.isEmpty == false)
    for results in [
      try ExportFixtures.golden(), try ExportFixtures.goldenReport(), try ExportFixtures.hostile(),
      try ExportFixtures.practice(), short,
    ] {
      let data = ResultsDocument.encode(results)
      #expect(try ResultsDocument.decode(data) == results)
      // Encoding the decoded value gives the same bytes.
      #expect(ResultsDocument.encode(try ResultsDocument.decode(data)) == data)
    }
  }

  @Test func theDocumentHasASchemaVersionAndStableKeys() throws {
    let data = ResultsDocument.encode(try ExportFixtures.golden())
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    #expect(
      Set(object.keys) == [
        "schemaVersion", "framework", "assessedAt", "report", "ranking", "plan", "role",
      ])
    #expect(object["assessedAt"] as? String == "2026-01-02T09:30:00Z")
    let report = try #require(object["report"] as? [String: Any])
    #expect(report["readinessPercent"] as? Int == 25)
    #expect(report["gapIDs"] as? [String] == ["arithmetic", "algebra", "calculus", "estimation"])
  }

  @Test func aReportWithoutAPlanLeavesThePlanOut() throws {
    let text = text(try ExportFixtures.goldenReport())
    #expect(!text.contains("\"plan\""))
  }

  @Test func badDocumentsSayWhatIsWrong() throws {
    #expect(throws: ResultsDocument.DocumentError.notJSON(reason: "not valid JSON")) {
      try ResultsDocument.decode(Data("{not json".utf8))
    }
    #expect(
      ResultsDocument.DocumentError.notJSON(reason: "not valid JSON").errorDescription
        == "It is not a skillgap results document (not valid JSON).")
    #expect(throws: ResultsDocument.DocumentError.notJSON(reason: "not a JSON object")) {
      try ResultsDocument.decode(Data("[1]".utf8))
    }
    #expect(
      throws: ResultsDocument.DocumentError.invalid(
        field: "schemaVersion", reason: "has the wrong type")
    ) {
      try ResultsDocument.decode(Data(#"{"schemaVersion": "1"}"#.utf8))
    }
    #expect(throws: ResultsDocument.DocumentError.unsupportedSchema(version: 9)) {
      try ResultsDocument.decode(Data("{\"schemaVersion\": 9}".utf8))
    }
    #expect(
      throws: ResultsDocument.DocumentError.invalid(field: "schemaVersion", reason: "is missing")
    ) {
      try ResultsDocument.decode(Data("{}".utf8))
    }
    var object = try #require(
      try JSONSerialization.jsonObject(with: ResultsDocument.encode(try ExportFixtures.golden()))
        as? [String: Any])
    var plan = try #require(object["plan"] as? [String: Any])
    var options = try #require(plan["options"] as? [String: Any])
    options["start"] = "5 January"
    plan["options"] = options
    object["plan"] = plan
    let broken = try JSONSerialization.data(withJSONObject: object)
    #expect(
      throws: ResultsDocument.DocumentError.invalid(
        field: "plan.options.start", reason: "is malformed")
    ) {
      try ResultsDocument.decode(broken)
    }
  }
}
