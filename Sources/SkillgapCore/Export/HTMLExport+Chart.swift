extension HTMLExport {
  /// The chart's geometry, in SVG user units.
  ///
  /// Labels sit above their bars, so the chart keeps one narrow shape that reads at a phone's
  /// width; the stylesheet caps how wide it grows on a desktop, so text stays near body size.
  private enum Chart {
    static let width = 480.0
    static let barLeft = 16.0
    static let barWidth = 448.0
    static let top = 26.0
    static let rowHeight = 50.0
    static let axisHeight = 40.0
  }

  /// The section with an inline SVG bar chart of what is reached against what is required per
  /// category.
  ///
  /// Each category has two bars on the framework's scale: the mean required level (outlined)
  /// and the mean level reached (filled), where each skill counts at most at its required
  /// level, so a skill far above its requirement cannot hide two at 0. Grid lines mark every
  /// level, named below the chart; the mean current level, surpluses included, is in each
  /// row's tooltip.
  /// - Parameter report: The report.
  /// - Returns: The section's lines, or none when the report has no category.
  static func categoryChart(_ report: GapReport) -> [String] {
    guard !report.categories.isEmpty else { return [] }
    let highest = Double(max(report.highestLevel, 1))
    let height = Chart.top + Double(report.categories.count) * Chart.rowHeight + Chart.axisHeight
    func x(_ level: Double) -> String {
      F.decimal(Chart.barLeft + Chart.barWidth * min(max(level, 0), highest) / highest, places: 1)
    }
    func length(_ level: Double) -> String {
      F.decimal(Chart.barWidth * min(max(level, 0), highest) / highest, places: 1)
    }
    var out = [
      "<section id=\"categories\">", "<h2>Required level per category, and how much is met</h2>",
      "<figure>",
      "<svg class=\"chart\" viewBox=\"0 0 \(F.decimal(Chart.width, places: 1)) "
        + "\(F.decimal(height, places: 1))\" role=\"img\" aria-labelledby=\"chart-title\">",
      "<title id=\"chart-title\">Mean required level per category and the mean level reached, "
        + "each skill counted up to its requirement, on a scale from 0 to "
        + "\(report.highestLevel)</title>",
      "<g class=\"legend\"><rect class=\"required\" x=\"\(x(0))\" y=\"4\" width=\"14\" "
        + "height=\"10\"/><text x=\"\(F.decimal(Chart.barLeft + 20, places: 1))\" y=\"14\">"
        + "required</text><rect class=\"current\" x=\"\(F.decimal(Chart.barLeft + 110, places: 1))\""
        + " y=\"4\" width=\"14\" height=\"10\"/><text "
        + "x=\"\(F.decimal(Chart.barLeft + 130, places: 1))\" y=\"14\">met (up to required)</text>"
        + "</g>",
    ]
    let bottom = Chart.top + Double(report.categories.count) * Chart.rowHeight
    for level in 0...report.highestLevel {
      let name = report.levelNames.indices.contains(level) ? report.levelNames[level] : "\(level)"
      let perLevel = Int(Chart.barWidth / highest / 7.5)
      out.append(
        "<line class=\"grid\" x1=\"\(x(Double(level)))\" y1=\"\(F.decimal(Chart.top, places: 1))\" "
          + "x2=\"\(x(Double(level)))\" y2=\"\(F.decimal(bottom, places: 1))\"/>"
          + "<text class=\"tick\" x=\"\(x(Double(level)))\" y=\"\(F.decimal(bottom + 16, places: 1))\""
          + " text-anchor=\"middle\">\(level)</text><text class=\"tick\" x=\"\(x(Double(level)))\" "
          + "y=\"\(F.decimal(bottom + 32, places: 1))\" text-anchor=\"middle\">"
          + "\(escape(F.truncate(F.oneLine(name), to: max(3, perLevel))))</text>")
    }
    for (row, category) in report.categories.enumerated() {
      let y = Chart.top + Double(row) * Chart.rowHeight
      let label = F.truncate(F.oneLine(category.name), to: 48)
      out.append(
        "<g class=\"row\"><title>\(escape(category.name)): met "
          + "\(F.decimal(category.reached, places: 2)) of required "
          + "\(F.decimal(category.required, places: 2)); mean current "
          + "\(F.decimal(category.current, places: 2)) (\(category.requirements) skills, "
          + "\(F.count(category.gaps, "gap", "gaps")))</title>"
          + "<text x=\"\(x(0))\" y=\"\(F.decimal(y + 16, places: 1))\">\(escape(label))</text>"
          + "<rect class=\"required\" x=\"\(x(0))\" y=\"\(F.decimal(y + 22, places: 1))\" "
          + "width=\"\(length(category.required))\" height=\"11\"/>"
          + "<rect class=\"current\" x=\"\(x(0))\" y=\"\(F.decimal(y + 35, places: 1))\" "
          + "width=\"\(length(category.reached))\" height=\"11\"/></g>")
    }
    out += [
      "</svg>",
      "<figcaption>Means over the role's requirements in each category, on the scale from 0 "
        + "(\(escape(report.levelNames.first ?? ""))) to \(report.highestLevel) "
        + "(\(escape(report.levelNames.last ?? ""))). The filled bar counts each skill only up "
        + "to its required level, so it shows what is still short: a skill above its "
        + "requirement does not make up for one below.</figcaption>",
      "</figure>", "</section>",
    ]
    return out
  }
}
