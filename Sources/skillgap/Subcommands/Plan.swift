import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

struct Plan: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Turn the gaps for a role into a study plan for the next weeks.",
    discussion: """
      Each gap becomes one step per level, with what to do each week, a milestone project, \
      resources and hours. The steps that blocking gaps need come first (with what they \
      need), breadth before depth; skills learned at work are practice steps beside the \
      study. The horizon (12 weeks unless --horizon) is planned in detail; the rest is listed \
      as later, with an estimate for the whole role. The same ratings and options always give \
      the same plan, byte for byte. The ics format holds one event per study session of the \
      horizon, on the study days, never past 22:00; for a saved assessment it updates the \
      calendar last exported (the record <data folder>/<framework id>.calendar.json keeps its \
      events): the same UIDs, SEQUENCE raised for what moved, cancellations for what went \
      away. Settings chosen in the app are used for a \
      saved assessment unless an option is given.

      \(RatingsSource.discussion)
      """)

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var source: RatingsSource

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The role to plan for (see 'skillgap roles'); defaults to the assessment's target.",
      valueName: "role"),
    completion: RoleCompletion.kind)
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
    name: [.customLong("horizon"), .customLong("weeks")], parsing: .unconditional,
    help: ArgumentHelp("Weeks planned in detail (1 to 104, default 12).", valueName: "n"))
  var horizon: Int?

  @Option(
    help: ArgumentHelp(
      "Study days, such as mon-fri, mon,wed,sat or 1-5 (default mon-fri).", valueName: "days"))
  var days: String?

  @Option(help: ArgumentHelp("When sessions start (default 18:00).", valueName: "hh:mm"))
  var at: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The longest study session in hours (default 2).", valueName: "hours"))
  var sessionHours: Double?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The most study in one day, in hours (default 3).", valueName: "hours"))
  var dailyHours: Double?

  @Flag(
    inversion: .prefixedNo,
    help: "Plan only the gaps that block the role, and what they need first.")
  var blockingOnly: Bool?

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "markdown (md), json, csv, html or ics, in any case.", valueName: "format"))
  var format: ExportFormat = .markdown

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file instead of standard output; in an existing folder, to "
        + "skillgap-plan.<extension> inside it.", valueName: "path"),
    completion: .file())
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
    if let horizon, !(1...PlanOptions.maximumHorizonWeeks).contains(horizon) {
      throw ValidationError("--horizon must be 1 to \(PlanOptions.maximumHorizonWeeks) weeks.")
    }
    if let days, StudyDays.parse(days) == nil {
      throw ValidationError(
        "--days must name weekdays such as mon-fri, mon,wed,sat or 1-5, not '\(days)'.")
    }
    if let at,
      !(Assessment.Preferences.minutes(clock: at).map {
        (PlanOptions.earliestStart...PlanOptions.latestEnd - 30).contains($0)
      } ?? false)
    {
      throw ValidationError("--at must be a time from 05:00 to 21:30 written HH:MM, such as 18:00.")
    }
    for (name, value) in [("--session-hours", sessionHours), ("--daily-hours", dailyHours)] {
      if let value, !(value.isFinite && value > 0 && value <= 12) {
        throw ValidationError("\(name) must be more than 0 and at most 12.")
      }
    }
  }

  /// The saved settings of the assessment, with every option given on the command line instead.
  func options(saved: Assessment.Preferences, start day: CalendarDay) -> PlanOptions {
    var options = saved.planOptions(start: day)
    if let hoursPerWeek { options.hoursPerWeek = hoursPerWeek }
    if let horizon { options.horizonWeeks = horizon }
    if let parsed = days.flatMap(StudyDays.parse) { options.studyDays = parsed }
    if let minutes = at.flatMap(Assessment.Preferences.minutes(clock:)) {
      options.sessionStart = minutes
    }
    if let sessionHours { options.sessionHours = sessionHours }
    if let dailyHours { options.dailyHours = dailyHours }
    if let blockingOnly { options.blockingOnly = blockingOnly }
    return options
  }

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let assessment = try source.load(framework: loaded)
      guard let chosen = target ?? assessment.target else { throw CommandError.noTarget }
      let day = start.flatMap(CalendarDay.init(iso:)) ?? Analysis.today
      // Like the target, the settings come from the saved assessment unless given.
      let options = options(saved: assessment.preferences, start: day)
      let results = try Analysis.results(
        loaded, assessment, target: chosen, plan: options,
        history: source.history(framework: loaded))
      guard let plan = results.plan, var text = format.render(results) else {
        throw CommandError.noTarget
      }
      // A calendar of the saved assessment updates the one last exported.
      let store = format == .ics ? source.savedStore(framework: loaded) : nil
      var record: CalendarRecord?
      if let store {
        let update = ICSExport.update(
          plan, framework: results.framework, stamp: results.assessedAt,
          previous: store.loadCalendarRecord())
        text = update.calendar
        record = update.record
      }
      let name = "skillgap-plan." + format.fileExtension
      let written = try OutputFile.write(text, to: output, nameInFolder: name)
      if let store, let record { try store.saveCalendarRecord(record) }
      // The confirmation goes to standard error: standard output carries only the document.
      if let written {
        Output.error(
          "Wrote the plan for \(plan.role.title) to \(written). "
            + PlanSummary.lines(plan).joined(separator: " "))
      }
    }
  }
}

/// Study days as people type them: `mon-fri`, `mon,wed,sat`, `1-5`, `weekends`, `all`.
enum StudyDays {
  static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// The ISO weekdays named, ascending, or nil when a name is not a weekday.
  static func parse(_ text: String) -> [Int]? {
    let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
    if ["all", "every", "everyday", "daily"].contains(lowered) { return Array(1...7) }
    if ["weekend", "weekends"].contains(lowered) { return [6, 7] }
    if ["weekdays", "workdays"].contains(lowered) { return Array(1...5) }
    var days: Set<Int> = []
    func day(_ word: Substring) -> Int? {
      if let number = Int(word), (1...7).contains(number) { return number }
      guard word.count >= 2 else { return nil }
      return names.firstIndex { $0.hasPrefix(word.prefix(3)) }.map { $0 + 1 }
    }
    for piece in lowered.split(separator: ",", omittingEmptySubsequences: false) {
      let ends = piece.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...2).contains(ends.count), let first = day(ends[0]) else { return nil }
      guard ends.count == 2 else {
        days.insert(first)
        continue
      }
      guard let last = day(ends[1]) else { return nil }
      var current = first
      while true {
        days.insert(current)
        if current == last { break }
        current = current % 7 + 1
      }
    }
    return days.isEmpty ? nil : days.sorted()
  }
}
