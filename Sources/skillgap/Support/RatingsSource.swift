import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

/// Where `report` and `plan` read the ratings from: `--ratings FILE`, else the assessment the
/// app saved for the framework in use.
struct RatingsSource: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Your ratings: a saved assessment or a CSV (default: the assessment saved by the app).",
      valueName: "file"),
    completion: .file())
  var ratings: String?

  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder the app saves assessments in, read without --ratings (also SKILLGAP_DATA_DIR).",
      valueName: "dir"),
    completion: .directory)
  var dataDirectory: String?

  /// Where the saved assessment is looked for, for the commands' discussions.
  static let discussion = """
    Without --ratings, the assessment saved by the app (skillgap) for the framework in use is \
    read: <data folder>/<framework id>.json, where the data folder is --data-dir, else \
    SKILLGAP_DATA_DIR, else $XDG_DATA_HOME/skillgap, else ~/.local/share/skillgap; for the \
    default framework that is ~/.local/share/skillgap/ml-engineer.json.
    """

  /// Reads the ratings: the `--ratings` file, or the saved assessment of `framework`.
  /// - Parameter framework: The framework in use.
  /// - Returns: The assessment, fitted to the framework.
  /// - Throws: ``CommandError/noSavedAssessment(path:)`` without `--ratings` when the app has
  ///   saved nothing for the framework, and what ``RatingsFile/load(_:framework:)`` throws.
  func load(framework: Framework) throws -> Assessment {
    if let ratings { return try RatingsFile.load(ratings, framework: framework) }
    let store = AssessmentStore(
      dataDirectory: dataDirectory, environment: ProcessInfo.processInfo.environment,
      frameworkID: framework.id)
    guard FileManager.default.fileExists(atPath: store.file.path) else {
      throw CommandError.noSavedAssessment(path: store.file.path)
    }
    return try RatingsFile.load(store.file.path, framework: framework)
  }

  /// The store of the saved assessment of `framework`, or nil with `--ratings`.
  func savedStore(framework: Framework) -> AssessmentStore? {
    guard ratings == nil else { return nil }
    return AssessmentStore(
      dataDirectory: dataDirectory, environment: ProcessInfo.processInfo.environment,
      frameworkID: framework.id)
  }

  /// The dated snapshots the app kept of the saved assessment, oldest first: none with
  /// `--ratings` (a file has no history) or when none can be read.
  func history(framework: Framework) -> [Snapshot] {
    guard let store = savedStore(framework: framework) else { return [] }
    return (try? store.snapshots().map(\.snapshot)) ?? []
  }

  /// Reads the ratings like ``load(framework:)``, or nil without `--ratings` when the app has
  /// saved nothing for the framework.
  func loadIfAny(framework: Framework) throws -> Assessment? {
    do {
      return try load(framework: framework)
    } catch CommandError.noSavedAssessment {
      return nil
    }
  }
}
