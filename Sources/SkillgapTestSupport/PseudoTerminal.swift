import Foundation

/// Runs a program on a bare pseudo-terminal that is nobody's controlling terminal, so closing
/// its master side ends the program's input without a SIGHUP: a terminal window that vanished
/// under a parent that ignores HUP (nohup-style).
public final class PseudoTerminal {
  /// Why the terminal or the program could not be set up.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  private var master: Int32
  /// The program's process id.
  public let pid: pid_t
  private var exitStatus: Int32?
  /// Everything the program wrote, escape sequences and all.
  public private(set) var output = Data()

  /// Starts `command` on a new pseudo-terminal of the given size.
  /// - Parameters:
  ///   - command: The program and its arguments.
  ///   - environment: The program's whole environment.
  ///   - width: Columns.
  ///   - height: Rows.
  ///   - folder: The working folder.
  /// - Throws: ``Failure`` when the terminal cannot be opened or the program started.
  public init(
    _ command: [String], environment: [String: String], width: Int = 80, height: Int = 24,
    in folder: URL
  ) throws {
    master = -1
    let name = try Self.openMaster(&master)
    let slave = open(name, O_RDWR | O_NOCTTY)
    guard slave >= 0 else {
      close(master)
      throw Failure(description: "cannot open \(name): \(String(cString: strerror(errno)))")
    }
    defer { close(slave) }
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    // Reads of the master never block: the tests poll.
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_adddup2(&actions, slave, target)
    }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addclose(&actions, slave)
    // The test runner's threads block signals; the program must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let envp = environment.map { "\($0.key)=\($0.value)" }
    // The shell moves to the folder and becomes the program.
    let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path] + command
    var child: pid_t = 0
    let status = withCStrings(argv) { argv in
      withCStrings(envp) { env in posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, env) }
    }
    guard status == 0 else {
      close(master)
      throw Failure(description: "cannot start \(command[0]): \(String(cString: strerror(status)))")
    }
    pid = child
  }

  /// Opens a pseudo-terminal's master side.
  /// - Returns: The path of its slave side.
  private static func openMaster(_ master: inout Int32) throws -> String {
    #if os(Linux)
      // Glibc hides posix_openpt from Swift; these are what it does. The ioctl numbers are
      // Linux's TIOCSPTLCK and TIOCGPTN, which Swift cannot import from their macros.
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      var unlock: Int32 = 0
      var number: UInt32 = 0
      guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0,
        ioctl(master, 0x8004_5430, &number) == 0
      else { throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
      return "/dev/pts/\(number)"
    #else
      master = posix_openpt(O_RDWR | O_NOCTTY)
      guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master)
      else { throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
      return String(cString: name)
    #endif
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      _ = waitForExit(timeout: 5)
    }
    if master >= 0 { close(master) }
  }

  /// Types `text` into the terminal.
  public func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Reads what the program wrote so far into ``output``.
  public func drain() {
    guard master >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      output.append(contentsOf: buffer[0..<count])
    }
  }

  /// Waits until `condition` holds, draining the output meanwhile, up to `timeout` seconds.
  /// - Returns: Whether it held in time.
  public func wait(timeout: Double = 10, until condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      drain()
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.02)
    } while Date() < deadline
    return condition()
  }

  /// Closes the master side: the terminal is gone, and no signal says so.
  public func closeMaster() {
    drain()
    close(master)
    master = -1
  }

  /// Waits for the program to exit.
  /// - Returns: Its wait status, or nil when it still runs after `timeout` seconds.
  public func waitForExit(timeout: Double) -> Int32? {
    if let exitStatus { return exitStatus }
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      drain()
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        exitStatus = status
        return status
      }
      Thread.sleep(forTimeInterval: 0.02)
    } while Date() < deadline
    return nil
  }
}
