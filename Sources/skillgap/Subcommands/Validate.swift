import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a framework folder and list every problem in it.",
    discussion: """
      Prints each problem on its own line as file:line:column: error: message, errors first, \
      then warnings, and exits 1 when there is any error. On success it prints a one-line \
      summary. Without DIR it checks the framework in use (--content, SKILLGAP_CONTENT, or the \
      embedded default).
      """)

  @Argument(
    help: ArgumentHelp("The framework folder to check.", valueName: "dir"),
    completion: .directory)
  var directory: String?

  @OptionGroup var framework: FrameworkOptions

  func run() throws {
    guard let folder = directory ?? framework.folder else {
      let embedded = Embedded.framework()
      try Output.print("The embedded framework is valid: \(Self.summary(of: embedded)).")
      return
    }
    let result = try Output.run { try FrameworkFolder.load(URL(fileURLWithPath: folder)) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for problem in result.diagnostics.sortedForDisplay() {
      try Output.print(prefix + problem.description)
    }
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    let warnings = result.diagnostics.count - errors
    guard let loaded = result.framework else {
      Output.error(
        "\(folder): \(errors) \(errors == 1 ? "error" : "errors"), "
          + "\(warnings) \(warnings == 1 ? "warning" : "warnings").")
      throw ExitCode(1)
    }
    let warned = warnings == 0 ? "" : " with \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    try Output.print("\(folder) is valid\(warned): \(Self.summary(of: loaded)).")
  }

  static func summary(of framework: Framework) -> String {
    let levels = framework.scale.levels
    let scale =
      "\(levels.count)-level scale (\(levels.first?.name ?? "") → \(levels.last?.name ?? ""))"
    let optional = framework.skills.filter(framework.isOptional).count
    let skills =
      "\(framework.skills.count) skills" + (optional > 0 ? " (\(optional) optional)" : "")
    return "\(framework.id) \(framework.version), \(skills) in "
      + "\(framework.categories.count) categories, \(framework.roles.count) roles, \(scale)"
  }
}
