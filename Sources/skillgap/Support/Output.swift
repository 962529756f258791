import ArgumentParser
import Foundation

/// Writing to standard output and error, and turning expected failures into exit codes.
enum Output {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
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
