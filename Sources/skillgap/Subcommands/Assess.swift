import ArgumentParser
import Foundation
import SkillgapLoading

struct Assess: AsyncParsableCommand {
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
      "The folder saved assessments live in (also SKILLGAP_DATA_DIR).", valueName: "dir"))
  var dataDirectory: String?

  @MainActor
  func run() async throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error(
        "skillgap: the assessment needs a terminal; without one, use 'skillgap report' or "
          + "'skillgap plan' with a ratings file.")
      throw ExitCode(2)
    }
    let loaded = try framework.load()
    let environment = ProcessInfo.processInfo.environment
    let store = AssessmentStore(
      folder: AssessmentStore.dataFolder(option: dataDirectory, environment: environment),
      frameworkID: loaded.id)
    try Output.run {
      try AppRunner(framework: loaded, store: store, environment: environment).run()
    }
  }
}
