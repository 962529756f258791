import ArgumentParser
import Foundation
import SkillgapCore
import SkillgapLoading

/// `skillgap progress`: what is done, what is under way, hours logged, and this week's steps.
struct Progress: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show progress on the study plan: done, under way, hours logged, this week.",
    discussion: """
      Reads the assessment saved by the app (its target, plan settings and progress) and plans \
      from today around what is done, as the plan screen does. Mark steps with 'skillgap done' \
      or on the plan screen (d, s, x, H).

      \(RatingsSource.discussion)
      """)

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, json
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var data: DataFolderOption

  @Option(name: [.short, .long], help: ArgumentHelp("text or json.", valueName: "format"))
  var format: Format = .text

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let store = data.store(frameworkID: loaded.id)
      let assessment = try SavedPlan.assessment(store, framework: loaded)
      let plan = try SavedPlan.plan(assessment, framework: loaded, start: Analysis.today)
      switch format {
      case .text: try Output.print(ProgressText.render(plan))
      case .json: try Console.output(ProgressText.json(plan))
      }
    }
  }
}

/// `skillgap done STEP`: marks a step of the plan, the same way the plan screen does.
struct Done: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Mark a step of the plan done (or under way, or dropped) and log hours on it.",
    discussion: """
      STEP is the step's id as the plan shows it: <skill>@<level reached>, such as pytorch@3. \
      The saved assessment keeps the mark; the plan then re-flows from today around it.

      \(RatingsSource.discussion)
      """)

  enum Mark: String, CaseIterable, ExpressibleByArgument {
    case done, started, dropped, clear
  }

  @OptionGroup var framework: FrameworkOptions

  @OptionGroup var data: DataFolderOption

  @Argument(help: ArgumentHelp("The step, such as pytorch@3.", valueName: "step"))
  var step: String

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Hours to log on the step (added to what is logged).", valueName: "hours"))
  var hours: Double?

  @Option(
    help: ArgumentHelp(
      "done (default), started (under way), dropped, or clear (no mark).", valueName: "mark"))
  var mark: Mark = .done

  func validate() throws {
    if let hours, !(hours.isFinite && hours > 0 && hours <= 1_000) {
      throw ValidationError("--hours must be more than 0 and at most 1000, such as 2.5.")
    }
  }

  func run() throws {
    let loaded = try framework.load()
    try Output.run {
      let store = data.store(frameworkID: loaded.id)
      // Held while the file is read and written, so the app cannot save over the change.
      let lock = try store.lock()
      defer { _ = lock }
      var assessment = try SavedPlan.assessment(store, framework: loaded)
      let plan = try SavedPlan.plan(assessment, framework: loaded, start: Analysis.today)
      guard let item = plan.item(step) else {
        throw CommandError.unknownStep(
          id: step, suggestions: Suggestions.nearest(step, in: plan.items.map(\.id)))
      }
      let now = Clock.now()
      let previous = assessment.progress[item.id]
      let logged = (previous?.minutes ?? 0) + PlanOptions.minutes(hours ?? 0)
      switch mark {
      case .clear: assessment.progress[item.id] = nil
      case .done: assessment.progress[item.id] = .init(status: .done, minutes: logged, updated: now)
      case .started:
        assessment.progress[item.id] = .init(status: .inProgress, minutes: logged, updated: now)
      case .dropped:
        assessment.progress[item.id] = .init(status: .dropped, minutes: logged, updated: now)
      }
      try store.save(assessment)
      let after = try SavedPlan.plan(assessment, framework: loaded, start: Analysis.today)
      var words = "\(item.id) (\(item.title)): "
      switch mark {
      case .clear: words += "no mark"
      case .done: words += "done"
      case .started: words += "under way"
      case .dropped: words += "dropped"
      }
      if logged > 0 { words += ", \(PlanText.hours(minutes: logged)) logged" }
      words += ". " + PlanSummary.ready(after)
      if mark == .done, (assessment.level(of: item.skill) ?? 0) < item.toLevel {
        words +=
          " Rate \(item.name) \(item.toName) in the app (its milestone is your evidence) to close "
          + "the gap."
      }
      Output.error(words)
    }
  }
}

/// The saved assessment and its plan, as `progress` and `done` read them.
enum SavedPlan {
  static func assessment(_ store: AssessmentStore, framework: Framework) throws -> Assessment {
    guard FileManager.default.fileExists(atPath: store.file.path) else {
      throw CommandError.noSavedAssessment(path: store.file.path)
    }
    return try RatingsFile.load(store.file.path, framework: framework)
  }

  static func plan(_ assessment: Assessment, framework: Framework, start: CalendarDay) throws
    -> StudyPlan
  {
    guard let target = assessment.target else { throw CommandError.noTarget }
    let options = assessment.preferences.planOptions(start: start)
    let results = try Analysis.results(framework, assessment, target: target, plan: options)
    guard let plan = results.plan else { throw CommandError.noTarget }
    return plan
  }
}

/// Progress on a plan, as text and as JSON.
enum ProgressText {
  static func render(_ plan: StudyPlan) -> String {
    var lines = ["Progress on the plan for \(plan.role.title), from \(plan.options.start.iso)", ""]
    func list(_ heading: String, _ items: [PlanItem], _ detail: (PlanItem) -> String) {
      lines.append("\(heading) (\(items.count))")
      for item in items { lines.append("  \(item.id)  \(item.title)\(detail(item))") }
      if items.isEmpty { lines.append("  none") }
    }
    func logged(_ item: PlanItem) -> String {
      item.loggedMinutes > 0 ? " · \(PlanText.hours(minutes: item.loggedMinutes)) logged" : ""
    }
    list("Done", plan.done, logged)
    list("Under way", plan.underWay) {
      logged($0) + " · \(PlanText.hours(minutes: $0.minutes)) left"
    }
    if !plan.dropped.isEmpty { list("Dropped", plan.dropped, logged) }
    lines.append("Hours logged: \(PlanText.hours(minutes: plan.loggedMinutes))")
    lines.append("")
    if let week = plan.weeks.first {
      lines.append("This week (\(week.start.iso) to \(week.end.iso)):")
      for allocation in week.allocations + week.practice {
        guard let item = plan.item(allocation.item) else { continue }
        lines.append("  \(item.id)  \(item.title) · \(PlanSummary.share(allocation, of: item))")
        for task in allocation.taskLines(practice: item.isPractice) {
          lines.append("      \(task)")
        }
      }
    } else {
      lines.append("Nothing to study this week: every requirement is met.")
    }
    lines.append("")
    lines += [PlanSummary.ready(plan), PlanSummary.wholeRole(plan)]
    return lines.joined(separator: "\n") + "\n"
  }

  private struct Document: Encodable {
    struct Step: Encodable {
      var id: String
      var title: String
      var status: String?
      var loggedHours: Double
      var leftHours: Double
    }
    struct WeekStep: Encodable {
      var id: String
      var title: String
      var hours: Double
      var tasks: [String]
    }
    var role: String
    var start: String
    var done: [Step]
    var underWay: [Step]
    var dropped: [Step]
    var loggedHours: Double
    var thisWeek: [WeekStep]
    var readyWeek: Int?
    var wholeRoleWeeks: Int
  }

  static func json(_ plan: StudyPlan) -> String {
    func step(_ item: PlanItem) -> Document.Step {
      .init(
        id: item.id, title: item.title, status: item.progress?.rawValue,
        loggedHours: Double(item.loggedMinutes) / 60, leftHours: Double(item.minutes) / 60)
    }
    let week = plan.weeks.first
    let thisWeek = (week.map { $0.allocations + $0.practice } ?? []).compactMap { allocation in
      plan.item(allocation.item).map { item in
        Document.WeekStep(
          id: item.id, title: item.title, hours: Double(allocation.minutes) / 60,
          tasks: allocation.taskLines(practice: item.isPractice))
      }
    }
    let document = Document(
      role: plan.role.id, start: plan.options.start.iso, done: plan.done.map(step),
      underWay: plan.underWay.map(step), dropped: plan.dropped.map(step),
      loggedHours: Double(plan.loggedMinutes) / 60, thisWeek: thisWeek,
      readyWeek: plan.readyWeek, wholeRoleWeeks: plan.wholeRoleWeeks)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
  }
}
