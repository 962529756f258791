/// The formats a study plan can be exported to, and the one function that renders each.
///
/// The command line and the interactive app both export through ``render(_:)``, so a file
/// written from either is byte for byte the same.
public enum ExportFormat: String, Sendable, Equatable, CaseIterable, Codable {
  case markdown, json, csv, html, ics

  /// The usual file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .json, .csv, .html, .ics: return rawValue
    }
  }

  /// Renders results in this format.
  /// - Parameter results: Results with a plan (CSV and iCalendar export only the plan).
  /// - Returns: The document, or nil for CSV and iCalendar when the results have no plan.
  public func render(_ results: Results) -> String? {
    switch self {
    case .markdown: return MarkdownExport.render(results)
    case .json: return String(decoding: ResultsDocument.encode(results), as: UTF8.self)
    case .html: return HTMLExport.render(results)
    case .csv: return results.plan.map(CSVExport.render)
    case .ics:
      return results.plan.map {
        ICSExport.render($0, framework: results.framework, stamp: results.assessedAt)
      }
    }
  }
}
