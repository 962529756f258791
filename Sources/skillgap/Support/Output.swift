import ArgumentParser
import Foundation

/// Writing to standard output and error, and turning expected failures into exit codes.
enum Output {
  /// Prints a line on standard output.
  /// - Throws: `ExitCode(1)` when it cannot be written (see ``Console/output(_:as:)``).
  static func print(_ text: String) throws {
    try Console.output(text + "\n")
  }

  /// Prints a line on standard error.
  static func error(_ text: String) {
    Console.error(text + "\n")
  }

  /// Runs `body`; an error a person can act on is printed as one line and exits 1.
  static func run<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      self.error("skillgap: \(error.localizedDescription)")
      throw ExitCode(1)
    }
  }

  /// Whether standard output is a terminal that should get colour.
  static var useColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) == 1
  }
}
