import ArgumentParser
import SkillgapCore

/// A `--format` value as people type it: in any case, and by its file extension as well as its
/// name (`md`, `Markdown` and `MARKDOWN` are all markdown).
protocol FormatArgument: ExpressibleByArgument, CaseIterable, RawRepresentable
where RawValue == String {
  /// Other words for a format, lowercased.
  static var aliases: [String: Self] { get }
}

extension FormatArgument {
  public init?(argument: String) {
    let word = argument.lowercased()
    guard let format = Self.allCases.first(where: { $0.rawValue == word }) ?? Self.aliases[word]
    else { return nil }
    self = format
  }
}

extension ExportFormat: FormatArgument {
  static var aliases: [String: ExportFormat] {
    var byExtension: [String: ExportFormat] = [:]
    for format in allCases { byExtension[format.fileExtension] = format }
    byExtension["htm"] = .html
    return byExtension
  }
}

extension Report.Format: FormatArgument {
  static var aliases: [String: Report.Format] { ["md": .markdown, "txt": .text] }
}

extension Roles.Format: FormatArgument {
  static var aliases: [String: Roles.Format] { ["txt": .text] }
}
