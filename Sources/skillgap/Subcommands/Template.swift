import ArgumentParser
import SkillgapCore

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Print a ratings CSV to fill in: every skill's id and name, with empty level and note.",
    discussion: """
      Fill the level column with the scale's number or a level name (or 'skipped', or 'n/a' for \
      a skill that does not apply), then pass the file to 'skillgap report' or 'skillgap plan' \
      with --ratings. Rows left without a level count as not assessed; the name column is \
      ignored.
      """)

  @OptionGroup var framework: FrameworkOptions

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file instead of standard output; in an existing folder, to ratings.csv "
        + "inside it.", valueName: "path"),
    completion: .file())
  var output: String?

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let template = RatingsCSV.template(loaded)
      if let written = try OutputFile.write(template, to: output, nameInFolder: "ratings.csv") {
        Output.error("Wrote a ratings template of \(loaded.skills.count) skills to \(written).")
      }
    }
  }
}
