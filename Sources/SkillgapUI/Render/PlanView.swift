import SkillgapCore

extension AppState {
  /// Lines of the plan view at the current width.
  var planLineCount: Int { planLines(width: size.width).count }

  func planLines(width: Int) -> [StyledLine] {
    guard let role = targetRole, let plan = targetPlan else {
      return [
        StyledLine("No target role yet.", bold: true),
        StyledLine("Press t to choose the role to plan for.", tone: .dim),
      ]
    }
    var lines: [StyledLine] = []
    let hours = formatHours(Double(plan.totalMinutes) / 60)
    lines.append(StyledLine("Plan for ", tone: .dim).and(role.title, bold: true))
    lines += StyledLine.paragraph(
      "\(plan.items.count) steps, \(hours) h over \(plan.weeks.count) weeks at "
        + "\(hoursPerWeek) h a week (+/- to change), from \(plan.options.start.iso)"
        + (plan.end.map { " to \($0.iso)" } ?? "") + ".", width: width - 2, indent: 0)
    if let ready = plan.readyWeek {
      lines.append(StyledLine("Every blocking gap closes by week \(ready).", tone: .good))
    } else if !plan.blockerClosures.isEmpty {
      lines.append(StyledLine("Some blocking gaps stay open within this plan.", tone: .bad))
    }
    if plan.items.isEmpty {
      lines.append(StyledLine())
      lines.append(StyledLine("Nothing to study: every requirement is met.", tone: .good))
      return lines
    }
    let closures = Dictionary(grouping: plan.blockerClosures.filter { $0.week != nil }) {
      $0.week ?? 0
    }
    for week in plan.weeks {
      lines.append(StyledLine())
      lines.append(
        StyledLine("Week \(week.number)", bold: true)
          .and(
            "  \(week.start.iso) – \(week.end.iso) · \(formatHours(Double(week.minutes) / 60)) h",
            tone: .dim))
      for allocation in week.allocations {
        guard let item = plan.item(allocation.item) else { continue }
        var note = "\(formatHours(Double(allocation.minutes) / 60)) h"
        if allocation.parts > 1 { note += ", part \(allocation.part) of \(allocation.parts)" }
        let title = StyledLine("  ☐ ", tone: item.blocking ? .bad : .dim)
          .and(item.title, bold: allocation.part == 1)
        // The hours go on their own line when the title leaves no room for them.
        if DisplayWidth.of("  ☐ \(item.title)  (\(note))") <= width - 2 {
          lines.append(title.and("  (\(note))", tone: .dim))
        } else {
          lines.append(title)
          lines.append(StyledLine("      (\(note))", tone: .dim))
        }
        if allocation.part == 1 {
          lines += StyledLine.paragraph(item.tip, width: width - 2, indent: 6)
          if let milestone = item.milestone {
            lines += StyledLine.paragraph("Proof: " + milestone, width: width - 2, indent: 6)
          }
        }
      }
      for closure in closures[week.number] ?? [] {
        lines += StyledLine.paragraph(
          "✓ closes the blocking gap in \(closure.name) "
            + "(\(framework.scale.name(of: closure.level)))", width: width - 2, indent: 2,
          tone: .good)
      }
    }
    return lines
  }
}

/// Hours with at most one decimal: `6`, `2.5`.
func formatHours(_ hours: Double) -> String {
  let tenths = Int((hours * 10).rounded())
  return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
}

func drawPlan(_ state: AppState, _ screen: inout Screen) {
  drawLines(state.planLines(width: screen.width), scroll: state.planScroll, &screen)
}

extension AppState {
  /// The number of weeks of the target's plan (0 without a target), for tests and the title.
  public var targetPlanWeeks: Int { targetPlan?.weeks.count ?? 0 }
}
