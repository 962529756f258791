import ArgumentParser
import Foundation

struct Assess: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Take the self-assessment in the terminal (the default command).")

  @OptionGroup var framework: FrameworkOptions

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error(
        "skillgap: the assessment needs a terminal; without one, use 'skillgap report' or "
          + "'skillgap plan' with a ratings file.")
      throw ExitCode(2)
    }
    _ = try framework.load()
    Output.error("skillgap: the interactive assessment is not built yet; see 'skillgap --help'.")
    throw ExitCode(2)
  }
}
