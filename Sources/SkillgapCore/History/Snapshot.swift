import Foundation

/// A dated record of a finished (or abandoned) assessment: its target, readiness for every role
/// and its answers, kept in the history so progress over the months can be read back.
///
/// Saved as a JSON document of its own (see ``SnapshotDocument``). A snapshot never changes
/// once taken.
public struct Snapshot: Sendable, Equatable {
  /// When the snapshot was taken.
  public var taken: Date
  /// The framework's id.
  public var frameworkID: String
  /// The framework's version at the time.
  public var frameworkVersion: String
  /// The target role's id, or nil when none was chosen.
  public var target: String?
  /// Readiness in percent (0 to 100, as reports show it) for every role, by role id.
  public var readiness: [String: Int]
  /// The answers, by skill id: a level, skipped or not applicable. Notes are not kept.
  public var ratings: [String: Rating.Answer]
  /// How many skills the framework had, answered or not.
  public var skillCount: Int

  /// Creates a snapshot from its parts.
  public init(
    taken: Date, frameworkID: String, frameworkVersion: String, target: String?,
    readiness: [String: Int], ratings: [String: Rating.Answer], skillCount: Int
  ) {
    self.taken = taken
    self.frameworkID = frameworkID
    self.frameworkVersion = frameworkVersion
    self.target = target
    self.readiness = readiness
    self.ratings = ratings
    self.skillCount = skillCount
  }

  /// Takes a snapshot of an assessment.
  /// - Parameters:
  ///   - assessment: The answers, fitted to `framework`.
  ///   - framework: The framework whose roles are measured.
  ///   - time: When the snapshot is taken.
  /// - Complexity: One ``GapEngine/report(for:assessment:)`` per role.
  public init(of assessment: Assessment, framework: Framework, at time: Date) {
    let engine = GapEngine(framework: framework)
    var readiness: [String: Int] = [:]
    for role in framework.roles {
      readiness[role.id] = engine.report(for: role, assessment: assessment).readinessPercent
    }
    self.init(
      taken: time, frameworkID: framework.id, frameworkVersion: framework.version,
      target: assessment.target, readiness: readiness,
      ratings: assessment.ratings.compactMapValues(\.answer), skillCount: framework.skills.count)
  }

  /// How many skills have an answer (a level or not applicable); skipped ones do not count.
  public var answeredCount: Int {
    ratings.values.reduce(0) { count, answer in
      if case .skipped = answer { return count }
      return count + 1
    }
  }

  /// Readiness for the snapshot's own target, or nil without a target.
  public var targetReadiness: Int? { target.flatMap { readiness[$0] } }

  /// The level rated for a skill, or nil when it is unanswered, skipped or not applicable.
  public func level(of skillID: String) -> Int? {
    if case .level(let value)? = ratings[skillID] { return value }
    return nil
  }

  /// Whether this snapshot holds the same answers and target as another: taking it again
  /// would add nothing to the history.
  public func hasSameAnswers(as other: Snapshot) -> Bool {
    target == other.target && ratings == other.ratings
  }

  /// The answers as an assessment, so the engine can measure them against any role.
  public var assessment: Assessment {
    Assessment(
      frameworkID: frameworkID, frameworkVersion: frameworkVersion, created: taken,
      updated: taken, target: target,
      ratings: ratings.mapValues { Rating(answer: $0, ratedAt: taken) })
  }

  /// The UTC time of the snapshot as ISO 8601 (`2026-11-22T10:30:00Z`), as history prints it.
  public var takenText: String {
    taken.formatted(.iso8601)
  }
}
