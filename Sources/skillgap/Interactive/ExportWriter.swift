import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapUI

/// Writes the plan in the chosen formats, each file atomically, through the same renderers as
/// `skillgap plan`, so files from the app and the command line are identical.
struct ExportWriter {
  let framework: Framework

  func write(_ request: ExportRequest) -> ExportOutcome {
    let results: Results
    do {
      let options = PlanOptions(hoursPerWeek: Double(request.hoursPerWeek), start: request.start)
      results = try Results.make(
        framework: framework, assessment: request.assessment, target: request.target,
        plan: options)
    } catch {
      return ExportOutcome(written: [], error: error.localizedDescription)
    }
    var written: [String] = []
    for format in request.formats {
      let path = absolute(request.file(for: format))
      guard let text = format.render(results) else { continue }
      do {
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        written.append(path)
      } catch {
        return ExportOutcome(written: written, error: error.localizedDescription)
      }
    }
    return ExportOutcome(written: written)
  }

  /// The path made absolute against the working folder, with `~` expanded.
  private func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent(expanded).standardizedFileURL.path
  }
}
