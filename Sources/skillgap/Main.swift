import ArgumentParser
import Foundation
import SkillgapCore

/// The entry point. With no arguments, the interactive assessment starts directly: building the
/// command tree costs milliseconds of start-up that a person waiting for the first frame notices.
///
/// It stays synchronous on purpose: an async entry point hands the main thread to Dispatch,
/// whose worker threads block signals, and the app would no longer see SIGWINCH or SIGTERM.
@main
enum Main {
  @MainActor
  static func main() {
    Console.reserveStandardDescriptors()
    guard CommandLine.arguments.count == 1 else {
      rejectUnknownCommand(CommandLine.arguments[1])
      // argument-parser's own main() writes help through FileHandle and print; this one
      // writes everything through Console, which checks each write.
      do {
        var command = try Skillgap.parseAsRoot()
        try command.run()
      } catch {
        Console.exit(withError: error)
      }
      return
    }
    do {
      let environment = ProcessInfo.processInfo.environment
      let content = environment["SKILLGAP_CONTENT"].flatMap { $0.isEmpty ? nil : $0 }
      try Assess.launch(content: content, dataDirectory: nil)
    } catch {
      Console.exit(withError: error)
    }
  }

  /// A first argument that is not an option must be a command. The default command (assess)
  /// would otherwise answer `skillgap reprot` with its own usage, which hides the typo.
  static func rejectUnknownCommand(_ first: String) {
    let commands = Skillgap.configuration.subcommands.map { $0._commandName } + ["help"]
    guard !first.hasPrefix("-"), !commands.contains(first) else { return }
    let hint = Suggestions.hint(for: first, in: commands)
    let message =
      "skillgap: '\(first)' is not a command.\(hint) The commands are "
      + commands.dropLast().joined(separator: ", ") + "; see 'skillgap --help'.\n"
    Console.error(message)
    exit(64)
  }
}
