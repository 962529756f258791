import Foundation

/// Runs the built `skillgap` binary without a terminal and captures what it prints.
public struct CommandResult: Sendable {
  /// The exit status.
  public var status: Int32
  /// Standard output as text.
  public var output: String
  /// Standard error as text.
  public var error: String
}

/// Runs built executables for end-to-end tests.
public enum CommandRunner {
  /// Runs `skillgap` with arguments, an environment added to a clean one, and a working folder.
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - environment: Variables added to a minimal environment (`PATH`, `HOME`, `LANG`).
  ///   - folder: The working folder; a new temporary folder when nil.
  ///   - standardOutput: Where standard output goes instead of being captured (`/dev/full`,
  ///     a pipe nobody reads); ``CommandResult/output`` is then empty.
  /// - Returns: The exit status and both outputs.
  /// - Throws: An error when the binary cannot be started.
  public static func skillgap(
    _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil,
    standardOutput: FileHandle? = nil
  ) throws -> CommandResult {
    try run(
      TestPaths.skillgapBinary, arguments, environment: environment, in: folder,
      standardOutput: standardOutput)
  }

  /// Runs any executable the same way as ``skillgap(_:environment:in:)``.
  /// - Throws: An error when the executable cannot be started.
  public static func run(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
    in folder: URL? = nil, standardOutput: FileHandle? = nil
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var base = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      "HOME": FileManager.default.temporaryDirectory.path,
    ]
    base.merge(environment) { _, new in new }
    process.environment = base
    process.currentDirectoryURL = try folder ?? TestPaths.temporaryFolder("skillgap-cwd")
    // Outputs go to files, so a large output can never block the child on a full pipe.
    let scratch = try TestPaths.temporaryFolder("skillgap-output")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("stdout")
    let errorURL = scratch.appendingPathComponent("stderr")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    defer {
      try? output.close()
      try? error.close()
    }
    process.standardOutput = standardOutput ?? output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
  }
}
