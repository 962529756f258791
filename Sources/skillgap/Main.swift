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
  /// The environment variables the interactive app reads (the terminal, colour, where answers
  /// are saved, which framework).
  static let interactiveVariables = [
    "TERM", "ESCDELAY", "NO_COLOR", "SKILLGAP_CONTENT", "SKILLGAP_DATA_DIR", "XDG_DATA_HOME",
    "HOME",
  ]

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
      // Only the variables the app reads, each through getenv: a copy of the whole environment
      // as a dictionary (`ProcessInfo.environment`) cost about as much as drawing the first frame.
      // Sized at once: growing it runs the standard library's own copy of the resize, which
      // finds `String: Hashable` by a scan of every conformance in the binary.
      var environment = [String: String](minimumCapacity: Self.interactiveVariables.count)
      for name in Self.interactiveVariables {
        if let value = getenv(name) { environment[name] = String(cString: value) }
      }
      let content = environment["SKILLGAP_CONTENT"].flatMap { $0.isEmpty ? nil : $0 }
      try Assess.launch(content: content, dataDirectory: nil, environment: environment)
    } catch {
      Console.exit(withError: error)
    }
  }
}
