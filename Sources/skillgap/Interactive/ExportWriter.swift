import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapUI

/// Writes the plan in the chosen formats, each file atomically, through the same renderers as
/// `skillgap plan`, so files from the app and the command line are identical.
///
/// The calendar is written as an update of the last one exported, whose record is kept beside
/// the assessment (see ``AssessmentStore/calendarFile``), so re-importing it updates the events a
/// calendar holds.
struct ExportWriter {
  let framework: Framework
  /// Where the calendar's record is kept; nil when the data folder cannot be used.
  var store: AssessmentStore?

  func write(_ request: ExportRequest) -> ExportOutcome {
    var request = request
    var isFolder: ObjCBool = false
    let base = Self.absolute(request.path)
    if FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue {
      // A path naming a folder writes the files inside it, under the default name.
      request.path = base + "/" + ExportChoices.defaultName
    }
    let results: Results
    do {
      let options = request.assessment.preferences.planOptions(start: request.start)
      results = try Results.make(
        framework: framework, assessment: request.assessment, target: request.target,
        plan: options, history: request.history)
    } catch {
      return ExportOutcome(written: [], error: error.localizedDescription)
    }
    let files = request.formats.map { (format: $0, path: Self.absolute(request.file(for: $0))) }
    let manager = FileManager.default
    let folders = Set(files.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path })
    let missing = folders.sorted().filter { !manager.fileExists(atPath: $0) }
    if let folder = missing.first, !request.createFolder {
      return ExportOutcome(written: [], question: .createFolder(folder))
    }
    let existing = files.map(\.path).filter { manager.fileExists(atPath: $0) }
    if !existing.isEmpty && !request.replaceExisting {
      return ExportOutcome(written: [], question: .replace(existing))
    }
    for folder in missing {
      do {
        try AtomicFile.createFolder(URL(fileURLWithPath: folder))
      } catch {
        return ExportOutcome(written: [], error: error.localizedDescription)
      }
    }
    var written: [String] = []
    for (format, path) in files {
      var record: CalendarRecord?
      var rendered = format.render(results)
      if format == .ics, let store, let plan = results.plan {
        let update = ICSExport.update(
          plan, framework: results.framework, stamp: results.assessedAt,
          previous: store.loadCalendarRecord())
        rendered = update.calendar
        record = update.record
      }
      guard let text = rendered else { continue }
      do {
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        written.append(path)
        // Saved only once the calendar is written: a record ahead of the file would skip updates.
        if let record, let store { try store.saveCalendarRecord(record) }
      } catch {
        return ExportOutcome(written: written, error: error.localizedDescription)
      }
    }
    return ExportOutcome(written: written)
  }

  /// The path made absolute against the working folder, with `~` expanded and `.` and `..`
  /// resolved.
  /// - Parameters:
  ///   - path: The path as typed on the export screen.
  ///   - folder: The folder a relative path is taken from: the working folder.
  /// - Returns: The absolute, normalised path.
  static func absolute(
    _ path: String, from folder: String = FileManager.default.currentDirectoryPath
  ) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    // Normalised either way, so the paths the app reports read as typed without `..`.
    if expanded.hasPrefix("/") { return OutputFile.normalized(expanded) }
    return OutputFile.normalized(folder + "/" + expanded)
  }
}
