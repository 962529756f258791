import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

/// Chooses the framework a command works on: `--content`, then `SKILLGAP_CONTENT`, then the one
/// embedded in the binary.
struct FrameworkOptions: ParsableArguments {
  @Option(
    name: .customLong("content"),
    help: ArgumentHelp(
      "A framework folder to use instead of the embedded default.",
      discussion: "The folder holds framework.yaml, categories/ and roles/. "
        + "Overrides SKILLGAP_CONTENT.",
      valueName: "dir"),
    completion: .directory)
  var content: String?

  /// The folder named by the option or the environment, if any.
  var folder: String? {
    if let content, !content.isEmpty { return content }
    if let value = ProcessInfo.processInfo.environment["SKILLGAP_CONTENT"], !value.isEmpty {
      return value
    }
    return nil
  }

  /// Loads the framework in use; prints its problems and exits when it has errors.
  func load() throws -> Framework {
    try Self.load(folder: folder)
  }

  /// Loads the framework in `folder`, or the embedded one when `folder` is nil.
  static func load(folder: String?) throws -> Framework {
    guard let folder else { return Embedded.framework() }
    let result = try Output.run { try FrameworkFolder.load(URL(fileURLWithPath: folder)) }
    let problems = result.diagnostics.sortedForDisplay()
    for problem in problems { Output.error("\(folder)/\(problem)") }
    if let framework = result.framework { return framework }
    Output.error(
      "skillgap: the framework in \(folder) has errors; run 'skillgap validate \(folder)'.")
    throw ExitCode(1)
  }
}

/// The framework compiled into the binary from `Content/`.
enum Embedded {
  static func framework() -> Framework {
    EmbeddedFramework.make()
  }
}
