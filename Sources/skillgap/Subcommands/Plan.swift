import ArgumentParser
import Foundation
import SkillgapCore

struct Plan: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Turn the gaps for a role into a week-by-week study plan.",
    discussion: """
      Each gap becomes one step per level, with what to do, a milestone project, resources and \
      an hours estimate. Prerequisites come first, then the most valuable gaps; the steps fill \
      the weekly hours in order, and a step that does not fit continues the next week. The \
      same ratings and options always give the same plan, byte for byte. The ics format holds \
      one calendar event per study session (sessions of at most 2 hours from 18:00, spread \
      over each week).

      \(RatingsSource.discussion)
      """)

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var source: RatingsSource

  @Option(
    help: ArgumentHelp(
      "The role to plan for (see 'skillgap roles'); defaults to the assessment's target.",
      valueName: "role"))
  var target: String?

  // Numbers are read unconditionally, so a negative one reaches validate() and its range message
  // instead of being taken for an option.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Hours of study a week; defaults to the hours chosen in the app for a saved assessment, "
        + "else 6.", valueName: "hours"))
  var hoursPerWeek: Double?

  @Option(
    help: ArgumentHelp("The first day of the plan (default: today).", valueName: "yyyy-mm-dd"))
  var start: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The most weeks the plan may take.", valueName: "n"))
  var weeks: Int?

  @Option(help: ArgumentHelp("markdown, json, csv, html or ics.", valueName: "format"))
  var format: ExportFormat = .markdown

  @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func validate() throws {
    if let hoursPerWeek,
      !(hoursPerWeek.isFinite && hoursPerWeek > 0
        && hoursPerWeek <= PlanOptions.maximumHoursPerWeek)
    {
      throw ValidationError("--hours-per-week must be more than 0 and at most 100, such as 6.")
    }
    if let start, CalendarDay(iso: start) == nil {
      throw ValidationError("--start must be a date written YYYY-MM-DD, such as 2026-01-05.")
    }
    if let weeks, weeks < 1 {
      throw ValidationError("--weeks must be at least 1.")
    }
  }

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let assessment = try source.load(framework: loaded)
      guard let chosen = target ?? assessment.target else { throw CommandError.noTarget }
      let day = start.flatMap(CalendarDay.init(iso:)) ?? Analysis.today
      // Like the target, the hours come from the saved assessment unless given.
      let saved = assessment.preferences.planHoursPerWeek.map(Double.init)
      let hours = hoursPerWeek ?? saved ?? PlanOptions.defaultHoursPerWeek
      let options = PlanOptions(hoursPerWeek: hours, start: day, maxWeeks: weeks)
      let results = try Analysis.results(loaded, assessment, target: chosen, plan: options)
      guard let plan = results.plan, let text = format.render(results) else {
        throw CommandError.noTarget
      }
      if try OutputFile.write(text, to: output), let output {
        let span = plan.end.map { " to \($0.iso)" } ?? ""
        Output.print(
          "Wrote the plan for \(plan.role.title) to \(output): "
            + "\(plan.items.count == 1 ? "1 step" : "\(plan.items.count) steps"), "
            + "\(plan.weeks.count == 1 ? "1 week" : "\(plan.weeks.count) weeks") from "
            + "\(plan.options.start.iso)\(span).")
      }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
