import ArgumentParser

struct Skillgap: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skillgap",
    abstract: "Rate yourself on a career framework, see your gaps, and get a study plan.",
    discussion: """
      With no command, skillgap opens the interactive assessment on the default framework \
      (Machine Learning Engineer). Every command also works on another framework: name its \
      folder with --content DIR or the SKILLGAP_CONTENT environment variable.
      """,
    version: "0.1.0",
    subcommands: [
      Assess.self, Validate.self, Roles.self, Report.self, Plan.self, Progress.self, Done.self,
      History.self, Diff.self,
      Template.self,
    ],
    defaultSubcommand: Assess.self
  )
}
