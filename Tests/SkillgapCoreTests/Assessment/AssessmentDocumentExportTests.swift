import Foundation
import SkillgapCore
import Testing

/// A results export read as an assessment is recognised as an export (issue 14, item 20).
@Suite struct AssessmentDocumentExportTests {
  @Test func anExportIsRecognisedInsteadOfReportingAMissingField() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Snapshots/golden-plan.json")
    let export = try Data(contentsOf: url)
    #expect(throws: AssessmentDocument.DocumentError.exportDocument) {
      try AssessmentDocument.decode(export)
    }
    #expect(
      AssessmentDocument.DocumentError.exportDocument.localizedDescription
        == "this is a skillgap export, not ratings; use the saved assessment or a CSV")
  }

  @Test func anAssessmentWithExtraFieldsIsStillAnAssessment() throws {
    let text = #"""
      {"schemaVersion": 1, "framework": {"id": "f", "version": "1"},
       "created": "2026-01-02T09:30:00Z", "updated": "2026-01-02T09:30:00Z",
       "ranking": {}, "assessedAt": "x", "ratings": {}}
      """#
    #expect(try AssessmentDocument.decode(Data(text.utf8)).frameworkID == "f")
  }
}
