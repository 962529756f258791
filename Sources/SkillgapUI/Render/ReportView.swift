import SkillgapCore

extension AppState {
  /// Role ids in the order of the roles screen.
  public var rankedRoleIDs: [String] { ranking.entries.map(\.role.id) }

  /// Lines of the report view at the current width.
  var reportLineCount: Int { reportLines(width: size.width).count }

  /// The report's lines, from the memo when they were laid out for this width and these
  /// answers: a scroll then costs a page of cells.
  func reportLines(width: Int) -> [StyledLine] {
    if let known = freshDerived?.reportLines, known.key == width { return known.lines }
    return layOutReportLines(width: width)
  }

  /// Lays out ``reportLines(width:)``.
  func layOutReportLines(width: Int) -> [StyledLine] {
    let highest = framework.scale.highest
    let scale = framework.scale
    guard let role = targetRole, let report = targetReport else {
      var lines = [
        StyledLine("No target role yet.", bold: true),
        StyledLine(
          "Press t to choose one, or a to see every role ranked by readiness.", tone: .dim),
        StyledLine(),
        StyledLine("Closest roles", bold: true),
      ]
      for entry in ranking.entries.prefix(8) {
        lines.append(
          StyledLine("  \(String(entry.readinessPercent).leftPadded(to: 3)) %  ", tone: .dim)
            .and(entry.role.title, bold: entry.isReady))
      }
      return lines + checkSections(width: width)
    }
    let nameWidth = min(28, max(16, width / 3))
    let cells = max(2, min(4, (width - nameWidth - 46) / max(1, highest)))
    var lines: [StyledLine] = []
    let details = [
      role.track, "level \(role.seniority)", role.years?.text, PayBand.summary(role.pay),
    ]
    .compactMap { $0 }.joined(separator: " · ")
    lines.append(StyledLine("Target: ", tone: .dim).and(role.title, bold: true))
    lines += StyledLine.paragraph(details, width: width - 2, indent: 8)
    let blockers = report.blockers
    let verdict =
      report.isReady
      ? StyledLine(" ready: no essential gap", tone: .good, bold: true)
      : StyledLine(
        " not ready: \(blockers.count) blocking gap\(blockers.count == 1 ? "" : "s")", tone: .bad,
        bold: true)
    // The bar gives way to the verdict in a narrow window.
    let head = "Readiness \(report.readinessPercent) % "
    let barWidth = max(0, min(20, width - 2 - DisplayWidth.of(head + verdict.runs[0].text)))
    lines.append(
      StyledLine(head, bold: true)
        .and(bar(report.readinessPercent, of: 100, width: barWidth), tone: .barFill)
        .and(verdict.runs[0].text, tone: verdict.runs[0].tone, bold: true))
    let calibration = Calibration(framework: framework, assessment: assessment)
    if !calibration.entries.isEmpty {
      lines += StyledLine.paragraph(
        "Calibration: " + calibration.line, width: width - 2, indent: 0,
        tone: calibration.looksHigh.isEmpty ? .dim : .warning)
    }
    lines.append(StyledLine())

    func gapLine(_ standing: RequirementStanding, rank: Int?) -> StyledLine {
      let label = (rank.map { "\($0). " } ?? "") + standing.name
      var line = StyledLine("  " + label.padded(to: nameWidth) + " ")
      line.runs +=
        levelBar(
          current: Double(standing.current), required: Double(standing.required),
          highest: highest, cellsPerLevel: cells
        ).runs
      let assessed = standing.answer == .rated
      let from = assessed ? scale.name(of: standing.current) : "not assessed"
      var text = " \(from) → \(scale.name(of: standing.required))"
      // The importance goes first when the line is too wide (blocking gaps keep their colour).
      let used = line.runs.map { DisplayWidth.of($0.text) }.reduce(0, +)
      let importance = " · \(standing.importanceName)"
      if used + DisplayWidth.of(text + importance) <= width - 2 { text += importance }
      return line.and(text, tone: standing.isBlocker ? .bad : .dim)
    }
    if !blockers.isEmpty {
      lines.append(
        StyledLine("Blocking gaps (essential, below the requirement)", tone: .bad, bold: true))
      for standing in blockers { lines.append(gapLine(standing, rank: nil)) }
      lines.append(StyledLine())
    }
    let gaps = report.gaps
    lines.append(StyledLine("Gaps by priority (\(gaps.count))", bold: true))
    if gaps.isEmpty { lines.append(StyledLine("  None: every requirement is met.", tone: .good)) }
    if !gaps.isEmpty {
      // How the order is made, so a large gap in a useful skill above a small essential one
      // is not a surprise.
      lines += StyledLine.paragraph(
        "Priority: importance × levels short, plus the same for every gap that needs this "
          + "skill first.", width: width - 3, indent: 2)
    }
    for (index, standing) in gaps.enumerated() { lines.append(gapLine(standing, rank: index + 1)) }
    lines.append(StyledLine())
    let strengths = report.strengths
    lines.append(StyledLine("Strengths above the requirement (\(strengths.count))", bold: true))
    for standing in strengths {
      lines.append(
        StyledLine("  " + standing.name.padded(to: nameWidth) + " ", tone: .good)
          .and(
            "\(scale.name(of: standing.current)), needs \(scale.name(of: standing.required))",
            tone: .dim))
    }
    let notAssessed = report.notAssessed.count
    if notAssessed > 0 {
      lines.append(StyledLine())
      lines += StyledLine.paragraph(
        "Not assessed: \(notAssessed) required skill\(notAssessed == 1 ? "" : "s") "
          + "(counted as \(scale.name(of: 0)); press r to review)", width: width - 2, indent: 0,
        tone: .warning)
    }
    lines.append(StyledLine())
    lines.append(StyledLine("By category: current against required", bold: true))
    for category in report.categories {
      var line = StyledLine("  " + category.name.padded(to: nameWidth) + " ")
      line.runs +=
        levelBar(
          current: category.current, required: category.required, highest: highest,
          cellsPerLevel: cells
        ).runs
      lines.append(
        line.and(
          " " + formatLevel(category.current) + " of " + formatLevel(category.required),
          tone: category.gaps > 0 ? .warning : .good))
    }
    return lines + checkSections(width: width) + roleFactLines(role, width: width)
  }

  /// The role's details below the report: what it does, its typical years and every pay band
  /// with what it covers and its source, so sources that disagree are all in view.
  func roleFactLines(_ role: Role, width: Int) -> [StyledLine] {
    var lines = [StyledLine(), StyledLine("About the role", bold: true)]
    if !role.summary.isEmpty {
      lines += StyledLine.paragraph(role.summary, width: width - 2, indent: 2, tone: .normal)
    }
    if let years = role.years {
      lines += StyledLine.paragraph("Years: " + years.detail, width: width - 2, indent: 2)
    } else {
      lines.append(StyledLine("  Years: no source gives them", tone: .dim))
    }
    if role.pay.isEmpty {
      lines.append(StyledLine("  Pay: no source gives it", tone: .dim))
    } else {
      lines.append(StyledLine("  Pay, one line per source figure:", tone: .dim))
      for band in role.pay {
        // A hanging indent keeps each band's wrapped lines under its own bullet.
        let wrapped = StyledLine.paragraph(band.detail, width: width - 2, indent: 6)
        for (index, line) in wrapped.enumerated() {
          lines.append(
            index == 0
              ? StyledLine("    • " + (line.runs.first?.text.dropFirst(6) ?? ""), tone: .dim) : line
          )
        }
      }
    }
    return lines
  }

  /// The consistency warnings, each with its fix, and the calibration section.
  func checkSections(width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    let warnings = consistencyWarnings
    if !warnings.isEmpty {
      lines.append(StyledLine())
      lines.append(
        StyledLine("Consistency", bold: true).and(" (never blocking; you decide)", tone: .dim))
      for warning in warnings {
        lines += StyledLine.bullet(warning.message, width: width - 2, indent: 2)
        lines += StyledLine.paragraph("Fix: " + warning.fix, width: width - 2, indent: 4)
      }
    }
    let calibration = Calibration(framework: framework, assessment: assessment)
    guard !calibration.entries.isEmpty else { return lines }
    lines.append(StyledLine())
    lines.append(
      StyledLine("Calibration", bold: true).and(" (knowledge checks; K on a rating)", tone: .dim))
    for entry in calibration.looksHigh + calibration.supported {
      let tone: Tone = entry.status == "looks-high" ? .warning : .good
      lines += StyledLine.bullet(Calibration.describe(entry), width: width - 2, indent: 2).map {
        var line = $0
        line.runs = line.runs.map { StyledLine.Run(text: $0.text, tone: tone, bold: false) }
        return line
      }
    }
    let unchecked = calibration.notChecked.count
    if unchecked > 0 {
      lines += StyledLine.bullet(
        "Not checked: \(unchecked) rating\(unchecked == 1 ? "" : "s") with questions; K in the "
          + "review checks them in one pass.", width: width - 2, indent: 2)
    }
    return lines
  }
}

/// A mean level with one decimal, such as `2.5`.
func formatLevel(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}

func drawReport(_ state: AppState, _ screen: inout Screen) {
  drawLines(state.reportLines(width: screen.width), scroll: state.reportScroll, &screen)
}

func drawRoles(_ state: AppState, _ screen: inout Screen) {
  let ranking = state.ranking
  let next = ranking.nextStep.flatMap { state.framework.role($0)?.title }
  // The title bar already says "All roles": the header leads with the next step's name.
  let header = next.map { "Closest next step: \($0)" } ?? "Every role by readiness"
  // With a target, a legend for its ◆ at the right of the header.
  let legend = " your target"
  let legendX = screen.width - DisplayWidth.of(legend) - 2
  let headerRoom = state.targetRole == nil ? screen.width - 2 : legendX - 2
  screen.put(header.truncated(to: headerRoom), x: 1, y: 1, bold: true, underline: true)
  if state.targetRole != nil {
    let x = screen.put("◆", x: legendX, y: 1, tone: .barTarget, bold: true)
    screen.put(legend, x: x, y: 1, tone: .dim)
  }
  let rows = state.reviewVisibleRows
  let titleWidth = max(20, min(36, screen.width - 44))
  for row in 0..<rows {
    let index = state.roles.top + row
    guard ranking.entries.indices.contains(index) else { break }
    let entry = ranking.entries[index]
    let y = 2 + row
    let isTarget = entry.role.id == state.assessment.target
    var x = screen.put(isTarget ? "◆" : " ", x: 1, y: y, tone: .barTarget, bold: true)
    x = screen.put(entry.role.title.padded(to: titleWidth), x: x + 1, y: y, bold: entry.isReady)
    x = screen.put(
      String(entry.readinessPercent).leftPadded(to: 4) + " % ", x: x + 1, y: y, bold: true)
    // The bar gives way so the status ("12 blocking, 30 gaps") keeps its room.
    let barWidth = max(4, min(12, screen.width - x - 23))
    x = screen.put(
      bar(entry.readinessPercent, of: 100, width: barWidth), x: x, y: y, tone: .barFill)
    let status =
      entry.isReady
      ? "ready" : "\(entry.blockers) blocking, \(entry.gaps) gap\(entry.gaps == 1 ? "" : "s")"
    screen.put(
      status.truncated(to: screen.width - x - 2), x: x + 1, y: y,
      tone: entry.isReady ? .good : .dim)
    if index == state.roles.selected {
      screen.tint(x: 3, y: y, width: titleWidth, tone: .highlight)
      screen.put("▸", x: 0, y: y, tone: .highlight, bold: true)
    }
  }
  drawScrollHint(
    top: state.roles.top, visible: rows, total: ranking.entries.count, x: screen.width - 1, y: 2,
    &screen)
}
