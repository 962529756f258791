import Foundation

/// The results as one self-contained HTML page: summary, readiness per role, a chart of the
/// levels met against those required per category, the gap table and the weekly plan.
///
/// The page fetches nothing (no scripts, fonts or images; a Content-Security-Policy says so),
/// reads in light and dark browsers, fits a phone's width, and prints compactly. Every piece of text from the framework
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
      if let history = results.readinessHistory {
        out += readinessChart(history, now: report.readinessPercent, role: report.role.title)
      }
      out += gapTable(report)
      out += strengthsAndUnassessed(report)
      if let role = results.role { out += about(role) }
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

  /// The role's description, years and every pay band, each with its source.
  private static func about(_ role: RoleFacts) -> [String] {
    var out = ["<section id=\"role\">", "<h2>About the role</h2>"]
    if !role.summary.isEmpty { out.append("<p>\(escape(role.summary))</p>") }
    out.append("<ul>")
    out.append(
      "<li>Years of experience: "
        + (role.years.map { escape($0.detail) } ?? "no source gives them") + ".</li>")
    if role.pay.isEmpty {
      out.append("<li>Pay: no source gives it.</li>")
    } else {
      out.append(
        "<li>Pay: \(escape(role.paySummary ?? "")); one line per source figure:<ul>"
          + role.pay.map { "<li>\(escape($0.detail))</li>" }.joined() + "</ul></li>")
    }
    out += ["</ul>", "</section>"]
    return out
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
      out.append("<li>Plan: \(escape(PlanSummary.settings(plan.options))).</li>")
      out += PlanSummary.lines(plan).map { "<li>\(escape($0))</li>" }
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

  /// Readiness for the focus role at each snapshot and now, as an inline SVG bar chart.
  static func readinessChart(_ history: [ReadinessPoint], now: Int, role: String) -> [String] {
    let utc = TimeZone(identifier: "UTC") ?? .current
    let points = history.map { (CalendarDay($0.taken, in: utc).iso, $0.percent) } + [("now", now)]
    let barWidth = 36
    let gap = 12
    let height = 120
    let width = 40 + points.count * (barWidth + gap)
    var out = [
      "<section id=\"over-time\">", "<h2>Readiness over time</h2>", "<figure>",
      "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height + 40)\" role=\"img\" "
        + "aria-label=\"Readiness for \(escape(role)) at each snapshot and now\">",
    ]
    for (index, point) in points.enumerated() {
      let x = 40 + index * (barWidth + gap)
      let bar = max(1, point.1 * height / 100)
      let y = 10 + height - bar
      let kind = point.0 == "now" ? "current" : "required"
      out.append(
        "<rect class=\"\(kind)\" x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(bar)\">"
          + "<title>\(escape(point.0)): \(point.1) %</title></rect>")
      out.append(
        "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\">\(point.1) %</text>")
      out.append(
        "<text class=\"tick\" x=\"\(x + barWidth / 2)\" y=\"\(height + 28)\" "
          + "text-anchor=\"middle\">\(escape(point.0))</text>")
    }
    out += [
      "</svg>",
      "<figcaption>Readiness for \(escape(role)) at each dated snapshot of the assessment, and "
        + "now.</figcaption>", "</figure>", "</section>",
    ]
    return out
  }

  private static func rolesSection(_ ranking: RoleRanking) -> [String] {
    guard !ranking.entries.isEmpty else { return [] }
    var out = [
      "<section id=\"roles\">", "<h2>Readiness per role</h2>", "<div class=\"scroll\"><table>",
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
    out += ["</tbody>", "</table></div>", "</section>"]
    return out
  }

  private static func gapTable(_ report: GapReport) -> [String] {
    var out = ["<section id=\"gaps\">", "<h2>Gaps by priority</h2>"]
    guard !report.gapIDs.isEmpty else { return out + ["<p>No gaps.</p>", "</section>"] }
    out += [
      "<div class=\"scroll\"><table>",
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
    out += ["</tbody>", "</table></div>", "</section>"]
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

  /// The horizon as a timeline (a row per step, a column per week), then each step once with
  /// its task for every week, then what comes later.
  private static func planSection(_ plan: StudyPlan) -> [String] {
    let horizon = plan.options.horizonWeeks
    var out = ["<section id=\"plan\">", "<h2>The next \(F.count(horizon, "week", "weeks"))</h2>"]
    if plan.weeks.isEmpty { out.append("<p>Nothing to study: every requirement is met.</p>") }
    var rows: [(item: PlanItem, weeks: [Int: Allocation])] = []
    for week in plan.weeks {
      for allocation in week.allocations + week.practice {
        guard let item = plan.item(allocation.item) else { continue }
        if let index = rows.firstIndex(where: { $0.item.id == item.id }) {
          rows[index].weeks[week.number] = allocation
        } else {
          rows.append((item, [week.number: allocation]))
        }
      }
    }
    if !rows.isEmpty {
      let count = plan.weeks.count
      out.append("<div class=\"timeline\" role=\"table\" aria-label=\"Weeks of each step\">")
      out.append(
        "<div class=\"tl-row tl-head\" role=\"row\"><span role=\"columnheader\">Step</span>"
          + (1...count).map { "<span role=\"columnheader\">\($0)</span>" }.joined() + "</div>")
      for row in rows {
        let cells = (1...count).map { week -> String in
          guard let allocation = row.weeks[week] else { return "<span role=\"cell\"></span>" }
          let kind =
            row.item.isPractice ? "practice" : (row.item.forBlocking ? "blocking" : "study")
          return "<span role=\"cell\" class=\"on \(kind)\" title=\"Week \(week): "
            + "\(escape(PlanSummary.share(allocation, of: row.item)))\">"
            + "\(PlanText.hours(Double(allocation.minutes) / 60))</span>"
        }
        out.append(
          "<div class=\"tl-row\" role=\"row\"><span role=\"rowheader\">"
            + "\(escape(row.item.title))</span>\(cells.joined())</div>")
      }
      out.append("</div>")
      out.append(
        "<p class=\"aside\">Hours per week. <span class=\"key blocking\"></span> needed for a "
          + "blocking gap · <span class=\"key study\"></span> other study · "
          + "<span class=\"key practice\"></span> practice at work (not study hours).</p>")
    }
    if !rows.isEmpty { out.append("<ul class=\"checklist\">") }
    // A shared project is named by the step that bills it, as the reader sees no ids.
    let billing = plan.billingTitles
    for row in rows { out += itemLines(row.item, row.weeks, billing: billing) }
    if !rows.isEmpty { out.append("</ul>") }
    let later = plan.later
    let running = plan.running
    if !later.isEmpty || !running.isEmpty {
      out += ["<h3>Later</h3>", "<ul>"]
      for (item, left) in running {
        out.append("<li>\(escape(PlanSummary.laterLine(item, minutesLeft: left))).</li>")
      }
      for item in later {
        out.append("<li>\(escape(PlanSummary.laterLine(item, billing: billing))).</li>")
      }
      out.append("</ul>")
    }
    let left = plan.leftOut
    if !left.isEmpty {
      out += ["<h3>Left out (blocking gaps only)</h3>", "<ul>"]
      for item in left { out.append("<li>\(escape(item.title)): \(F.hours(item.minutes)).</li>") }
      out.append("</ul>")
    }
    out.append("</section>")
    return out
  }

  private static func itemLines(
    _ item: PlanItem, _ weeks: [Int: Allocation], billing: [String: String]
  ) -> [String] {
    var notes: [String] = []
    if let first = item.firstWeek, let last = item.lastWeek {
      notes.append(last > first ? "weeks \(first)–\(last)" : "week \(first)")
    }
    if item.isPractice { notes.append("practice at work") }
    if item.blocking && item.closesGap { notes.append("closes a blocking gap") }
    let noteText =
      notes.isEmpty ? "" : " <span class=\"tag\">\(notes.joined(separator: ", "))</span>"
    var out = [
      "<li><span class=\"box\" aria-hidden=\"true\"></span><strong>\(escape(item.title))</strong> "
        + "· \(F.hours(item.minutes))\(noteText)", "<dl>",
    ]
    if !item.tip.isEmpty { out.append("<dt>Do</dt><dd>\(escape(item.tip))</dd>") }
    for week in weeks.keys.sorted() {
      guard let tasks = weeks[week]?.taskLines(practice: item.isPractice), !tasks.isEmpty else {
        continue
      }
      out.append(
        "<dt>Week \(week)</dt><dd>\(tasks.map(escape).joined(separator: "<br>"))</dd>")
    }
    if let milestone = item.milestone {
      let shared =
        item.billedIn(billing).map { " <small>(same project as \(escape($0)))</small>" } ?? ""
      out.append("<dt>Prove it</dt><dd>\(escape(milestone))\(shared)</dd>")
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
    if let basis = item.basis { out.append("<dt>Hours</dt><dd>\(escape(basis))</dd>") }
    out += ["</dl>", "</li>"]
    return out
  }
}
