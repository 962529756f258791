import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

/// `skillgap history`: the snapshots kept of finished and re-taken assessments, oldest first.
struct History: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the snapshots of past assessments: date, target, readiness, answers.",
    discussion: """
      A snapshot is kept in <data folder>/history/<framework id>/ each time the app saves an \
      assessment with every skill answered whose ratings or target moved since the last one, \
      and when an assessment is started over. Numbers as printed here name snapshots for \
      'skillgap diff'.
      """)

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var data: DataFolderOption

  @Option(name: [.short, .long], help: ArgumentHelp("text, json or csv.", valueName: "format"))
  var format: Format = .text

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let snapshots = try SavedHistory.snapshots(data, framework: loaded).map(\.snapshot)
      switch format {
      case .text: try Console.output(HistoryText.text(snapshots, framework: loaded))
      case .json: try Console.output(HistoryText.json(snapshots, framework: loaded))
      case .csv: try Console.output(HistoryText.csv(snapshots))
      }
    }
  }
}

/// `skillgap diff [A] [B]`: what moved between two snapshots, skill by skill.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two snapshots of the history skill by skill (the latest two by default).",
    discussion: """
      A and B are snapshots as 'skillgap history' numbers them (1 is the oldest), or the start \
      of their UTC date and time (2026-11-22, 2026-11-22T10); a date that several share names \
      the latest of them. With only A, it is compared with the latest snapshot.
      """)

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, json
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var data: DataFolderOption

  @Option(name: [.short, .long], help: ArgumentHelp("text or json.", valueName: "format"))
  var format: Format = .text

  @Argument(help: ArgumentHelp("The earlier snapshot: a number or a date.", valueName: "a"))
  var first: String?

  @Argument(help: ArgumentHelp("The later snapshot (default: the latest).", valueName: "b"))
  var second: String?

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let snapshots = try SavedHistory.snapshots(data, framework: loaded).map(\.snapshot)
      let from: Int
      let to: Int
      switch (first, second) {
      case (let a?, let b?):
        from = try SavedHistory.index(of: a, in: snapshots)
        to = try SavedHistory.index(of: b, in: snapshots)
      case (let a?, nil):
        from = try SavedHistory.index(of: a, in: snapshots)
        to = snapshots.count - 1
      default:
        guard snapshots.count >= 2 else {
          throw CommandError.oneSnapshot(
            folder: data.store(frameworkID: loaded.id).historyFolder.path)
        }
        from = snapshots.count - 2
        to = snapshots.count - 1
      }
      let diff = SnapshotDiff(from: snapshots[from], to: snapshots[to], framework: loaded)
      let ends = ((from + 1, snapshots[from]), (to + 1, snapshots[to]))
      switch format {
      case .text:
        try Console.output(HistoryText.text(diff, from: ends.0, to: ends.1, framework: loaded))
      case .json: try Console.output(HistoryText.json(diff, from: ends.0, to: ends.1))
      }
    }
  }
}

/// The history as `history` and `diff` read it.
enum SavedHistory {
  /// Every snapshot, oldest first.
  /// - Throws: ``CommandError/noHistory(folder:)`` when there is none, a ``StoreError`` for a
  ///   file that cannot be used.
  static func snapshots(_ data: DataFolderOption, framework: Framework) throws
    -> [AssessmentStore.StoredSnapshot]
  {
    let store = data.store(frameworkID: framework.id)
    let snapshots = try store.snapshots()
    guard !snapshots.isEmpty else {
      throw CommandError.noHistory(folder: store.historyFolder.path)
    }
    return snapshots
  }

  /// The position of the snapshot a number (from 1) or a date prefix names.
  /// - Throws: ``CommandError/unknownSnapshot(reference:count:)``.
  static func index(of reference: String, in snapshots: [Snapshot]) throws -> Int {
    if let number = Int(reference) {
      guard (1...snapshots.count).contains(number) else {
        throw CommandError.unknownSnapshot(reference: reference, count: snapshots.count)
      }
      return number - 1
    }
    guard !reference.isEmpty,
      let found = snapshots.lastIndex(where: { $0.takenText.hasPrefix(reference) })
    else {
      throw CommandError.unknownSnapshot(reference: reference, count: snapshots.count)
    }
    return found
  }
}
