import Foundation
import SkillgapCore

extension AppState {
  /// Readiness for the target at each snapshot, oldest first, then now: `(label, percent)`.
  public var readinessOverTime: [(label: String, percent: Int)] {
    guard let target = assessment.target else { return [] }
    var points: [(String, Int)] = snapshots.compactMap { snapshot in
      snapshot.readiness[target].map { (Self.monthDay(snapshot.taken), $0) }
    }
    if let report = targetReport { points.append(("now", report.readinessPercent)) }
    return points
  }

  static func monthDay(_ date: Date) -> String {
    let day = CalendarDay.fromDayNumber(Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    return String(day.iso.dropFirst(5))
  }

  /// The progress screen: readiness for the target over time as a chart of cells (blocks, so it
  /// reads in monochrome), what moved since the last snapshot, and steps done by week.
  func progressLines(width: Int) -> [StyledLine] {
    if let known = freshDerived?.progressLines,
      known.key == Derived.ProgressKey(width: width, snapshots: snapshots)
    {
      return known.lines
    }
    return layOutProgressLines(width: width)
  }

  /// Lays out ``progressLines(width:)``.
  func layOutProgressLines(width: Int) -> [StyledLine] {
    guard let role = targetRole else {
      return [
        StyledLine("No target role yet.", bold: true),
        StyledLine("Press t to choose one; progress is measured against it.", tone: .dim),
      ]
    }
    var lines = [StyledLine("Readiness for ", tone: .dim).and(role.title, bold: true)]
    let points = readinessOverTime
    if points.count < 2 {
      lines += StyledLine.paragraph(
        "No history yet: a dated snapshot is kept each time every skill is answered and the "
          + "answers or the target moved, and when you start over. Come back after a "
          + "re-assessment to see what moved.", width: width - 2, indent: 0)
    }
    lines.append(StyledLine())
    lines += chart(points, width: width)
    // What moved since the last snapshot; when it already holds today's answers (a sitting
    // that just finished), since the one before it.
    let now = Snapshot(of: assessment, framework: framework, at: todayInstant)
    let base =
      snapshots.count >= 2 && snapshots.last.map { $0.hasSameAnswers(as: now) } == true
      ? snapshots.dropLast().last : snapshots.last
    if let last = base {
      let diff = SnapshotDiff(from: last, to: now, framework: framework)
      lines.append(StyledLine())
      lines.append(
        StyledLine("Since \(last.takenText)", bold: true)
          .and(
            diff.readinessBefore.map { before in
              "  readiness \(before) % → \(diff.readinessAfter ?? before) %"
            } ?? "", tone: .dim))
      let moved = diff.up.map { ("▲ ", $0, Tone.good) } + diff.down.map { ("▼ ", $0, Tone.bad) }
      if moved.isEmpty && diff.gapsClosed.isEmpty && diff.newGaps.isEmpty {
        // Readiness can move with no answer moving: the framework's roles changed.
        let why =
          diff.readinessBefore != diff.readinessAfter && last.frameworkVersion != framework.version
          ? " Readiness moved because the framework changed (\(last.frameworkVersion) → "
            + "\(framework.version)): its roles ask other levels now."
          : ""
        lines += StyledLine.paragraph(
          "Nothing moved." + why, width: width - 2, indent: 2, tone: .dim)
      }
      for (mark, change, tone) in moved {
        lines += StyledLine.paragraph(
          "\(mark)\(change.name): \(change.from) → \(change.to)", width: width - 2, indent: 2,
          tone: tone)
      }
      for gap in diff.gapsClosed {
        lines += StyledLine.paragraph(
          "✓ gap closed: \(gap.name)", width: width - 2, indent: 2, tone: .good)
      }
      for gap in diff.newGaps {
        let why = gap.becauseTargetChanged ? " (the target changed)" : ""
        lines += StyledLine.paragraph(
          "+ new gap: \(gap.name)\(why)", width: width - 2, indent: 2, tone: .warning)
      }
    }
    // Steps finished and hours logged, by the week they were last marked.
    let marked = assessment.progress.filter { $0.value.status != .dropped }
    if !marked.isEmpty {
      lines.append(StyledLine())
      lines.append(
        StyledLine("Steps and hours by week", bold: true).and(
          "  (the week a step was last marked)", tone: .dim))
      var weeks: [Int: (done: Int, minutes: Int)] = [:]
      for step in marked.values {
        let day = Int((step.updated.timeIntervalSince1970 / 86_400).rounded(.down))
        let monday = day - (CalendarDay.fromDayNumber(day).weekday - 1)
        var entry = weeks[monday] ?? (0, 0)
        if step.status == .done { entry.done += 1 }
        entry.minutes += step.minutes
        weeks[monday] = entry
      }
      for monday in weeks.keys.sorted() {
        guard let entry = weeks[monday] else { continue }
        lines.append(
          StyledLine("  week of \(CalendarDay.fromDayNumber(monday).iso)  ", tone: .dim)
            .and("\(entry.done) done · \(PlanText.hours(minutes: entry.minutes)) logged"))
      }
    }
    return lines
  }

  /// Vertical bars of readiness, eight rows tall, the percent above and the date below.
  private func chart(_ points: [(label: String, percent: Int)], width: Int) -> [StyledLine] {
    let columnWidth = 6
    let fitting = max(1, (width - 8) / columnWidth)
    let shown = Array(points.suffix(fitting))
    let rows = 8
    let eighths = ["", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    var lines: [StyledLine] = []
    lines.append(
      shown.reduce(StyledLine("      ")) { line, point in
        line.and("\(point.percent)%".padded(to: columnWidth), tone: .dim)
      })
    for row in (0..<rows).reversed() {
      var line = StyledLine(row == rows - 1 ? "100% │" : row == 0 ? "  0% │" : "     │", tone: .dim)
      for point in shown {
        let filled = point.percent * rows * 8 / 100
        let here = max(0, min(8, filled - row * 8))
        let cell = here == 0 ? "  " : String(repeating: eighths[here], count: 2)
        line = line.and(" " + cell + "   ", tone: point.label == "now" ? .barFill : .normal)
      }
      lines.append(line)
    }
    lines.append(
      StyledLine("     └" + String(repeating: "─", count: shown.count * columnWidth), tone: .dim))
    lines.append(
      shown.reduce(StyledLine("      ")) { line, point in
        line.and(point.label.padded(to: columnWidth), tone: .dim)
      })
    if points.count > shown.count {
      lines.append(StyledLine("  (the last \(shown.count) of \(points.count) shown)", tone: .dim))
    }
    return lines
  }
}
