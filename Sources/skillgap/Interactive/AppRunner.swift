import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTerminal
import SkillgapUI

/// Runs the interactive app: feeds terminal events to the reducer, carries out its effects,
/// and draws each new frame.
@MainActor
struct AppRunner {
  let framework: Framework
  let store: AssessmentStore
  let environment: [String: String]

  /// Runs until the person quits or a signal stops the app.
  /// - Throws: ``TerminalError`` when the terminal cannot be opened, a store error when the
  ///   saved assessment cannot be set aside or another copy has it open, or ``UnsavedAnswersError`` (after the terminal is
  ///   restored) when the app stops while its latest answers could not be saved.
  func run() throws {
    let now = Clock.now()
    // Find out now, not after the first answer, whether answers can be saved.
    var folderProblem: String?
    do {
      try store.ensureFolder()
    } catch {
      folderProblem = error.localizedDescription
    }
    // A second copy on the same assessment would erase the first one's answers with its own:
    // it stops here, before reading anything, with a message naming the other process.
    let lock = folderProblem == nil ? try store.lock() : nil
    defer { withExtendedLifetime(lock) {} }
    if folderProblem == nil { store.removeStaleTemporaries(now: now) }
    var state = try initialState(now: now)
    if let folderProblem { _ = reduce(&state, .saveFailed(folderProblem), now: now) }
    let terminal = try Terminal(environment: environment)
    defer { terminal.close() }
    state.size = terminal.size
    if terminal.glyphs == .ascii {
      state.glyphs = .ascii
      // Said once at start, after what loading had to say.
      let advice = AsciiAdvice.text(codeset: terminal.codeset)
      let text = state.status.map { $0.text + " " + advice } ?? advice
      state.status = .init(text, tone: state.status?.tone ?? .warning)
    }
    _ = reduce(&state, .terminalResized(terminal.size), now: now)
    terminal.draw(render(state, size: state.size))
    // The history is read once, after the first frame (only the progress screen shows it, and
    // a weekly user's year of snapshots is a file each); snapshots taken while the app runs are
    // added as they are.
    state.snapshots = (try? store.snapshots().map(\.snapshot)) ?? []
    // The snapshot this sitting took: later changes replace it, so a sitting leaves one.
    var sitting: URL?
    while true {
      guard let event = terminal.nextEvent() else { continue }
      let action: Action
      switch event {
      case .key(let key): action = .keyPressed(key)
      case .mouse(let mouse): action = .mouse(mouse)
      case .resized(let size): action = .terminalResized(size)
      // The end of input is a stop like SIGHUP: save and exit.
      case .stopRequested, .inputEnded: action = .terminationRequested
      }
      var pending = reduce(&state, action, now: Clock.now())
      var repaint = false
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        switch effect {
        case .quit:
          if let reason = state.unsavedReason, state.hasUnsavedAnswers {
            throw UnsavedAnswersError(reason: reason)
          }
          return
        case .repaint:
          repaint = true
        case .suspend:
          terminal.suspend()
          // The window may have changed size while the app was stopped.
          pending += reduce(&state, .terminalResized(terminal.size), now: Clock.now())
          repaint = true
        case .save(let assessment):
          let outcome = save(assessment, replacing: sitting)
          if let failure = outcome.failure {
            pending += reduce(&state, failure, now: Clock.now())
          } else if state.unsavedReason != nil {
            pending += reduce(&state, .saved, now: Clock.now())
          }
          if let (change, snapshot) = outcome.snapshot {
            switch change {
            case .unchanged: break
            case .written(let file):
              sitting = file
              pending += reduce(&state, .snapshotTaken(snapshot), now: Clock.now())
            case .replaced(let file):
              sitting = file
              pending += reduce(&state, .snapshotReplaced(snapshot), now: Clock.now())
            case .withdrawn:
              sitting = nil
              pending += reduce(&state, .snapshotWithdrawn, now: Clock.now())
            }
          }
        case .startOver(let previous, let fresh):
          do {
            try store.keepAside(previous)
            // The answers filed away stay in the history, finished or not.
            if previous.answeredCount(in: framework) > 0 {
              try store.recordSnapshot(of: previous, framework: framework, at: Clock.now())
            }
            try store.save(fresh)
            // The fresh assessment's first snapshot is a new point, not this sitting's.
            sitting = nil
          } catch {
            pending += reduce(&state, .saveFailed(error.localizedDescription), now: Clock.now())
          }
        case .export(let request):
          // Show "Writing…" while the files are written.
          terminal.draw(render(state, size: state.size))
          let outcome = ExportWriter(
            framework: framework, store: folderProblem == nil ? store : nil
          ).write(request)
          pending += reduce(&state, .exportFinished(outcome), now: Clock.now())
        }
      }
      terminal.draw(render(state, size: state.size), full: repaint)
    }
  }

  /// Saves the answers, then keeps a snapshot in the history when every skill is answered and
  /// the answers or the target moved since the latest one, replacing the one this sitting took.
  private func save(_ assessment: Assessment, replacing sitting: URL?) -> (
    failure: Action?, snapshot: (AssessmentStore.SnapshotChange, Snapshot)?
  ) {
    do {
      try store.save(assessment)
      let time = Clock.now()
      let change = try store.keepSnapshotIfComplete(
        of: assessment, framework: framework, at: time, replacing: sitting)
      // A snapshot measures every role: made only when the history changed.
      if case .unchanged = change { return (nil, nil) }
      return (nil, (change, Snapshot(of: assessment, framework: framework, at: time)))
    } catch {
      return (.saveFailed(error.localizedDescription), nil)
    }
  }

  private func initialState(now: Date) throws -> AppState {
    let loaded = try store.load(for: framework, now: now)
    // getcwd itself: FileManager.default is built on its first use, before the first frame.
    let exportFolder =
      getcwd(nil, 0).map { path in
        defer { free(path) }
        return String(cString: path)
      } ?? FileManager.default.currentDirectoryPath
    let today = Clock.localDay(now)
    switch loaded {
    case .none:
      return AppState(
        framework: framework, assessment: Assessment(framework: framework, at: now),
        today: today, exportFolder: exportFolder)
    case .found(let assessment, let dropped, let lostTarget):
      var state = AppState(
        framework: framework, assessment: assessment, today: today,
        exportFolder: exportFolder)
      var notes: [String] = []
      if let lostTarget {
        notes.append(
          "The saved target '\(lostTarget)' is no longer a role; every answer is kept, "
            + "press t to choose a target.")
      }
      if !dropped.isEmpty {
        notes.append(
          "\(dropped.count) saved rating(s) are for skills this framework no longer has.")
      }
      if !notes.isEmpty { state.status = .init(notes.joined(separator: " "), tone: .warning) }
      return state
    case .setAside(let reason, let keptAs):
      var state = AppState(
        framework: framework, assessment: Assessment(framework: framework, at: now),
        today: today, exportFolder: exportFolder)
      state.status = .init(
        "The saved assessment could not be used: \(reason). It was kept as \(keptAs).",
        tone: .bad)
      return state
    }
  }
}

/// The app stopped while its latest answers could not be saved; printed once the terminal is
/// restored.
struct UnsavedAnswersError: LocalizedError {
  /// Why saving failed.
  let reason: String

  var errorDescription: String? {
    "your latest answers could not be saved (\(reason)); start again with --data-dir naming a "
      + "folder that can be written."
  }
}

/// What the app says at start when the locale is not UTF-8.
enum AsciiAdvice {
  /// The message, naming the locale's character set and what to set instead.
  static func text(codeset: String) -> String {
    let name = codeset.isEmpty ? "unknown" : codeset
    return "The locale's character set is \(name), not UTF-8, so skillgap draws with ASCII; "
      + "for full glyphs set LANG=C.UTF-8 (or another UTF-8 locale) and start again."
  }
}
