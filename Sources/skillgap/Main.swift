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
      let arguments = Array(CommandLine.arguments.dropFirst())
      if let problem = ArgumentHints.unknownCommand(in: arguments) {
        // The default command (assess) would otherwise answer `skillgap reprot` with its own
        // usage, and `help reprot` with the top-level help and exit 0: both hide the typo.
        Console.error(problem + "\n")
        exit(64)
      }
      // argument-parser's own main() writes help through FileHandle and print; this one
      // writes everything through Console, which checks each write.
      do {
        var command = try Skillgap.parseAsRoot()
        try command.run()
      } catch {
        let message = ArgumentHints.improve(Skillgap.fullMessage(for: error), arguments: arguments)
        Console.exit(withError: error, message: message)
      }
      return
    }
    do {
      // Read once: every later reader gets this copy.
      let environment = ProcessInfo.processInfo.environment
      let content = environment["SKILLGAP_CONTENT"].flatMap { $0.isEmpty ? nil : $0 }
      try Assess.launch(content: content, dataDirectory: nil, environment: environment)
    } catch {
      Console.exit(withError: error)
    }
  }
}
