import Foundation

/// Runs a program in a real terminal emulator (tmux, on a private server) and reads its screen,
/// for end-to-end tests of the interactive app.
public final class TmuxSession {
  /// Why a session could not be used.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  private let socket: String
  private let name = "e2e"
  private let tmux: URL

  /// Whether tmux is installed.
  public static var isAvailable: Bool { executable() != nil }

  private static func executable() -> URL? {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
      .map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Starts `command` in a detached session of the given size.
  /// - Parameters:
  ///   - command: The program and its arguments.
  ///   - environment: Variables set for the program (`TERM` among them).
  ///   - width: Columns.
  ///   - height: Rows.
  ///   - folder: The working folder.
  /// - Throws: ``Failure`` when tmux is missing or cannot start the session.
  public init(
    _ command: [String], environment: [String: String], width: Int = 80, height: Int = 24,
    in folder: URL
  ) throws {
    guard let tmux = Self.executable() else { throw Failure(description: "tmux is not installed") }
    self.tmux = tmux
    socket = "skillgap-e2e-\(UUID().uuidString.prefix(8))"
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let shellCommand =
      (["env"] + assignments + command).map(Self.quote).joined(separator: " ")
      // A program killed in raw mode leaves the terminal without newline translation, so the
      // marker starts with its own carriage return and line feed: it always begins a row.
      + "; printf '\\r\\n[exit %s]\\r\\n' \"$?\"; sleep 600"
    try run([
      "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
      "-c", folder.path, shellCommand,
    ])
    try run(["set-option", "-t", name, "status", "off"])
  }

  deinit {
    _ = try? run(["kill-server"])
  }

  /// Sends keys in tmux's notation (`Enter`, `Escape`, `C-c`, `Up`) or literal text.
  /// - Throws: ``Failure`` when tmux refuses.
  public func send(_ keys: String..., literal: Bool = false) throws {
    try run(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
  }

  /// The screen's text, one string per row.
  /// - Throws: ``Failure`` when tmux refuses.
  public func screen() throws -> [String] {
    let output = try run(["capture-pane", "-p", "-t", name])
    return output.components(separatedBy: "\n")
  }

  /// Waits until the screen holds `text`, up to `timeout` seconds.
  /// - Returns: The screen when found.
  /// - Throws: ``Failure`` with the last screen when the text never appears.
  @discardableResult
  public func waitFor(_ text: String, timeout: Double = 10) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    var last: [String] = []
    repeat {
      last = try screen()
      if last.contains(where: { $0.contains(text) }) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    throw Failure(
      description: "'\(text)' never appeared; the screen was:\n" + last.joined(separator: "\n"))
  }

  /// Resizes the terminal; the program gets SIGWINCH.
  /// - Throws: ``Failure`` when tmux refuses.
  public func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Whether the terminal shows its alternate screen (a full-screen program has not restored
  /// it).
  /// - Throws: ``Failure`` when tmux refuses.
  public func isInAlternateScreen() throws -> Bool {
    let text = try run(["display-message", "-p", "-t", name, "#{alternate_on}"])
    return text.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
  }

  /// The process id of the program (the shell's child).
  /// - Throws: ``Failure`` when tmux refuses.
  public func shellPID() throws -> Int32 {
    let text = try run(["display-message", "-p", "-t", name, "#{pane_pid}"])
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure(description: "no pane pid in '\(text)'")
    }
    return pid
  }

  /// The process id of the program itself (the pane shell's child), if it is running (Linux).
  /// - Throws: ``Failure`` when tmux refuses.
  public func appPID() throws -> Int32? {
    let shell = try shellPID()
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").compactMap { Int32($0) }.first
  }

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    // posix_spawn and waitpid rather than Foundation's Process: the tmux client forks the
    // server, and Process's exit monitoring can miss the client's exit in that case.
    let outputURL = FileManager.default.temporaryDirectory
      .appendingPathComponent("tmux-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: outputURL) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = [tmux.path, "-L", socket] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "TMUX")
    let envp = environment.map { "\($0.key)=\($0.value)" }
    // The test runner's threads block signals; the tmux server and the app it starts must not
    // inherit that, or they would never see SIGWINCH and SIGTERM.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let status = withCStrings(argv) { argvPointer in
      withCStrings(envp) { envPointer in
        posix_spawn(&pid, tmux.path, &actions, &attributes, argvPointer, envPointer)
      }
    }
    guard status == 0 else {
      throw Failure(description: "cannot start tmux: \(String(cString: strerror(status)))")
    }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    let text = String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
    guard exitStatus == 0 else {
      throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  private static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Calls `body` with a NULL-terminated C array of the strings.
func withCStrings<Result>(
  _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
  var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
  pointers.append(nil)
  defer { for pointer in pointers { free(pointer) } }
  return body(pointers)
}
