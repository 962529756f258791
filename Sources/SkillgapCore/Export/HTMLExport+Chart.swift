extension HTMLExport {
  /// The chart's geometry, in SVG user units.
  private enum Chart {
    static let width = 720.0
    static let labelWidth = 190.0
    static let barLeft = 200.0
    static let barWidth = 500.0
    static let top = 30.0
    static let rowHeight = 34.0
    static let axisHeight = 34.0
  }

  /// The section with an inline SVG bar chart of current against required per category.
  ///
  /// Each category has two bars on the framework's scale: the mean required level (outlined)
  /// and the mean current level (filled); grid lines mark every level, named below the chart.
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
      "<section id=\"categories\">", "<h2>Current and required level per category</h2>",
      "<figure>",
      "<svg class=\"chart\" viewBox=\"0 0 \(F.decimal(Chart.width, places: 1)) "
        + "\(F.decimal(height, places: 1))\" role=\"img\" aria-labelledby=\"chart-title\">",
      "<title id=\"chart-title\">Mean current and required level per category, on a scale "
        + "from 0 to \(report.highestLevel)</title>",
      "<g class=\"legend\"><rect class=\"required\" x=\"\(x(0))\" y=\"6\" width=\"14\" "
        + "height=\"10\"/><text x=\"\(F.decimal(Chart.barLeft + 20, places: 1))\" y=\"15\">"
        + "required</text><rect class=\"current\" x=\"\(F.decimal(Chart.barLeft + 100, places: 1))\""
        + " y=\"6\" width=\"14\" height=\"10\"/><text "
        + "x=\"\(F.decimal(Chart.barLeft + 120, places: 1))\" y=\"15\">current</text></g>",
    ]
    let bottom = Chart.top + Double(report.categories.count) * Chart.rowHeight
    for level in 0...report.highestLevel {
      let name = report.levelNames.indices.contains(level) ? report.levelNames[level] : "\(level)"
      let perLevel = Int(Chart.barWidth / highest / 6.5)
      out.append(
        "<line class=\"grid\" x1=\"\(x(Double(level)))\" y1=\"\(F.decimal(Chart.top, places: 1))\" "
          + "x2=\"\(x(Double(level)))\" y2=\"\(F.decimal(bottom, places: 1))\"/>"
          + "<text class=\"tick\" x=\"\(x(Double(level)))\" y=\"\(F.decimal(bottom + 14, places: 1))\""
          + " text-anchor=\"middle\">\(level)</text><text class=\"tick\" x=\"\(x(Double(level)))\" "
          + "y=\"\(F.decimal(bottom + 27, places: 1))\" text-anchor=\"middle\">"
          + "\(escape(F.truncate(F.oneLine(name), to: max(3, perLevel))))</text>")
    }
    for (row, category) in report.categories.enumerated() {
      let y = Chart.top + Double(row) * Chart.rowHeight
      let label = F.truncate(F.oneLine(category.name), to: 28)
      out.append(
        "<g class=\"row\"><title>\(escape(category.name)): current "
          + "\(F.decimal(category.current, places: 2)), required "
          + "\(F.decimal(category.required, places: 2)) (\(category.requirements) skills, "
          + "\(F.count(category.gaps, "gap", "gaps")))</title>"
          + "<text x=\"\(F.decimal(Chart.labelWidth, places: 1))\" "
          + "y=\"\(F.decimal(y + 21, places: 1))\" text-anchor=\"end\">\(escape(label))</text>"
          + "<rect class=\"required\" x=\"\(x(0))\" y=\"\(F.decimal(y + 5, places: 1))\" "
          + "width=\"\(length(category.required))\" height=\"11\"/>"
          + "<rect class=\"current\" x=\"\(x(0))\" y=\"\(F.decimal(y + 18, places: 1))\" "
          + "width=\"\(length(category.current))\" height=\"11\"/></g>")
    }
    out += [
      "</svg>",
      "<figcaption>Means over the role's requirements in each category, on the scale from 0 "
        + "(\(escape(report.levelNames.first ?? ""))) to \(report.highestLevel) "
        + "(\(escape(report.levelNames.last ?? ""))).</figcaption>",
      "</figure>", "</section>",
    ]
    return out
  }
}
