import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// The planner on the default framework for two people whose ratings are kept in
/// `Tests/Personas/`: the figures a change to the planner or the content must answer for.
@Suite struct PlannerPersonaTests {
  let result: LoadResult
  let framework: Framework

  init() throws {
    result = try FrameworkFolder.load(TestPaths.content)
    framework = try #require(result.framework)
  }

  /// The plan at 8 h a week from Monday 2027-01-04 for a persona's ratings and target role.
  func plan(_ persona: String, target: String) throws -> StudyPlan {
    let file = TestPaths.packageRoot.appendingPathComponent("Tests/Personas/\(persona).csv")
    let ratings = RatingsCSV.read(
      try String(contentsOf: file, encoding: .utf8), file: "\(persona).csv",
      framework: framework, ratedAt: FixtureFrameworks.time)
    #expect(ratings.diagnostics.map(\.description) == [])
    let assessment = ratings.assessment(of: framework, at: FixtureFrameworks.time, target: target)
    let report = try GapEngine(framework: framework).report(for: target, assessment: assessment)
    let start = try #require(CalendarDay(iso: "2027-01-04"))
    return try Planner.plan(
      for: report, framework: framework, options: PlanOptions(hoursPerWeek: 8, start: start))
  }

  /// The ids of study steps that start before a step they come after starts.
  func startsTooEarly(_ plan: StudyPlan) -> [String] {
    plan.studyItems.flatMap { item in
      item.after.compactMap { id in
        guard let first = item.firstWeek, let other = plan.item(id)?.firstWeek else {
          return "\(item.id) after \(id) unscheduled"
        }
        return first < other ? "\(item.id) after \(id)" : nil
      }
    }
  }

  /// Study steps that start before a practice step they come after is done.
  func beforePracticeEnds(_ plan: StudyPlan) -> [String] {
    plan.studyItems.flatMap { item in
      item.after.compactMap { id in
        guard let other = plan.item(id), other.isPractice, let first = item.firstWeek,
          let end = other.lastWeek, first <= end
        else { return nil }
        return "\(item.id) \(first) after \(id) \(other.firstWeek ?? 0)-\(end)"
      }
    }
  }

  /// Shared projects billed before one of their steps is studied, or whose steps lie more than
  /// `weeks` apart: a project is done when everything it uses has been studied, soon after.
  func projectsOutOfStep(_ plan: StudyPlan, weeks: Int = 12) -> [String] {
    plan.studyItems.compactMap { item in
      guard let id = item.sharedMilestone, let billed = plan.item(id),
        let billedEnd = billed.lastWeek, let end = item.lastWeek
      else { return nil }
      if billedEnd < end { return "\(id) billed in week \(billedEnd) before \(item.id) ends" }
      if billedEnd - end > weeks { return "\(item.id) ends \(billedEnd - end) weeks before \(id)" }
      return nil
    }
  }

  @Test func theDefaultFrameworkLoadsWithoutAnAliasOutsideAStepsPrerequisites() {
    // The loader warns when a step's tip, milestone or parts name an alias of a skill the step's
    // skill does not require; no warning means no step talks about what it has not prepared.
    #expect(result.diagnostics.map(\.description) == [])
    #expect(framework.skills.contains { !$0.aliases.isEmpty })
  }

  /// A mentor's bar: 6–9 months of focused study closes the blockers, the role under 900 h.
  @Test func theBackendEngineerIsReadyForTheMidRoleInWeek24() throws {
    let plan = try plan("backend-engineer", target: "ml-engineer-mid")
    #expect(plan.readyWeek == 24)
    #expect((plan.readyWeek ?? .max) <= 39)
    #expect(plan.totalMinutes == 740 * 60)
    #expect(plan.totalMinutes < 900 * 60)
    #expect(plan.wholeRoleWeeks == 93)
    #expect(plan.horizonSkills.count == 4)
    #expect(startsTooEarly(plan) == [])
    #expect(beforePracticeEnds(plan) == [])
    #expect(projectsOutOfStep(plan) == [])
  }

  /// A mentor's bar: about a year at most, engineering first, the role under 1,000 h. The
  /// senior rung's essentials are few (Python, model serving and ML system design are this
  /// person's), so the blockers close in about 8 months and the rest is learned on the job.
  @Test func theDataScientistIsReadyForTheSeniorRoleInWeek32() throws {
    let plan = try plan("data-scientist", target: "ml-engineer-senior")
    #expect(plan.readyWeek == 32)
    #expect((plan.readyWeek ?? .max) <= 52)
    #expect(plan.totalMinutes == 938 * 60)
    #expect(plan.totalMinutes < 1_000 * 60)
    #expect(plan.wholeRoleWeeks == 118)
    #expect(plan.horizonSkills.count == 7)
    // Engineering first: the first steps are software and deployment skills, not more modelling.
    let first = plan.studyItems.filter { ($0.firstWeek ?? .max) <= 4 }.map(\.skill)
    #expect(!first.isEmpty)
    #expect(
      Set(first).isSubset(of: [
        "software-design", "containers", "model-serving", "data-pipelines", "automated-testing",
        "python",
      ]), "\(first)")
    #expect(startsTooEarly(plan) == [])
    #expect(beforePracticeEnds(plan) == [])
    #expect(projectsOutOfStep(plan) == [])
  }
}
