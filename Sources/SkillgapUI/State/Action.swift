import Foundation
import SkillgapCore

/// What happened, as the runner reports it to ``reduce(_:_:now:)``.
public enum Action: Sendable, Equatable {
  /// A key was pressed.
  case keyPressed(Key)
  /// The mouse was used.
  case mouse(MouseEvent)
  /// The terminal changed size.
  case terminalResized(Size)
  /// Saving the assessment failed; the text says why.
  case saveFailed(String)
  /// The assessment was saved after saving had failed (the runner reports it only then).
  case saved
  /// A dated snapshot of the assessment was kept in the history.
  case snapshotTaken(Snapshot)
  /// The snapshot this sitting took was replaced by a later one.
  case snapshotReplaced(Snapshot)
  /// The snapshot this sitting took was removed: the answers are back to the one before it.
  case snapshotWithdrawn
  /// An export finished.
  case exportFinished(ExportOutcome)
  /// A signal asked the app to stop (SIGTERM, SIGHUP, Ctrl-C), or the terminal went away.
  case terminationRequested
}

/// What the runner must do after an action: the only way the app touches the world.
public enum Effect: Sendable, Equatable {
  /// Save the assessment atomically.
  case save(Assessment)
  /// Keep the previous assessment aside, then save the new one.
  case startOver(previous: Assessment, fresh: Assessment)
  /// Write the plan in each format to `path` plus the format's extension.
  case export(ExportRequest)
  /// Redraw every cell (Ctrl-L).
  case repaint
  /// Hand the terminal back to the shell and stop (Ctrl-Z); on `fg`, redraw every cell.
  case suspend
  /// Restore the terminal and exit.
  case quit
}

/// Everything an export needs besides the framework.
public struct ExportRequest: Sendable, Equatable {
  /// The assessment to report on.
  public var assessment: Assessment
  /// The target role's id.
  public var target: String
  /// The plan's first day (the other plan settings are the assessment's preferences).
  public var start: CalendarDay
  /// The formats to write.
  public var formats: [ExportChoices.Format]
  /// The path without extension.
  public var path: String
  /// Whether existing files may be replaced (asked first otherwise).
  public var replaceExisting: Bool
  /// Whether a missing folder may be created (asked first otherwise).
  public var createFolder: Bool
  /// The dated snapshots of the assessment, for readiness over time in the HTML page.
  public var history: [Snapshot] = []

  /// Creates a request.
  public init(
    assessment: Assessment, target: String, start: CalendarDay,
    formats: [ExportChoices.Format], path: String, replaceExisting: Bool = false,
    createFolder: Bool = false
  ) {
    self.replaceExisting = replaceExisting
    self.createFolder = createFolder
    self.assessment = assessment
    self.target = target
    self.start = start
    self.formats = formats
    self.path = path
  }

  /// The full file path for one format.
  public func file(for format: ExportChoices.Format) -> String {
    path + "." + format.fileExtension
  }
}
