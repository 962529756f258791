import SkillgapCore

extension AppState {
  /// What the plan's scrolling part is laid out for at a width.
  func planLinesKey(width: Int) -> Derived.PlanLinesKey {
    Derived.PlanLinesKey(width: width, chosen: chosenStep)
  }

  /// What the plan's pinned header is laid out for at a width.
  func planHeaderKey(width: Int) -> Derived.PlanHeaderKey {
    Derived.PlanHeaderKey(width: width, height: size.height, selected: planControls.selected)
  }

  /// The line of the scrolling part where a step's title first appears, if it does.
  func planLineIndex(of id: String?, width: Int) -> Int? {
    guard let id, let item = targetPlan?.item(id) else { return nil }
    return planLines(width: width).firstIndex { line in
      line.runs.contains { $0.text == item.title }
    }
  }

  /// Lines of the plan's scrolling part at the current width.
  var planLineCount: Int { planLines(width: size.width).count }

  /// Rows left for the scrolling part below the pinned settings and summary.
  var planBodyRows: Int { max(1, bodyRows - planHeader(width: size.width).count) }

  /// The pinned part of the plan screen: the settings (the chosen one highlighted) and what they
  /// give: the horizon, when blocking gaps close, the whole role, advice. It never scrolls, so
  /// every change shows its effect at once.
  func planHeader(width: Int) -> [StyledLine] {
    if let known = freshDerived?.planHeader, known.key == planHeaderKey(width: width) {
      return known.lines
    }
    return layOutPlanHeader(width: width)
  }

  /// Lays out ``planHeader(width:)``.
  func layOutPlanHeader(width: Int) -> [StyledLine] {
    guard targetRole != nil, let plan = targetPlan else { return [] }
    let options = plan.options
    var rows: [StyledLine] = []
    var row = StyledLine()
    var used = 0
    for control in PlanControls.Control.allCases {
      let text = "\(control.label) \(PlanControls.value(options, control))"
      let cell = DisplayWidth.of(text) + 2
      if used > 0 && used + cell > width - 2 {
        rows.append(row)
        row = StyledLine()
        used = 0
      }
      let selected = control == planControls.selected
      row = row.and(" ").and(text, tone: selected ? .highlight : .normal, bold: selected).and(" ")
      used += cell
    }
    rows.append(row)
    // Whole sentences only, the most telling first, in at most half the window.
    let limit = max(rows.count + 1, (size.height - 2) / 2)
    // Advice comes right after readiness: it says the plan is not what was asked for.
    var sentences: [[StyledLine]] = [
      StyledLine.paragraph(
        PlanSummary.ready(plan), width: width - 2, indent: 0,
        tone: plan.readyWeek == nil ? .bad : .good)
    ]
    if let pace = planPace {
      let names = pace.overdue.prefix(3).map(\.title).joined(separator: "; ")
      let more = pace.overdue.count > 3 ? " and \(pace.overdue.count - 3) more" : ""
      let text =
        "Week \(pace.week) since you began on \(pace.since.iso): "
        + (pace.overdue.isEmpty
          ? "on pace, nothing overdue."
          : "\(pace.overdue.count) overdue (\(names)\(more)).")
      sentences.append(
        StyledLine.paragraph(
          text, width: width - 2, indent: 0, tone: pace.overdue.isEmpty ? .good : .warning))
    }
    sentences += plan.advice.map {
      StyledLine.paragraph($0.message, width: width - 2, indent: 0, tone: .warning)
    }
    sentences += [
      StyledLine.paragraph(PlanSummary.horizon(plan), width: width - 2, indent: 0, tone: .normal),
      StyledLine.paragraph(PlanSummary.wholeRole(plan), width: width - 2, indent: 0),
    ]
    for sentence in sentences where rows.count + sentence.count + 1 <= limit {
      rows += sentence
    }
    rows.append(StyledLine(String(repeating: "─", count: max(0, width - 2)), tone: .dim))
    return rows
  }

  /// The plan's scrolling part: each week of the horizon with its tasks, then what comes later.
  func planLines(width: Int) -> [StyledLine] {
    if let known = freshDerived?.planLines, known.key == planLinesKey(width: width) {
      return known.lines
    }
    return layOutPlanLines(width: width)
  }

  /// Lays out ``planLines(width:)``.
  func layOutPlanLines(width: Int) -> [StyledLine] {
    guard targetRole != nil, let plan = targetPlan else {
      return [
        StyledLine("No target role yet.", bold: true),
        StyledLine("Press t to choose the role to plan for.", tone: .dim),
      ]
    }
    if plan.items.isEmpty {
      return [StyledLine("Nothing to study: every requirement is met.", tone: .good)]
    }
    var lines: [StyledLine] = []
    let chosen = chosenStep
    // What the person has marked comes first, so coming back shows it at once.
    let marked = plan.done + plan.underWay + plan.dropped
    if !marked.isEmpty {
      let logged = PlanText.hours(minutes: plan.loggedMinutes)
      lines.append(
        StyledLine("Your progress", bold: true)
          .and(
            "  \(plan.done.count) done · \(plan.underWay.count) under way · \(logged) logged",
            tone: .dim))
      for item in marked {
        let (mark, tone): (String, Tone) =
          item.progress == .done
          ? ("✓", .good) : item.progress == .dropped ? ("✗", .dim) : ("◐", .warning)
        var note =
          item.loggedMinutes > 0 ? "\(PlanText.hours(minutes: item.loggedMinutes)) logged" : ""
        if item.progress == .inProgress {
          note += (note.isEmpty ? "" : ", ") + "\(PlanText.hours(minutes: item.minutes)) left"
        }
        if item.progress == .dropped { note = "dropped" }
        let line = StyledLine("  \(mark) ", tone: tone)
          .and(item.title, tone: item.id == chosen ? .selected : .normal, bold: item.id == chosen)
        lines.append(note.isEmpty ? line : line.and("  (\(note))", tone: .dim))
      }
    }
    // One look-up table for the whole layout: `plan.item(_:)` walks every step.
    let positions = Planner.idPositions(plan.items)
    // A shared project is named by the step that bills it, never by its id.
    let billing = plan.billingTitles
    let closures = Dictionary(grouping: plan.blockerClosures.filter { ($0.week ?? 0) > 0 }) {
      $0.week ?? 0
    }
    for week in plan.weeks {
      if !lines.isEmpty { lines.append(StyledLine()) }
      lines.append(
        StyledLine("Week \(week.number)", bold: true)
          .and(
            "  \(week.start.iso) – \(week.end.iso) · \(PlanText.hours(minutes: week.minutes))",
            tone: .dim))
      for allocation in week.allocations {
        guard let position = positions[allocation.item] else { continue }
        let item = plan.items[position]
        lines += itemLines(
          item, allocation, plan: plan, billing: billing, chosen: chosen, width: width, indent: 2)
      }
      if !week.practice.isEmpty {
        lines.append(
          StyledLine(
            "  At work (\(PlanOptions.reflectionMinutes) min each to note what you did):",
            tone: .dim))
        for allocation in week.practice {
          guard let position = positions[allocation.item] else { continue }
          let item = plan.items[position]
          lines += itemLines(
            item, allocation, plan: plan, billing: billing, chosen: chosen, width: width,
            indent: 4)
        }
      }
      for closure in closures[week.number] ?? [] {
        lines += StyledLine.paragraph(
          "✓ closes the blocking gap in \(closure.name) "
            + "(\(framework.scale.name(of: closure.level)))", width: width - 2, indent: 2,
          tone: .good)
      }
    }
    if let later = PlanSummary.later(plan) {
      lines.append(StyledLine())
      lines.append(StyledLine("Later", bold: true))
      lines += StyledLine.paragraph(later, width: width - 2, indent: 2)
      // Steps are read in place by position: a large plan has thousands after the horizon.
      // A line that wraps goes on under its text, not under its box.
      for (position, left) in plan.runningPositions {
        lines += StyledLine.bullet(
          PlanSummary.laterLine(plan.items[position], minutesLeft: left), width: width - 2,
          indent: 2, mark: .box)
      }
      for position in plan.laterPositions {
        lines += StyledLine.bullet(
          PlanSummary.laterLine(plan.items[position], billing: billing), width: width - 2,
          indent: 2, mark: .box)
      }
      for position in plan.leftOutPositions {
        let item = plan.items[position]
        lines += StyledLine.bullet(
          "\(item.title) · \(PlanText.hours(minutes: item.minutes)) (left out)",
          width: width - 2, indent: 2, mark: .dash, tone: .dim)
      }
    }
    return lines
  }

  /// One step in one week: its title and share, this week's task, and on its first week what to
  /// do and how to prove it.
  private func itemLines(
    _ item: PlanItem, _ allocation: Allocation, plan: StudyPlan, billing: [String: String],
    chosen: String?, width: Int, indent: Int
  ) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    let note = "(\(PlanSummary.share(allocation, of: item)))"
    let isChosen = item.id == chosen
    let box = item.progress == .inProgress ? "◐ " : "☐ "
    let title = StyledLine(pad + box, tone: item.forBlocking ? .bad : .dim)
      .and(item.title, tone: isChosen ? .selected : .normal, bold: allocation.part == 1 || isChosen)
    var lines: [StyledLine] = []
    // The hours go on their own line when the title leaves no room for them.
    if DisplayWidth.of("\(pad)☐ \(item.title)  \(note)") <= width - 2 {
      lines.append(title.and("  \(note)", tone: .dim))
    } else {
      lines.append(title)
      lines.append(StyledLine(pad + "    \(note)", tone: .dim))
    }
    let taskPad = String(repeating: " ", count: indent + 4)
    for task in allocation.taskLines(practice: item.isPractice) {
      for (row, text) in task.wrapped(to: max(10, width - indent - 8)).enumerated() {
        lines.append(StyledLine(taskPad + (row == 0 ? "→ " : "  ") + text))
      }
    }
    if allocation.part == 1 {
      lines += StyledLine.paragraph(item.tip, width: width - 2, indent: indent + 4)
      if let why = PlanSummary.neededFor(item, in: plan) {
        lines += StyledLine.paragraph(why, width: width - 2, indent: indent + 4)
      }
      if let milestone = item.milestone {
        let shared = item.billedIn(billing).map { " (one project with \($0))" } ?? ""
        lines += StyledLine.paragraph(
          "Proof: " + milestone + shared, width: width - 2, indent: indent + 4)
      }
    }
    return lines
  }
}

/// Hours with at most one decimal: `6`, `2.5`.
func formatHours(_ hours: Double) -> String { PlanText.hours(hours) }

func drawPlan(_ state: AppState, _ screen: inout Screen) {
  let header = state.planHeader(width: screen.width)
  for (row, line) in header.enumerated() where row < screen.height - 2 {
    drawLine(line, x: 1, y: 1 + row, right: screen.width - 1, &screen)
  }
  drawLines(
    state.planLines(width: screen.width), scroll: state.planControls.scroll,
    top: 1 + header.count, &screen)
}

extension AppState {
  /// The number of weeks of the target's plan (0 without a target), for tests and the title.
  public var targetPlanWeeks: Int { targetPlan?.weeks.count ?? 0 }

  /// The weeks the target's whole role takes at the plan's settings (0 without a target).
  public var targetPlanWholeRoleWeeks: Int { targetPlan?.wholeRoleWeeks ?? 0 }
}
