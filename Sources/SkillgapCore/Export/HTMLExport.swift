/// The results as one self-contained HTML page: summary, readiness per role, a chart of current
/// against required per category, the gap table and the weekly plan.
///
/// The page fetches nothing (no scripts, fonts or images; a Content-Security-Policy says so),
/// reads in light and dark browsers, and prints cleanly. Every piece of text from the framework
/// or a note is escaped, since a framework is data written by someone else; only `http` and
/// `https` addresses become links.
public enum HTMLExport {
  typealias F = ExportFormatting

  /// Renders results as HTML.
  /// - Parameter results: The results.
  /// - Returns: The page, ending with a newline.
  public static func render(_ results: Results) -> String {
    let kind = results.plan != nil ? "Study plan" : "Gap report"
    let title = kind + (results.report.map { ": " + $0.role.title } ?? "")
    var out = [
      "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
      "<meta name=\"generator\" content=\"skillgap\">",
      "<title>\(escape(title)) · skillgap</title>", "<style>", stylesheet, "</style>", "</head>",
      "<body>", "<header>", "<h1>\(escape(title))</h1>",
      "<p class=\"meta\">\(escape(results.framework.title)) (\(escape(results.framework.id)), "
        + "version \(escape(results.framework.version))) · ratings last changed "
        + "<time>\(F.timestamp(results.assessedAt))</time></p>",
      "</header>", "<main>",
    ]
    if let report = results.report {
      out += summary(report, plan: results.plan)
      out += rolesSection(results.ranking)
      out += categoryChart(report)
      out += gapTable(report)
      out += strengthsAndUnassessed(report)
    } else {
      out += rolesSection(results.ranking)
    }
    if let plan = results.plan { out += planSection(plan) }
    out += ["</main>", "<footer><p>Made by skillgap from a self-assessment.</p></footer>"]
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// Escapes text for HTML content and attribute values; control characters are dropped.
  /// - Parameter text: Any text.
  /// - Returns: Text with `&`, `<`, `>`, `"` and `'` as character references.
  public static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n", "\t": result.unicodeScalars.append(scalar)
      case "\r": continue
      default:
        if scalar.properties.generalCategory == .control { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func summary(_ report: GapReport, plan: StudyPlan?) -> [String] {
    var out = [
      "<section id=\"summary\">", "<h2>Summary</h2>", "<div class=\"headline\">",
      "<p class=\"big\">\(report.readinessPercent)&#8239;%</p>",
      "<p>ready for <strong>\(escape(report.role.title))</strong></p>",
      meter(report.readinessPercent), "</div>", "<ul>",
    ]
    if report.isReady {
      out.append("<li class=\"good\">Ready: no gap blocks the role.</li>")
    } else {
      let names = report.blockers.map { escape($0.name) }.joined(separator: ", ")
      out.append(
        "<li class=\"bad\">Not ready: "
          + "\(F.count(report.blockerIDs.count, "gap blocks", "gaps block")) the role (\(names)).</li>"
      )
    }
    out.append(
      "<li>\(F.count(report.gapIDs.count, "gap", "gaps")), "
        + "\(F.count(report.strengthIDs.count, "strength", "strengths")), "
        + "\(report.requirements.count) requirements.</li>")
    if let plan {
      let end = plan.end.map { " to \(F.day($0))" } ?? ""
      out.append(
        "<li>Plan: \(F.count(plan.items.count, "step", "steps")), "
          + "\(F.hours(plan.totalMinutes)) at \(F.decimal(plan.options.hoursPerWeek, places: 2)) h "
          + "a week, \(F.count(plan.weeks.count, "week", "weeks")) from "
          + "\(F.day(plan.options.start))\(end).</li>")
      out.append("<li>\(escape(MarkdownExport.readyLine(plan)))</li>")
    }
    out += ["</ul>", "</section>"]
    return out
  }

  static func meter(_ percent: Int) -> String {
    let width = max(0, min(100, percent))
    return "<svg class=\"meter\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" "
      + "role=\"img\" aria-label=\"\(width) percent\"><rect class=\"track\" width=\"100\" "
      + "height=\"6\"/><rect class=\"fill\" width=\"\(width)\" height=\"6\"/></svg>"
  }

  private static func rolesSection(_ ranking: RoleRanking) -> [String] {
    guard !ranking.entries.isEmpty else { return [] }
    var out = [
      "<section id=\"roles\">", "<h2>Readiness per role</h2>", "<table>",
      "<thead><tr><th>Role</th><th>Track</th><th>Seniority</th><th class=\"num\">Readiness</th>"
        + "<th></th><th>Ready</th><th class=\"num\">Gaps</th></tr></thead>", "<tbody>",
    ]
    for entry in ranking.entries {
      let marks = [
        entry.role.id == ranking.nextStep ? "next step" : nil,
        entry.role.id == ranking.currentRole ? "current role" : nil,
      ].compactMap { $0 }
      let tag = marks.isEmpty ? "" : " <span class=\"tag\">\(marks.joined(separator: ", "))</span>"
      out.append(
        "<tr><td>\(escape(entry.role.title))\(tag)</td><td>\(escape(entry.role.track))</td>"
          + "<td class=\"num\">\(entry.role.seniority)</td>"
          + "<td class=\"num\">\(entry.readinessPercent)&#8239;%</td>"
          + "<td class=\"bar\">\(meter(entry.readinessPercent))</td>"
          + "<td>\(entry.isReady ? "yes" : "no")</td><td class=\"num\">\(entry.gaps)</td></tr>")
    }
    out += ["</tbody>", "</table>", "</section>"]
    return out
  }

  private static func gapTable(_ report: GapReport) -> [String] {
    var out = ["<section id=\"gaps\">", "<h2>Gaps by priority</h2>"]
    guard !report.gapIDs.isEmpty else { return out + ["<p>No gaps.</p>", "</section>"] }
    out += [
      "<table>",
      "<thead><tr><th class=\"num\">#</th><th>Skill</th><th>Current</th><th>Required</th>"
        + "<th class=\"num\">Gap</th><th>Importance</th><th class=\"num\">Priority</th>"
        + "<th>Note</th></tr></thead>", "<tbody>",
    ]
    for gap in report.gaps {
      let blocks = gap.blocking ? " <span class=\"tag bad\">blocks</span>" : ""
      let assessed = gap.answer == .rated ? "" : " <span class=\"tag\">not assessed</span>"
      out.append(
        "<tr><td class=\"num\">\(gap.rank ?? 0)</td><td>\(escape(gap.name))</td>"
          + "<td>\(escape(gap.currentName))\(assessed)</td><td>\(escape(gap.requiredName))</td>"
          + "<td class=\"num\">\(gap.gap)</td><td>\(escape(gap.importanceName))\(blocks)</td>"
          + "<td class=\"num\">\(F.decimal(gap.priority, places: 2))</td>"
          + "<td>\(escape(gap.note ?? ""))</td></tr>")
    }
    out += ["</tbody>", "</table>", "</section>"]
    return out
  }

  private static func strengthsAndUnassessed(_ report: GapReport) -> [String] {
    var out: [String] = []
    if !report.strengthIDs.isEmpty {
      out += ["<section id=\"strengths\">", "<h2>Strengths</h2>", "<ul>"]
      for strength in report.strengths {
        out.append(
          "<li><strong>\(escape(strength.name))</strong>: \(escape(strength.currentName)), "
            + "\(F.count(strength.surplus, "level", "levels")) above "
            + "\(escape(strength.requiredName)).</li>")
      }
      out += ["</ul>", "</section>"]
    }
    let lists = [
      ("Not assessed (counted as \(escape(report.levelNames.first ?? "0")))", report.notAssessed),
      ("Not applicable (left out)", report.notApplicable),
    ]
    for (heading, standings) in lists where !standings.isEmpty {
      out.append(
        "<p class=\"aside\"><strong>\(heading):</strong> "
          + standings.map { escape($0.name) }.joined(separator: ", ") + ".</p>")
    }
    return out
  }

  private static func planSection(_ plan: StudyPlan) -> [String] {
    var out = ["<section id=\"plan\">", "<h2>Weekly plan</h2>"]
    if plan.weeks.isEmpty { out.append("<p>Nothing to study: every requirement is met.</p>") }
    for week in plan.weeks {
      out += [
        "<article class=\"week\">",
        "<h3>Week \(week.number) <small>\(F.day(week.start)) to \(F.day(week.end)) · "
          + "\(F.hours(week.minutes))</small></h3>", "<ul class=\"checklist\">",
      ]
      for allocation in week.allocations {
        guard let item = plan.item(allocation.item) else { continue }
        out += itemLines(item, allocation)
      }
      out += ["</ul>", "</article>"]
    }
    let unfinished = plan.unfinished
    if !unfinished.isEmpty {
      out += ["<h3>Not finished within the plan</h3>", "<ul>"]
      for item in unfinished {
        out.append(
          "<li>\(escape(item.title)): \(F.hours(item.minutes - item.scheduledMinutes)) left of "
            + "\(F.hours(item.minutes)).</li>")
      }
      out.append("</ul>")
    }
    out.append("</section>")
    return out
  }

  private static func itemLines(_ item: PlanItem, _ allocation: Allocation) -> [String] {
    var notes: [String] = []
    if allocation.parts > 1 || !item.isComplete {
      notes.append("week \(allocation.part) of \(allocation.parts)\(item.isComplete ? "" : "+")")
      notes.append(allocation.finishes ? "finishes this week" : "continues next week")
    }
    if item.blocking && item.closesGap && allocation.finishes {
      notes.append("closes a blocking gap")
    }
    let time =
      allocation.minutes == item.minutes
      ? F.hours(item.minutes) : "\(F.hours(allocation.minutes)) of \(F.hours(item.minutes))"
    let noteText =
      notes.isEmpty ? "" : " <span class=\"tag\">\(notes.joined(separator: ", "))</span>"
    var out = [
      "<li><span class=\"box\" aria-hidden=\"true\"></span><strong>\(escape(item.title))</strong> "
        + "· \(time)\(noteText)"
    ]
    if allocation.part == 1 {
      out.append("<dl>")
      if !item.tip.isEmpty { out.append("<dt>Do</dt><dd>\(escape(item.tip))</dd>") }
      if let milestone = item.milestone {
        out.append("<dt>Prove it</dt><dd>\(escape(milestone))</dd>")
      }
      if !item.resources.isEmpty {
        let links = item.resources.map { resource in
          let title = escape(resource.title)
          let label =
            F.safeLink(resource.url).map { "<a href=\"\(escape($0))\">\(title)</a>" } ?? title
          return "\(label) <small>(\(resource.kind.rawValue))</small>"
        }
        out.append("<dt>Resources</dt><dd>\(links.joined(separator: "; "))</dd>")
      }
      out.append("</dl>")
    }
    out.append("</li>")
    return out
  }
}
