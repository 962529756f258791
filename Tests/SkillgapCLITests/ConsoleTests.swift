import Foundation
import SkillgapTestSupport
import Testing

/// Everything the binary prints goes through one writer that checks each write: a standard
/// output that cannot take the text is a message on standard error and exit 1, never a crash.
@Suite struct ConsoleTests {
  /// Commands that print through each path: a document, a line, and argument-parser's help.
  static let printing = [["template"], ["validate"], ["--help"], ["plan", "--help"]]

  static let noSpace = "skillgap: cannot write to standard output: no space left on device.\n"

  @Test(arguments: printing)
  func aFullDiskIsAnErrorMessageAndExitOne(arguments: [String]) throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    let result = try CommandRunner.skillgap(arguments, standardOutput: full)
    #expect(result.status == 1)
    #expect(result.error == Self.noSpace)
  }

  @Test(arguments: printing)
  func aClosedPipeWithSIGPIPEIgnoredIsAnErrorMessageAndExitOne(arguments: [String]) throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    defer { try? pipe.fileHandleForWriting.close() }
    // The shell ignores SIGPIPE and execs skillgap, which inherits that.
    let result = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", TestPaths.skillgapBinary.path] + arguments,
      standardOutput: pipe.fileHandleForWriting)
    #expect(result.status == 1)
    #expect(result.error == "skillgap: cannot write to standard output: broken pipe.\n")
  }

  @Test(arguments: printing)
  func aClosedStandardOutputIsAnErrorMessageAndExitOne(arguments: [String]) throws {
    let result = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "exec \"$0\" \"$@\" >&-", TestPaths.skillgapBinary.path] + arguments)
    #expect(result.status == 1)
    #expect(result.error == "skillgap: cannot write to standard output: bad file descriptor.\n")
  }

  @Test func aClosedStandardOutputNeverSendsTextIntoAFileBeingWritten() throws {
    let folder = try TestPaths.temporaryFolder("skillgap-closed-stdout")
    let plan = folder.appendingPathComponent("template.csv")
    let result = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c", "exec \"$0\" \"$@\" >&-", TestPaths.skillgapBinary.path, "template", "--output",
        plan.path,
      ])
    // The confirmation goes to standard error, so nothing is written to the closed output.
    #expect(result.status == 0)
    let written = try String(contentsOf: plan, encoding: .utf8)
    #expect(written.hasPrefix("skill,name,level,note"))
    #expect(!written.contains("Wrote a ratings template"))
  }
}
