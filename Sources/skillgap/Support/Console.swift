import ArgumentParser
import Foundation
import SkillgapCore

/// The one writer of standard output and standard error.
///
/// Every byte skillgap prints goes through `write(2)` here, and every write is checked:
/// `FileHandle.write` traps on a failed write (a full disk, a closed descriptor, a closed pipe
/// while SIGPIPE is ignored) and `print` ignores one. A failed write to standard output is a
/// message on standard error and exit 1.
///
/// Text meant to be read on a terminal (messages, diagnostics, the text report, the roles
/// table) always has its control characters shown escaped (``TerminalText/escaped(_:keepingStyle:)``),
/// so framework text cannot send escape sequences; a document (an export) is escaped only when
/// standard output is a terminal, and keeps its bytes in a pipe or a file.
enum Console {
  /// What is written, which decides how control characters in it are shown.
  enum Kind {
    /// Text for a person: always escaped.
    case text
    /// The text report with skillgap's own colour: escaped, keeping colour sequences.
    case styledText
    /// An export: escaped only on a terminal.
    case document
  }

  /// Writes `text` to standard output, escaped as its kind needs.
  /// - Throws: `ExitCode(1)` after saying on standard error why the text could not be written.
  static func output(_ text: String, as kind: Kind = .text) throws {
    let shown: String
    switch kind {
    case .text: shown = TerminalText.escaped(text)
    case .styledText: shown = TerminalText.escaped(text, keepingStyle: true)
    case .document:
      shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.escaped(text) : text
    }
    let code = writeAll(STDOUT_FILENO, shown)
    guard code != 0 else { return }
    error("skillgap: cannot write to standard output: \(reason(code)).\n")
    throw ExitCode(1)
  }

  /// Writes `text` to standard error; when even that fails there is nowhere left to say so.
  static func error(_ text: String) {
    _ = writeAll(STDERR_FILENO, TerminalText.escaped(text))
  }

  /// Puts `/dev/null`, opened the wrong way round, on any of descriptors 0, 1 and 2 that the
  /// parent left closed.
  ///
  /// Otherwise the next file opened would take the closed number, and text meant for standard
  /// output would land in it (a plan being written, say); opened the wrong way round, every
  /// write to it still fails, so a closed standard output is still reported as one.
  static func reserveStandardDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
      if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Ends the run as argument-parser would for `error`, but through the checked writer: help
  /// and the version go to standard output, usage errors to standard error.
  /// - Parameters:
  ///   - error: What parsing or running threw.
  ///   - message: The text to print instead of argument-parser's, when given.
  static func exit(withError error: Error, message: String? = nil) -> Never {
    let message = message ?? Skillgap.fullMessage(for: error)
    var code = Skillgap.exitCode(for: error).rawValue
    if !message.isEmpty {
      if code == ExitCode.success.rawValue {
        do { try output(message + "\n") } catch { code = ExitCode.failure.rawValue }
      } else {
        self.error(message + "\n")
      }
    }
    Foundation.exit(code)
  }

  /// Writes every byte, retrying after interruptions.
  /// - Returns: 0, or the error number of the write that failed.
  private static func writeAll(_ descriptor: Int32, _ text: String) -> Int32 {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var written = 0
      while written < buffer.count {
        let count = write(descriptor, base + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return 0
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
