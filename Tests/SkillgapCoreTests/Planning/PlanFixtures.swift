import Foundation
import SkillgapCore
import SkillgapTestSupport

/// Small frameworks for one planner rule each, built inline on a four-level scale (`L0`…`L3`).
enum PlanFixtures {
  /// The plans' first day: Monday 2026-01-05.
  static let monday = FixtureFrameworks.monday

  /// The scale every fixture here uses.
  static let scale = RatingScale(names: ["L0", "L1", "L2", "L3"])

  /// A skill whose every step takes `hours`, with the fixture tip, milestone and one resource.
  /// - Parameters:
  ///   - id: The skill's id (its name is the id capitalised).
  ///   - needs: Ids of its prerequisites.
  ///   - hours: Hours of every step.
  ///   - kind: The kind of every step (nil: study).
  /// - Returns: The skill.
  static func skill(
    _ id: String, needs: [String] = [], hours: Double = 10, kind: Step.Kind? = nil
  ) -> Skill {
    var skill = FixtureFrameworks.skill(
      id, id.capitalized, "core", scale, prerequisites: needs, every: hours)
    for index in skill.steps.indices { skill.steps[index].kind = kind }
    return skill
  }

  /// A framework of `skills` with one role, `role`, that requires `requirements`.
  /// - Parameters:
  ///   - skills: The skills.
  ///   - requirements: `(skill, level, importance)`; importances are `essential` (weight 3,
  ///     blocking), `important` (2) and `useful` (1).
  /// - Returns: The framework; its default hours are 10 a step.
  static func framework(_ skills: [Skill], _ requirements: [(String, Int, String)]) -> Framework {
    Framework(
      id: "plan", title: "Plan fixture", version: "1", summary: "A planner fixture.",
      scale: scale, importances: FixtureFrameworks.importances, hoursPerStep: [0, 10, 10, 10],
      sources: [], categories: [Category(id: "core", name: "Core", summary: "")],
      skills: skills,
      roles: [
        Role(
          id: "role", title: "Role", track: "t", seniority: 1,
          requirements: requirements.map { .init(skill: $0.0, level: $0.1, importance: $0.2) })
      ])
  }

  /// Plans `framework`'s role for a person rated `levels` (unrated skills count as 0).
  /// - Parameters:
  ///   - framework: A framework from ``framework(_:_:)``.
  ///   - levels: Levels by skill id.
  ///   - options: The plan's options (default: 10 h a week from ``monday``).
  ///   - progress: Progress on steps, by step id.
  /// - Returns: The plan.
  /// - Throws: What the engine or the planner throws.
  static func plan(
    _ framework: Framework, _ levels: [String: Int] = [:],
    options: PlanOptions = PlanOptions(hoursPerWeek: 10, start: monday),
    progress: [String: StepProgress] = [:]
  ) throws -> StudyPlan {
    let report = try GapEngine(framework: framework).report(
      for: "role",
      assessment: FixtureFrameworks.assessment(framework, levels.mapValues { .level($0) }))
    return try Planner.plan(
      for: report, framework: framework, options: options, progress: progress)
  }

  /// Each item as `id first–last`, the weeks it is worked on.
  static func schedule(_ plan: StudyPlan) -> [String] {
    plan.items.map { item in
      "\(item.id) \(item.firstWeek.map(String.init) ?? "-")–\(item.lastWeek.map(String.init) ?? "-")"
    }
  }

  /// Sessions as `item Day HH:MM minutes`.
  static func describe(_ sessions: [StudySession]) -> [String] {
    sessions.map {
      "\($0.item) \($0.day.weekdayName) \(CalendarTime.clock($0.start)) \($0.minutes)"
    }
  }
}
