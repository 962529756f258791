import Foundation
import SkillgapCore

extension AppState {
  /// Rows of the export screen: the formats, the path, the button.
  static let exportPathRow = ExportChoices.Format.allCases.count
  static let exportButtonRow = exportPathRow + 1

  mutating func handleExportKey(_ key: Key, now: Date) -> [Effect] {
    if export.editingPath {
      switch key {
      case .escape:
        export.path = export.pathBeforeEditing ?? export.path
        export.pathBeforeEditing = nil
        status = .init("Path unchanged.", tone: .warning)
      case .enter:
        export.pathBeforeEditing = nil
        export.path = LineEditor(
          ExportChoices.filesPath(export.path.text, folder: export.folder))
        return rememberExportChoices()
      default:
        if export.path.handle(key) { export.outcome = nil }
      }
      return []
    }
    let rows = Self.exportButtonRow + 1
    switch key {
    case .up, .character("k"), .backTab: export.focus = max(0, export.focus - 1)
    case .down, .character("j"), .tab: export.focus = min(rows - 1, export.focus + 1)
    case .character(" ") where export.focus < Self.exportPathRow:
      toggleFormat(ExportChoices.Format.allCases[export.focus])
      return rememberExportChoices()
    case .enter:
      if export.focus < Self.exportPathRow {
        toggleFormat(ExportChoices.Format.allCases[export.focus])
        return rememberExportChoices()
      } else if export.focus == Self.exportPathRow {
        export.pathBeforeEditing = export.path
      } else {
        return exportNow()
      }
    case .character("w"):
      return exportNow()
    default:
      _ = handleNavigationKey(key)
    }
    return []
  }

  mutating func toggleFormat(_ format: ExportChoices.Format) {
    var chosen = Set(export.formats)
    if chosen.contains(format) { chosen.remove(format) } else { chosen.insert(format) }
    export.formats = ExportChoices.Format.allCases.filter { chosen.contains($0) }
    export.outcome = nil
  }

  /// Keeps the formats and path with the assessment, so the next export starts from them.
  mutating func rememberExportChoices() -> [Effect] {
    var preferences = assessment.preferences
    preferences.exportFormats = export.formats.map(\.rawValue)
    preferences.exportPath = export.path.text.trimmingCharacters(in: .whitespaces)
    guard preferences != assessment.preferences else { return [] }
    assessment.preferences = preferences
    return [.save(assessment)]
  }

  /// Shows what an export did, or the question it stopped to ask.
  mutating func finishExport(_ outcome: ExportOutcome) {
    export.outcome = outcome
    let count = outcome.written.count
    switch (outcome.question, outcome.error) {
    case (.createFolder?, _):
      status = .init("The folder does not exist: w creates it.", tone: .warning)
    case (.replace(let files)?, _):
      let these = files.count == 1 ? "A file exists" : "\(files.count) files exist"
      status = .init("\(these): w replaces, or change the path.", tone: .warning)
    case (nil, let error?):
      status = .init("Export failed: \(error)", tone: .bad)
    case (nil, nil):
      status = .init("Wrote \(count) file\(count == 1 ? "" : "s").")
    }
  }

  /// The export effect, or a status saying what is missing. Pressed again after the export
  /// asked to create the folder or replace files, it allows that and writes.
  mutating func exportNow() -> [Effect] {
    guard let target = assessment.target else {
      status = .init("Choose a target role first (press t).", tone: .warning)
      return []
    }
    guard !export.formats.isEmpty else {
      status = .init("Choose at least one format (Space).", tone: .warning)
      return []
    }
    let path = export.path.text.trimmingCharacters(in: .whitespaces)
    var request = ExportRequest(
      assessment: assessment, target: target, start: planStart,
      formats: export.formats, path: path)
    request.history = snapshots
    switch export.pendingQuestion {
    case .createFolder?: request.createFolder = true
    case .replace?: request.replaceExisting = true
    case nil: break
    }
    export.outcome = nil
    status = .init("Writing \(export.formats.count) file\(export.formats.count == 1 ? "" : "s")…")
    return [.export(request)]
  }
}
