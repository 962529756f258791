import Foundation

/// What moved between two snapshots, skill by skill: levels up and down, gaps closed and opened
/// for the target, and readiness for it.
public struct SnapshotDiff: Sendable, Equatable {
  /// One skill whose answer changed.
  public struct Change: Sendable, Equatable {
    /// The skill's id.
    public var skill: String
    /// The skill's name, or its id when the framework no longer has it.
    public var name: String
    /// The earlier answer's words: a level name, "skipped", "not applicable" or "not rated".
    public var from: String
    /// The later answer's words.
    public var to: String

    /// Creates a change.
    public init(skill: String, name: String, from: String, to: String) {
      self.skill = skill
      self.name = name
      self.from = from
      self.to = to
    }
  }

  /// A gap for the target.
  public struct Gap: Sendable, Equatable {
    /// The skill's id.
    public var skill: String
    /// The skill's name.
    public var name: String
    /// Whether the gap is new only because the target changed: the earlier answers fall
    /// short of the new target too.
    public var becauseTargetChanged: Bool

    /// Creates a gap.
    public init(skill: String, name: String, becauseTargetChanged: Bool) {
      self.skill = skill
      self.name = name
      self.becauseTargetChanged = becauseTargetChanged
    }
  }

  /// The earlier snapshot's target.
  public var fromTarget: String?
  /// The later snapshot's target, whose readiness is compared.
  public var toTarget: String?
  /// Skills rated higher, in framework order (unrated and skipped count as the lowest level).
  public var up: [Change]
  /// Skills rated lower.
  public var down: [Change]
  /// Other changed answers at the same level (now or no longer not applicable, rated the
  /// lowest level after being skipped).
  public var changed: [Change]
  /// Gaps of the earlier target that the later answers no longer have.
  public var gapsClosed: [Gap]
  /// Gaps of the later target that the earlier answers did not have for their target.
  public var newGaps: [Gap]
  /// Readiness for the later target in the earlier snapshot, in percent.
  public var readinessBefore: Int?
  /// Readiness for the later target in the later snapshot, in percent.
  public var readinessAfter: Int?

  /// Whether the target changed between the two.
  public var targetChanged: Bool { fromTarget != toTarget }

  /// Compares two snapshots of one framework.
  /// - Parameters:
  ///   - old: The earlier snapshot.
  ///   - new: The later snapshot.
  ///   - framework: The framework in use, for names and gaps.
  /// - Complexity: O(*s*) over the framework's skills, plus three gap reports.
  public init(from old: Snapshot, to new: Snapshot, framework: Framework) {
    fromTarget = old.target
    toTarget = new.target
    func words(_ answer: Rating.Answer?) -> String {
      switch answer {
      case .level(let value)?: return framework.scale.name(of: value)
      case .skipped?: return "skipped"
      case .notApplicable?: return "not applicable"
      case nil: return "not rated"
      }
    }
    func name(_ id: String) -> String { framework.skill(id)?.name ?? id }
    let known = framework.skills.map(\.id)
    let others = Set(old.ratings.keys).union(new.ratings.keys).subtracting(known).sorted()
    var up: [Change] = []
    var down: [Change] = []
    var changed: [Change] = []
    for id in known + others where old.ratings[id] != new.ratings[id] {
      let change = Change(
        skill: id, name: name(id), from: words(old.ratings[id]), to: words(new.ratings[id]))
      let before = old.level(of: id) ?? framework.scale.lowest
      let after = new.level(of: id) ?? framework.scale.lowest
      let applicable = old.ratings[id] != .notApplicable && new.ratings[id] != .notApplicable
      if applicable && after > before {
        up.append(change)
      } else if applicable && after < before {
        down.append(change)
      } else {
        changed.append(change)
      }
    }
    self.up = up
    self.down = down
    self.changed = changed
    let engine = GapEngine(framework: framework)
    func gaps(_ snapshot: Snapshot, for target: String?) -> [String] {
      guard let role = target.flatMap(framework.role) else { return [] }
      return engine.report(for: role, assessment: snapshot.assessment).gapIDs
    }
    let oldGaps = gaps(old, for: old.target)
    let newGapIDs = gaps(new, for: new.target)
    let oldForNewTarget = old.target == new.target ? oldGaps : gaps(old, for: new.target)
    gapsClosed = oldGaps.filter { !newGapIDs.contains($0) }.map {
      Gap(skill: $0, name: name($0), becauseTargetChanged: false)
    }
    newGaps = newGapIDs.filter { !oldGaps.contains($0) }.map {
      Gap(
        skill: $0, name: name($0),
        becauseTargetChanged: old.target != new.target && oldForNewTarget.contains($0))
    }
    readinessBefore = new.target.flatMap { old.readiness[$0] }
    readinessAfter = new.targetReadiness
  }
}
