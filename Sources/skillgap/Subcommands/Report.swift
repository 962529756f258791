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

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var source: RatingsSource

  @Option(
    help: ArgumentHelp("The role to report on (see 'skillgap roles').", valueName: "role"),
    completion: RoleCompletion.kind)
  var target: String?

  @Option(help: ArgumentHelp("text (80 columns), markdown or json.", valueName: "format"))
  var format: Format = .text

  @Option(
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
    completion: .file())
  var output: String?

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let assessment = try source.load(framework: loaded)
      let chosen = target ?? assessment.target
      let results = try Analysis.results(loaded, assessment, target: chosen, plan: nil)
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
      if try OutputFile.write(text, to: output, as: kind), let output {
        let role = results.report.map { " for \($0.role.title)" } ?? ""
        try Output.print("Wrote the report\(role) to \(output).")
      }
    }
  }
}
