import ArgumentParser
import SkillgapCore

struct Roles: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the roles of the framework, by track and seniority.",
    discussion: """
      With ratings (--ratings, or the assessment saved by the app), each role shows your \
      readiness for it and whether a gap blocks it, and the closest next step on your track \
      (the target's track) is marked.

      \(RatingsSource.discussion)
      """)

  enum Format: String, CaseIterable {
    case text, json
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var source: RatingsSource

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The role whose track the next step is on; defaults to the assessment's target.",
      valueName: "role"),
    completion: RoleCompletion.kind)
  var target: String?

  @Option(name: [.short, .long], help: ArgumentHelp("text or json.", valueName: "format"))
  var format: Format = .text

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      // Like report and plan, the saved assessment is read without --ratings; with neither,
      // the roles are listed without readiness.
      let ranking = try source.loadIfAny(framework: loaded).map { assessment in
        let chosen = target ?? assessment.target
        if let chosen, loaded.role(chosen) == nil {
          throw CommandError.unknownRole(
            id: chosen, suggestions: Suggestions.nearest(chosen, in: loaded.roles.map(\.id)))
        }
        return RoleRanking.rank(
          GapEngine(framework: loaded), assessment: assessment, target: chosen)
      }
      switch format {
      case .text: try Output.print(RolesTable.render(loaded, ranking: ranking))
      case .json:
        let document = RolesDocument.encode(loaded, ranking: ranking)
        try Console.output(String(decoding: document, as: UTF8.self))
      }
    }
  }
}

/// The roles of a framework as a table of at most 80 columns.
///
/// Role ids are never cut, since people copy them into `--target`; a title too long for its
/// column is cut, and details that do not fit beside the id go on the next line.
enum RolesTable {
  static let width = 80

  /// The table: per track, its roles by seniority, with years and pay, or with a ranking,
  /// readiness and whether a gap blocks the role; `*` marks the closest next step.
  static func render(_ framework: Framework, ranking: RoleRanking? = nil) -> String {
    var lines: [String] = []
    let tracks = framework.roles.map(\.track).uniqued()
    let idWidth = framework.roles.map { DisplayWidth.of($0.id) }.max() ?? 0
    let longestTitle =
      (framework.roles.map { DisplayWidth.of(TerminalText.escaped($0.title)) + 5 }.max() ?? 0)
    // Without a ranking the years and pay go on a line of their own when they do not fit, so
    // the title may take the room a readiness column would need.
    let titleWidth = min(longestTitle, max(20, width - idWidth - (ranking == nil ? 2 : 16)))
    for track in tracks {
      lines.append(track.truncated(to: width))
      let roles = framework.roles.filter { $0.track == track }.sorted {
        ($0.seniority, $0.id) < ($1.seniority, $1.id)
      }
      for role in roles {
        let margin = role.id == ranking?.nextStep ? "* " : "  "
        // Escaped before it is measured, so a title with control characters keeps the columns.
        let title = TerminalText.escaped(role.title)
        let left =
          (margin + "\(role.seniority). \(title)").truncated(to: titleWidth)
          .padded(to: titleWidth) + " " + role.id.padded(to: idWidth)
        let detail: String
        if let ranking, let entry = ranking.entry(role.id) {
          detail =
            "\(entry.readinessPercent) %".leftPadded(to: 5)
            + (entry.isReady ? "  ready" : "  blocked")
        } else {
          let years = role.years?.text ?? ""
          let pay = PayBand.summary(role.pay) ?? ""
          detail = years + (pay.isEmpty || years.isEmpty ? "" : ", ") + pay
        }
        if detail.isEmpty {
          lines.append(left.trimmingTrailingSpaces())
        } else if DisplayWidth.of(left) + 1 + DisplayWidth.of(detail) <= width {
          lines.append(left + " " + detail)
        } else {
          lines.append(left.trimmingTrailingSpaces())
          lines.append("     " + detail.truncated(to: width - 5))
        }
      }
    }
    if let next = ranking?.nextStep, framework.role(next) != nil {
      lines.append("")
      lines.append("* the closest next step on your track")
    }
    return lines.joined(separator: "\n")
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
