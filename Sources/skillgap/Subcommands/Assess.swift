import ArgumentParser
import Foundation
import SkillgapLoading

struct Assess: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Take the self-assessment in the terminal (the default command).",
    discussion: """
      Every answer is saved the moment it is made, under $XDG_DATA_HOME/skillgap (by default \
      ~/.local/share/skillgap); quit at any time and the next start offers to resume.
      """)

  @OptionGroup var framework: FrameworkOptions

  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder saved assessments live in (also SKILLGAP_DATA_DIR).", valueName: "dir"),
    completion: .directory)
  var dataDirectory: String?

  func run() throws {
    // Commands run on the main thread; curses is single-threaded and lives there.
    try MainActor.assumeIsolated {
      try Self.launch(content: framework.folder, dataDirectory: dataDirectory)
    }
  }

  /// Opens the assessment on the framework in `content` (or the embedded one).
  /// - Parameters:
  ///   - content: The framework folder, or nil for the embedded framework.
  ///   - dataDirectory: The folder of saved assessments, or nil for the default.
  ///   - environment: The process environment, when the caller has read it already.
  /// - Throws: `ExitCode` 2 without a terminal, 1 when the framework or terminal cannot be used.
  @MainActor
  static func launch(
    content: String?, dataDirectory: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error(
        "skillgap: the assessment needs a terminal; without one, use 'skillgap report' or "
          + "'skillgap plan' (they read the saved assessment, or --ratings FILE).")
      throw ExitCode(2)
    }
    let loaded = try FrameworkOptions.load(folder: content)
    let store = AssessmentStore(
      dataDirectory: dataDirectory, environment: environment, frameworkID: loaded.id)
    try Output.run {
      try AppRunner(framework: loaded, store: store, environment: environment).run()
    }
  }
}
