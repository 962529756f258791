/// The results as a Markdown document: summary, gaps, strengths, categories, the ranking of
/// roles and, with a plan, a checklist per week with resources as links.
///
/// Text from the framework or the ratings is escaped, so a name like `<script>` or `*bold*` is
/// shown as written; only `http` and `https` addresses become links.
public enum MarkdownExport {
  typealias F = ExportFormatting

  /// Renders results as Markdown.
  /// - Parameter results: The results.
  /// - Returns: The document, ending with a newline.
  public static func render(_ results: Results) -> String {
    var out: [String] = []
    let title = results.plan != nil ? "Study plan" : "Gap report"
    let roleTitle = results.report.map { ": " + escape($0.role.title) } ?? ""
    out.append("# \(title)\(roleTitle)")
    out.append("")
    out.append(
      "Framework: \(escape(results.framework.title)) (`\(code(results.framework.id))` "
        + "version \(escape(results.framework.version))). Ratings last changed "
        + "\(F.timestamp(results.assessedAt)).")
    if let report = results.report {
      out += summary(report, plan: results.plan)
      out += gaps(report)
      out += strengths(report)
      out += categories(report)
      if let role = results.role { out += about(role) }
    }
    out += checks(results)
    out += ranking(results.ranking)
    if let plan = results.plan { out += weeks(plan) }
    return out.joined(separator: "\n") + "\n"
  }

  /// The consistency warnings and the calibration section, when there are any.
  private static func checks(_ results: Results) -> [String] {
    var out: [String] = []
    if !results.warnings.isEmpty {
      out += ["", "## Consistency", "", "Never blocking: you decide.", ""]
      for warning in results.warnings {
        out.append("- \(escape(warning.message)) Fix: \(escape(warning.fix))")
      }
    }
    if let calibration = results.calibration {
      out += ["", "## Calibration", "", escape(calibration.line), ""]
      for entry in calibration.looksHigh + calibration.supported {
        out.append("- " + escape(Calibration.describe(entry)))
      }
      let unchecked = calibration.notChecked
      if !unchecked.isEmpty {
        out.append(
          "- Not checked: "
            + unchecked.map { escape("\($0.name) (\($0.levelName))") }
            .joined(separator: ", ") + ".")
      }
    }
    return out
  }

  /// Escapes text for Markdown prose and table cells, on one line.
  /// - Parameter text: Text from the framework or a note.
  /// - Returns: Text whose Markdown and HTML characters are backslash-escaped.
  public static func escape(_ text: String) -> String {
    let special: Set<Character> = [
      "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~", "!",
    ]
    var result = ""
    for character in F.oneLine(text) {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The role's description, years and every pay band, each with its source.
  private static func about(_ role: RoleFacts) -> [String] {
    var out = ["", "## About the role", ""]
    if !role.summary.isEmpty { out += [escape(role.summary), ""] }
    out.append(
      "- Years of experience: " + (role.years.map { escape($0.detail) } ?? "no source gives them")
        + ".")
    if role.pay.isEmpty {
      out.append("- Pay: no source gives it.")
    } else {
      out.append("- Pay: \(escape(role.paySummary ?? "")); one line per source figure:")
      out += role.pay.map { "  - " + escape($0.detail) }
    }
    return out
  }

  private static func code(_ text: String) -> String {
    F.oneLine(text).replacingOccurrences(of: "`", with: "'")
  }

  private static func summary(_ report: GapReport, plan: StudyPlan?) -> [String] {
    var out = ["", "## Summary", ""]
    let blockers = report.blockers.map { escape($0.name) }.joined(separator: ", ")
    let state =
      report.isReady
      ? "ready: no gap blocks the role"
      : "not ready: \(F.count(report.blockerIDs.count, "gap blocks", "gaps block")) the role "
        + "(\(blockers))"
    out.append("- Readiness: **\(report.readinessPercent) %**, \(state).")
    out.append(
      "- \(F.count(report.gapIDs.count, "gap", "gaps")), "
        + "\(F.count(report.strengthIDs.count, "strength", "strengths")), "
        + "\(report.requirements.count) requirements.")
    if !report.notAssessedIDs.isEmpty {
      out.append(
        "- Not assessed (counted as \(escape(report.levelNames.first ?? "0"))): "
          + report.notAssessed.map { escape($0.name) }.joined(separator: ", ") + ".")
    }
    if !report.notApplicableIDs.isEmpty {
      out.append(
        "- Not applicable (left out): "
          + report.notApplicable.map { escape($0.name) }.joined(separator: ", ") + ".")
    }
    if let plan {
      out.append("- Plan: " + escape(PlanSummary.settings(plan.options)) + ".")
      out += PlanSummary.lines(plan).map { "- " + escape($0) }
    }
    return out
  }

  private static func gaps(_ report: GapReport) -> [String] {
    guard !report.gapIDs.isEmpty else { return ["", "## Gaps", "", "No gaps."] }
    var out = [
      "", "## Gaps", "", "| # | Skill | Current | Required | Gap | Importance | Priority | Note |",
      "|---:|---|---|---|---:|---|---:|---|",
    ]
    for gap in report.gaps {
      let importance = escape(gap.importanceName) + (gap.blocking ? " (blocks)" : "")
      let current = escape(gap.currentName) + (gap.answer == .rated ? "" : " (not assessed)")
      out.append(
        "| \(gap.rank ?? 0) | \(escape(gap.name)) | \(current) | \(escape(gap.requiredName)) | "
          + "\(gap.gap) | \(importance) | \(F.decimal(gap.priority, places: 2)) | "
          + "\(escape(gap.note ?? "")) |")
    }
    return out
  }

  private static func strengths(_ report: GapReport) -> [String] {
    guard !report.strengthIDs.isEmpty else { return [] }
    var out = ["", "## Strengths", ""]
    for strength in report.strengths {
      out.append(
        "- \(escape(strength.name)): \(escape(strength.currentName)), "
          + "\(F.count(strength.surplus, "level", "levels")) above \(escape(strength.requiredName))."
      )
    }
    return out
  }

  private static func categories(_ report: GapReport) -> [String] {
    guard !report.categories.isEmpty else { return [] }
    var out = [
      "", "## By category", "", "| Category | Current | Required | Gaps |", "|---|---:|---:|---:|",
    ]
    for category in report.categories {
      out.append(
        "| \(escape(category.name)) | \(F.decimal(category.current, places: 1)) | "
          + "\(F.decimal(category.required, places: 1)) | \(category.gaps) |")
    }
    out.append("")
    out.append(
      "Levels are means on the scale from 0 (\(escape(report.levelNames.first ?? ""))) to "
        + "\(report.highestLevel) (\(escape(report.levelNames.last ?? ""))).")
    return out
  }

  private static func ranking(_ ranking: RoleRanking) -> [String] {
    guard !ranking.entries.isEmpty else { return [] }
    var out = [
      "", "## Roles by readiness", "", "| Role | Track | Readiness | Ready | Gaps |",
      "|---|---|---:|---|---:|",
    ]
    for entry in ranking.entries {
      out.append(
        "| \(escape(entry.role.title)) | \(escape(entry.role.track)) | "
          + "\(entry.readinessPercent) % | \(entry.isReady ? "yes" : "no") | \(entry.gaps) |")
    }
    if let next = ranking.nextStep.flatMap({ ranking.entry($0) }) {
      out.append("")
      out.append(
        "Closest next step on the \(escape(next.role.track)) track: **\(escape(next.role.title))**"
          + " (\(next.readinessPercent) %).")
    }
    return out
  }

  private static func weeks(_ plan: StudyPlan) -> [String] {
    let horizon = plan.options.horizonWeeks
    var out = ["", "## The next \(F.count(horizon, "week", "weeks"))"]
    // A shared project is named by the step that bills it: later steps show no ids.
    let billing = plan.billingTitles
    if plan.weeks.isEmpty { out += ["", "Nothing to study: every requirement is met."] }
    for week in plan.weeks {
      out += [
        "",
        "### Week \(week.number) · \(F.day(week.start)) to \(F.day(week.end)) · "
          + F.hours(week.minutes) + " of study",
        "",
      ]
      for allocation in week.allocations {
        guard let item = plan.item(allocation.item) else { continue }
        out += lines(for: item, allocation, in: plan, billing: billing)
      }
      if !week.practice.isEmpty {
        out.append(
          "- At work this week (\(PlanOptions.reflectionMinutes) min each to note what you did):")
        for allocation in week.practice {
          guard let item = plan.item(allocation.item) else { continue }
          out += lines(for: item, allocation, in: plan, billing: billing).map { "  " + $0 }
        }
      }
    }
    let later = plan.later
    let running = plan.running
    if !later.isEmpty || !running.isEmpty {
      out += ["", "## Later", ""]
      for (item, left) in running {
        out.append("- [ ] " + escape(PlanSummary.laterLine(item, minutesLeft: left)))
      }
      for item in later {
        out.append("- [ ] " + escape(PlanSummary.laterLine(item, billing: billing)))
      }
    }
    let left = plan.leftOut
    if !left.isEmpty {
      out += ["", "## Left out (blocking gaps only)", ""]
      for item in left {
        out.append("- \(escape(item.title)): \(F.hours(item.minutes))")
      }
    }
    return out
  }

  private static func lines(
    for item: PlanItem, _ allocation: Allocation, in plan: StudyPlan, billing: [String: String]
  ) -> [String] {
    var notes: [String] = []
    if item.blocking && item.closesGap && allocation.finishes {
      notes.append("closes a blocking gap")
    }
    if allocation.parts > 1 && allocation.finishes { notes.append("finishes this week") }
    let tail = notes.isEmpty ? "" : ", " + notes.joined(separator: ", ")
    var out = [
      "- [ ] **\(escape(item.title))** (`\(item.id)`): "
        + escape(PlanSummary.share(allocation, of: item)) + tail
    ]
    for task in allocation.taskLines(practice: item.isPractice) {
      let label = task.hasPrefix("Continue: ") ? "" : "This week: "
      out.append("  - \(label)\(escape(task))")
    }
    guard allocation.part == 1 else { return out }
    if !item.tip.isEmpty { out.append("  - Do: \(escape(item.tip))") }
    if let why = PlanSummary.neededFor(item, in: plan) { out.append("  - \(escape(why))") }
    if let milestone = item.milestone {
      let shared =
        item.billedIn(billing).map { " (the same project as \(escape($0)), billed there)" } ?? ""
      out.append("  - Prove it: \(escape(milestone))\(shared)")
    }
    if !item.resources.isEmpty {
      let links = item.resources.map { resource in
        let title = escape(resource.title)
        let label = F.safeLink(resource.url).map { "[\(title)](<\($0)>)" } ?? title
        return "\(label) (\(resource.kind.rawValue))"
      }
      out.append("  - Resources: " + links.joined(separator: ", "))
    }
    if let basis = item.basis { out.append("  - Hours: \(escape(basis))") }
    return out
  }
}
