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
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
    completion: .file())
  var output: String?

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      if try OutputFile.write(RatingsCSV.template(loaded), to: output), let output {
        try Output.print("Wrote a ratings template of \(loaded.skills.count) skills to \(output).")
      }
    }
  }
}
