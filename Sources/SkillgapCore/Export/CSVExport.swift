/// The study plan as CSV: one row per step and week of the horizon, then one per later step.
///
/// RFC 4180: a UTF-8 byte-order mark (``CSVText/byteOrderMark``, so spreadsheets read the text
/// as UTF-8), a header row, comma separators, CRLF line ends, quoted cells where needed. Cells a
/// spreadsheet would run as a formula are neutralised with a leading `'` (see
/// ``CSVText/cell(_:)``).
///
/// The `when` column says `horizon` (a week of the horizon: `week`, `hours_this_week` and `task`
/// say what to do that week), `later` (after the horizon: `first_week` and `last_week` are the
/// estimate) or `left out` (not planned because only blocking gaps are). `kind` is `study` or
/// `practice` (done at work, not study hours). `shared_milestone` names the step that bills the
/// same project, whose hours this step does not count again.
public enum CSVExport {
  /// The header row's column names.
  public static let columns = [
    "when", "week", "week_start", "item", "skill", "skill_name", "category", "from_level",
    "from_name", "to_level", "to_name", "kind", "hours_this_week", "task", "step_hours",
    "hours_basis", "first_week", "last_week", "finish_date", "blocking", "for_blocking",
    "closes_gap", "after", "tip", "milestone", "shared_milestone", "resources",
  ]

  /// Renders a plan as CSV.
  /// - Parameter plan: The plan.
  /// - Returns: The CSV text: a header, then the horizon's rows, then later and left-out steps.
  public static func render(_ plan: StudyPlan) -> String {
    var out = CSVText.byteOrderMark + CSVText.line(columns)
    func row(_ when: String, _ week: PlanWeek?, _ item: PlanItem, _ allocation: Allocation?)
      -> [String]
    {
      let resources = item.resources.map { resource in
        let link = resource.url.map { " <\(ExportFormatting.oneLine($0))>" } ?? ""
        return "\(ExportFormatting.oneLine(resource.title)) (\(resource.kind.rawValue))\(link)"
      }
      return [
        when, week.map { String($0.number) } ?? "", week?.start.iso ?? "", item.id, item.skill,
        item.name, item.category, String(item.fromLevel), item.fromName, String(item.toLevel),
        item.toName, item.kind.rawValue,
        allocation.map { ExportFormatting.decimal(Double($0.minutes) / 60, places: 2) } ?? "",
        allocation?.taskLines(practice: item.isPractice).joined(separator: " / ") ?? "",
        ExportFormatting.decimal(item.hours, places: 2), item.basis ?? "",
        item.firstWeek.map(String.init) ?? "", item.lastWeek.map(String.init) ?? "",
        item.lastWeek.map { plan.lastDay(ofWeek: $0).iso } ?? "", item.blocking ? "yes" : "no",
        item.forBlocking ? "yes" : "no", item.closesGap ? "yes" : "no",
        item.after.joined(separator: " "), item.tip, item.milestone ?? "",
        item.sharedMilestone ?? "", resources.joined(separator: "; "),
      ]
    }
    for week in plan.weeks {
      for allocation in week.allocations + week.practice {
        guard let item = plan.item(allocation.item) else { continue }
        out += CSVText.line(row("horizon", week, item, allocation))
      }
    }
    for item in plan.later { out += CSVText.line(row("later", nil, item, nil)) }
    for item in plan.leftOut { out += CSVText.line(row("left out", nil, item, nil)) }
    return out
  }
}
