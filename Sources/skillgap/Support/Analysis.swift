import Foundation
import SkillgapCore

/// Runs the engine and planner for a command and turns their errors into ``CommandError``s.
enum Analysis {
  /// The results of an assessment, as ``Results/make(framework:assessment:target:plan:)``
  /// computes them.
  /// - Throws: ``CommandError/unknownRole(id:suggestions:)`` for an unknown target.
  static func results(
    _ framework: Framework, _ assessment: Assessment, target: String?, plan: PlanOptions?,
    history: [Snapshot] = []
  ) throws -> Results {
    do {
      return try Results.make(
        framework: framework, assessment: assessment, target: target, plan: plan,
        history: history)
    } catch GapEngine.EngineError.unknownRole(let id, let suggestions) {
      throw CommandError.unknownRole(id: id, suggestions: suggestions)
    }
  }

  /// Today in the local calendar: plans start on the day the person lives in.
  static var today: CalendarDay { Clock.localDay(Clock.now()) }
}
