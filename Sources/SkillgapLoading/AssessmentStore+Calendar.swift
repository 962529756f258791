import Foundation
import SkillgapCore

extension AssessmentStore {
  /// The record of the last calendar export, beside the assessment.
  public var calendarFile: URL { folder.appendingPathComponent("\(frameworkID).calendar.json") }

  /// Reads the record of the last calendar export.
  ///
  /// A missing or unreadable record reads as ``CalendarRecord/empty``: the next export is then
  /// written as a first one, whose UIDs still match the events a calendar holds.
  /// - Returns: The record, or an empty one.
  public func loadCalendarRecord() -> CalendarRecord {
    guard let data = FileManager.default.contents(atPath: calendarFile.path),
      let record = try? CalendarRecord.decode(data)
    else { return .empty }
    return record
  }

  /// Saves the record of a calendar export atomically, creating the data folder if needed.
  /// - Throws: ``AtomicFile/WriteError``.
  public func saveCalendarRecord(_ record: CalendarRecord) throws {
    try ensureFolder()
    try AtomicFile.write(record.encoded(), to: calendarFile)
  }
}
