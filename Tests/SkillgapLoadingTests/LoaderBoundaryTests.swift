import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// The engine never traps on a value that passed validate: a framework with every number at the
/// largest the loader accepts goes through the engine, the planner and every exporter.
@Suite struct LoaderBoundaryTests {
  /// The most levels a scale may have.
  let levels = (0..<RatingScale.maximumLevels).map { "level\($0)" }
  /// The largest hours the loader accepts for a step (and for `hours_per_step`).
  let maximumHours = 1_000

  /// The valid fixture with every number at its largest accepted value: importance weights,
  /// `hours_per_step`, each step's `hours` and `milestone_hours`, `stale_after_months`,
  /// seniority, years and pay.
  func largestFiles() -> [SourceFile] {
    var files = YAMLFixtures.valid(levels: levels)
    files = YAMLFixtures.editing(files, "framework.yaml") {
      $0.replacingOccurrences(of: "weight: 3", with: "weight: 1000")
        .replacingOccurrences(of: "weight: 1\n", with: "weight: 1000\n")
        .replacingOccurrences(
          of: "hours_per_step: 10",
          with: "hours_per_step: \(maximumHours)\nstale_after_months: 120")
    }
    for path in ["categories/01-basics.yaml", "categories/02-advanced.yaml"] {
      files = YAMLFixtures.editing(files, path) {
        $0.replacingOccurrences(
          of: "        hours: 10\n",
          with: "        hours: \(maximumHours)\n        milestone_hours: \(maximumHours)\n"
            + "        parts: [Read the guide., Build the project.]\n")
      }
    }
    return YAMLFixtures.editing(files, "roles/track.yaml") {
      $0.replacingOccurrences(of: "seniority: 2", with: "seniority: \(Int.max)")
        .replacingOccurrences(
          of: "years: {min: 0, max: 2,", with: "years: {min: 0, max: \(Int.max),"
        )
        .replacingOccurrences(
          of: "years: {min: 2, source: guide}\n",
          with: "years: {min: \(Int.max), source: guide}\n"
            + "    pay: {min: \(Int.max), currency: EUR, period: year, basis: base, "
            + "country: DE, year: 2025, source: guide}\n"
        )
        .replacingOccurrences(of: "max: 70000,", with: "max: \(Int.max),")
    }
  }

  func largestFramework() throws -> Framework {
    let result = FrameworkLoader.load(files: largestFiles())
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.description))")
    let framework = try #require(result.framework)
    #expect(framework.hoursPerStep.dropFirst().allSatisfy { $0 == Double(maximumHours) })
    #expect(framework.skills.allSatisfy { $0.steps.allSatisfy { $0.hours == 1_000 } })
    return framework
  }

  /// Options at `hoursPerWeek`; at the largest hours a week every other option is at its
  /// largest too.
  func options(hoursPerWeek: Double) throws -> PlanOptions {
    let start = try #require(CalendarDay(iso: "2027-01-04"))
    guard hoursPerWeek == PlanOptions.maximumHoursPerWeek else {
      return PlanOptions(hoursPerWeek: hoursPerWeek, start: start)
    }
    return PlanOptions(
      hoursPerWeek: hoursPerWeek, start: start, horizonWeeks: PlanOptions.maximumHorizonWeeks,
      sessionHours: 12, studyDays: Array(1...7), dailyHours: 12)
  }

  @Test func theEngineReportsOnEveryRoleOfTheLargestFramework() throws {
    let framework = try largestFramework()
    let assessment = Assessment(framework: framework, at: FixtureFrameworks.time)
    let engine = GapEngine(framework: framework)
    for role in framework.roles {
      let report = try engine.report(for: role.id, assessment: assessment)
      #expect(report.readinessPercent >= 0 && report.readinessPercent <= 100)
    }
  }

  /// The smallest hours a week a plan accepts (one minute) and the largest.
  @Test(arguments: [1.0 / 60, PlanOptions.maximumHoursPerWeek])
  func theLargestFrameworkIsPlannedAndExportedWithFiniteTotals(hoursPerWeek: Double) throws {
    let options = try options(hoursPerWeek: hoursPerWeek)
    try options.validate()
    // One minute a week; at the largest, the 100 h asked for exceed what 7 days of 12 h hold.
    #expect(options.budgetMinutes == (hoursPerWeek < 1 ? 1 : 7 * 12 * 60))
    let framework = try largestFramework()
    let assessment = Assessment(framework: framework, at: FixtureFrameworks.time)
    let top = try #require(framework.roles.max { $0.seniority < $1.seniority })
    let report = try GapEngine(framework: framework).report(for: top.id, assessment: assessment)
    let plan = try Planner.plan(for: report, framework: framework, options: options)
    // Every skill the top role needs, and each prerequisite, climbs all nine steps of 1000 h.
    let steps = plan.studyItems.count
    #expect(steps >= 2 * (levels.count - 1))
    #expect(plan.totalMinutes == steps * maximumHours * 60)
    let budget = options.budgetMinutes
    #expect(plan.studyWeeks == (plan.totalMinutes + budget - 1) / budget)
    #expect(plan.wholeRoleWeeks >= plan.studyWeeks)
    #expect(plan.weeks.count <= options.horizonWeeks)
    #expect(plan.weeks.allSatisfy { $0.minutes >= 0 && $0.minutes <= budget })

    let results = try Results.make(
      framework: framework, assessment: assessment, target: top.id, plan: options)
    // The top role's pay band is open-ended from the largest figure.
    #expect(results.role?.pay.first?.min == Int.max)
    for format in ExportFormat.allCases {
      let document = try #require(format.render(results), "\(format)")
      #expect(!document.isEmpty, "\(format)")
    }
  }
}
