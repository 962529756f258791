import Foundation

/// The history and a comparison of two snapshots as text, JSON and CSV, as `skillgap history`
/// and `skillgap diff` print them.
public enum HistoryText {
  /// The snapshots oldest first, numbered from 1, one line each.
  /// - Parameters:
  ///   - snapshots: The history, oldest first.
  ///   - framework: The framework, for role titles.
  /// - Returns: A heading and a table.
  public static func text(_ snapshots: [Snapshot], framework: Framework) -> String {
    var rows = [["#", "Taken (UTC)", "Target", "Readiness", "Answered"]]
    for (offset, snapshot) in snapshots.enumerated() {
      rows.append([
        "\(offset + 1)", snapshot.takenText, snapshot.target ?? "none",
        snapshot.targetReadiness.map { "\($0)%" } ?? "-",
        "\(snapshot.answeredCount)/\(snapshot.skillCount)",
      ])
    }
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    let lines = rows.map { row in
      zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
        .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    let count = snapshots.count == 1 ? "1 snapshot" : "\(snapshots.count) snapshots"
    return "History of \(framework.title): \(count)\n\n" + lines.joined(separator: "\n") + "\n"
  }

  private struct Entry: Encodable {
    var index: Int
    var taken: String
    var frameworkVersion: String
    var target: String?
    var targetReadiness: Int?
    var answered: Int
    var skillCount: Int
    var readiness: [String: Int]
  }

  private struct HistoryDocument: Encodable {
    var framework: String
    var snapshots: [Entry]
  }

  /// The history as JSON: every snapshot with its readiness for every role.
  public static func json(_ snapshots: [Snapshot], framework: Framework) -> String {
    let entries = snapshots.enumerated().map { offset, snapshot in
      Entry(
        index: offset + 1, taken: snapshot.takenText, frameworkVersion: snapshot.frameworkVersion,
        target: snapshot.target, targetReadiness: snapshot.targetReadiness,
        answered: snapshot.answeredCount, skillCount: snapshot.skillCount,
        readiness: snapshot.readiness)
    }
    return encode(HistoryDocument(framework: framework.id, snapshots: entries))
  }

  /// The history as CSV, one row per snapshot.
  public static func csv(_ snapshots: [Snapshot]) -> String {
    var text = CSVText.line(["index", "taken", "target", "readiness", "answered", "skills"])
    for (offset, snapshot) in snapshots.enumerated() {
      text += CSVText.line([
        "\(offset + 1)", snapshot.takenText, snapshot.target ?? "",
        snapshot.targetReadiness.map(String.init) ?? "", "\(snapshot.answeredCount)",
        "\(snapshot.skillCount)",
      ])
    }
    return text
  }

  /// A comparison as text.
  /// - Parameters:
  ///   - diff: The comparison.
  ///   - from: The earlier snapshot and its number in the history.
  ///   - to: The later snapshot and its number.
  ///   - framework: The framework, for role titles.
  /// - Returns: The targets, readiness, then each list of skills.
  public static func text(
    _ diff: SnapshotDiff, from: (index: Int, snapshot: Snapshot),
    to: (index: Int, snapshot: Snapshot), framework: Framework
  ) -> String {
    func title(_ id: String?) -> String {
      guard let id else { return "none" }
      return framework.role(id)?.title ?? id
    }
    var lines = [
      "From #\(from.index) (\(from.snapshot.takenText)) to #\(to.index) (\(to.snapshot.takenText))"
    ]
    if diff.targetChanged {
      lines.append("Target: \(title(diff.fromTarget)) → \(title(diff.toTarget)) (changed)")
    } else {
      lines.append("Target: \(title(diff.toTarget))")
    }
    if diff.toTarget != nil {
      let before = diff.readinessBefore.map { "\($0)%" } ?? "-"
      let after = diff.readinessAfter.map { "\($0)%" } ?? "-"
      var line = "Readiness for \(title(diff.toTarget)): \(before) → \(after)"
      if let change = readinessChange(diff) { line += " (\(change >= 0 ? "+" : "")\(change))" }
      lines.append(line)
    }
    func section(_ heading: String, _ changes: [SnapshotDiff.Change]) {
      lines.append("")
      lines.append("\(heading) (\(changes.count))")
      for change in changes { lines.append("  \(change.name): \(change.from) → \(change.to)") }
      if changes.isEmpty { lines.append("  none") }
    }
    func section(_ heading: String, _ gaps: [SnapshotDiff.Gap]) {
      lines.append("")
      lines.append("\(heading) (\(gaps.count))")
      for gap in gaps {
        lines.append("  \(gap.name)" + (gap.becauseTargetChanged ? " (the target changed)" : ""))
      }
      if gaps.isEmpty { lines.append("  none") }
    }
    section("Up", diff.up)
    section("Down", diff.down)
    if !diff.changed.isEmpty { section("Other changes", diff.changed) }
    section("Gaps closed", diff.gapsClosed)
    section("New gaps", diff.newGaps)
    return lines.joined(separator: "\n") + "\n"
  }

  private struct DiffDocument: Encodable {
    struct End: Encodable {
      var index: Int
      var taken: String
      var target: String?
    }
    struct Change: Encodable {
      var skill: String
      var name: String
      var from: String
      var to: String
    }
    struct Gap: Encodable {
      var skill: String
      var name: String
      var becauseTargetChanged: Bool
    }
    struct Readiness: Encodable {
      var target: String?
      var from: Int?
      var to: Int?
      var change: Int?
    }
    var from: End
    var to: End
    var targetChanged: Bool
    var readiness: Readiness
    var up: [Change]
    var down: [Change]
    var changed: [Change]
    var gapsClosed: [Gap]
    var newGaps: [Gap]
  }

  /// A comparison as JSON.
  public static func json(
    _ diff: SnapshotDiff, from: (index: Int, snapshot: Snapshot),
    to: (index: Int, snapshot: Snapshot)
  ) -> String {
    func change(_ change: SnapshotDiff.Change) -> DiffDocument.Change {
      .init(skill: change.skill, name: change.name, from: change.from, to: change.to)
    }
    func gap(_ gap: SnapshotDiff.Gap) -> DiffDocument.Gap {
      .init(skill: gap.skill, name: gap.name, becauseTargetChanged: gap.becauseTargetChanged)
    }
    let document = DiffDocument(
      from: .init(index: from.index, taken: from.snapshot.takenText, target: diff.fromTarget),
      to: .init(index: to.index, taken: to.snapshot.takenText, target: diff.toTarget),
      targetChanged: diff.targetChanged,
      readiness: .init(
        target: diff.toTarget, from: diff.readinessBefore, to: diff.readinessAfter,
        change: readinessChange(diff)),
      up: diff.up.map(change), down: diff.down.map(change), changed: diff.changed.map(change),
      gapsClosed: diff.gapsClosed.map(gap), newGaps: diff.newGaps.map(gap))
    return encode(document)
  }

  private static func readinessChange(_ diff: SnapshotDiff) -> Int? {
    guard let before = diff.readinessBefore, let after = diff.readinessAfter else { return nil }
    return after - before
  }

  private static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings and numbers cannot fail.
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
  }
}
