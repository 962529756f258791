import ArgumentParser
import Foundation
import SkillgapCore

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show how far your ratings are from a role, and every role ranked by fit.",
    discussion: """
      The ratings file is a saved assessment (JSON) or a CSV with the columns skill and level \
      (and optionally note); 'skillgap template' prints one to fill in. With --target, or a \
      target saved in the assessment, the report is about that role; without one it ranks \
      every role and reports the closest next step on your track.

      \(RatingsSource.discussion)
      """)

  enum Format: String, CaseIterable {
    case text, markdown, json

    var fileExtension: String {
      switch self {
      case .text: return "txt"
      case .markdown: return "md"
      case .json: return "json"
      }
    }
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var source: RatingsSource

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("The role to report on (see 'skillgap roles').", valueName: "role"),
    completion: RoleCompletion.kind)
  var target: String?

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "text (80 columns), markdown (md) or json, in any case.", valueName: "format"))
  var format: Format = .text

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file instead of standard output; in an existing folder, to "
        + "skillgap-report.<extension> inside it.", valueName: "path"),
    completion: .file())
  var output: String?

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let assessment = try source.load(framework: loaded)
      let chosen = target ?? assessment.target
      let results = try Analysis.results(
        loaded, assessment, target: chosen, plan: nil, history: source.history(framework: loaded))
      let text: String
      var kind = Console.Kind.document
      switch format {
      case .text:
        let color = Output.useColor && (output == nil || output == "-")
        text = TextReport.render(results, targetChosen: chosen != nil, color: color)
        kind = color ? .styledText : .text
      case .markdown: text = MarkdownExport.render(results)
      case .json: text = String(decoding: ResultsDocument.encode(results), as: UTF8.self)
      }
      let name = "skillgap-report." + format.fileExtension
      if let written = try OutputFile.write(text, to: output, nameInFolder: name, as: kind) {
        let role = results.report.map { " for \($0.role.title)" } ?? ""
        Output.error("Wrote the report\(role) to \(written).")
      }
    }
  }
}
