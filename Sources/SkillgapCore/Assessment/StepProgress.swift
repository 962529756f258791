import Foundation

/// How far a person has got with one step of their plan (`pytorch@3`), kept with the
/// assessment so the plan re-flows around it.
public struct StepProgress: Sendable, Equatable, Codable {
  /// Where the step stands.
  public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
    /// Begun: its logged time counts against its estimate.
    case inProgress = "in-progress"
    /// Finished: the plan no longer schedules it.
    case done
    /// Not going to be done: the plan leaves it out.
    case dropped
  }

  /// Where the step stands.
  public var status: Status
  /// Time logged on it, in whole minutes.
  public var minutes: Int
  /// When it last changed.
  public var updated: Date

  /// Creates progress on a step.
  public init(status: Status, minutes: Int = 0, updated: Date) {
    self.status = status
    self.minutes = max(0, minutes)
    self.updated = updated
  }
}
