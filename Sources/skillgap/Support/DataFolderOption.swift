import ArgumentParser
import Foundation
import SkillgapLoading

/// `--data-dir`, for the commands that read and write the app's data folder (progress, done,
/// history, diff), and the store it names.
struct DataFolderOption: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder the app saves assessments in (also SKILLGAP_DATA_DIR).", valueName: "dir"),
    completion: .directory)
  var dataDirectory: String?

  /// The store of a framework's assessment in that folder.
  func store(frameworkID: String) -> AssessmentStore {
    AssessmentStore(
      dataDirectory: dataDirectory, environment: ProcessInfo.processInfo.environment,
      frameworkID: frameworkID)
  }
}
