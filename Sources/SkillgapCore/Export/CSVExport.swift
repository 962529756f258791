/// The study plan as CSV: one row per plan item, in study order.
///
/// RFC 4180: a header row, comma separators, CRLF line ends, quoted cells where needed. Cells a
/// spreadsheet would run as a formula are neutralised with a leading `'` (see
/// ``CSVText/cell(_:)``).
///
/// A plan limited to a number of weeks may not hold every item: the `scheduled` column says
/// `yes` (all of it falls in the plan's weeks), `partly` (it starts in the plan but continues
/// after its last week, so `last_week` and `finish_date` are empty) or `no` (it comes after the
/// plan ends, so every week and date column is empty).
public enum CSVExport {
  /// The header row's column names.
  public static let columns = [
    "order", "item", "skill", "skill_name", "category", "from_level", "from_name", "to_level",
    "to_name", "hours", "scheduled_hours", "scheduled", "first_week", "last_week", "start_date",
    "finish_date",
    "priority", "blocking", "closes_gap", "tip", "milestone", "resources",
  ]

  /// Renders a plan as CSV.
  /// - Parameter plan: The plan.
  /// - Returns: The CSV text: a header, then one row per item.
  public static func render(_ plan: StudyPlan) -> String {
    var out = CSVText.line(columns)
    for (offset, item) in plan.items.enumerated() {
      func day(_ week: Int?, _ path: KeyPath<PlanWeek, CalendarDay>) -> String {
        guard let week, plan.weeks.indices.contains(week - 1) else { return "" }
        return plan.weeks[week - 1][keyPath: path].iso
      }
      let resources = item.resources.map { resource in
        let link = resource.url.map { " <\(ExportFormatting.oneLine($0))>" } ?? ""
        return "\(ExportFormatting.oneLine(resource.title)) (\(resource.kind.rawValue))\(link)"
      }
      out += CSVText.line([
        String(offset + 1), item.id, item.skill, item.name, item.category, String(item.fromLevel),
        item.fromName, String(item.toLevel), item.toName,
        ExportFormatting.decimal(Double(item.minutes) / 60, places: 2),
        ExportFormatting.decimal(Double(item.scheduledMinutes) / 60, places: 2),
        scheduled(item),
        item.firstWeek.map(String.init) ?? "", item.lastWeek.map(String.init) ?? "",
        day(item.firstWeek, \.start), day(item.lastWeek, \.end),
        ExportFormatting.decimal(item.priority, places: 2), item.blocking ? "yes" : "no",
        item.closesGap ? "yes" : "no", item.tip, item.milestone ?? "",
        resources.joined(separator: "; "),
      ])
    }
    return out
  }

  /// `yes`, `partly` or `no`: how much of the item the plan's weeks hold.
  static func scheduled(_ item: PlanItem) -> String {
    if item.scheduledMinutes >= item.minutes { return "yes" }
    return item.scheduledMinutes > 0 ? "partly" : "no"
  }
}
