/// Where a person stands on one requirement of a role: the levels, the gap and its priority.
///
/// Names are copied from the framework so a screen or an export can show a standing without
/// looking anything up.
public struct RequirementStanding: Sendable, Equatable, Codable {
  /// How the skill was answered in the assessment.
  public enum Answer: String, Sendable, Equatable, Codable {
    /// A level was picked.
    case rated
    /// The person skipped the skill; it counts as the lowest level and is "not assessed".
    case skipped
    /// The skill has no answer yet; it counts as the lowest level and is "not assessed".
    case unanswered
    /// The person said the skill does not apply; it is left out of readiness and gaps.
    case notApplicable = "not-applicable"
  }

  /// The skill's id.
  public var skill: String
  /// The skill's name.
  public var name: String
  /// The id of the skill's category.
  public var category: String
  /// The level the role requires.
  public var required: Int
  /// The name of the required level.
  public var requiredName: String
  /// The level counted for the person: the rated level, or 0 when not rated.
  public var current: Int
  /// The name of the counted level.
  public var currentName: String
  /// How the skill was answered.
  public var answer: Answer
  /// The person's note of evidence, if any.
  public var note: String?
  /// The importance kind's id.
  public var importance: String
  /// The importance kind's name.
  public var importanceName: String
  /// The weight of one level of gap.
  public var weight: Double
  /// Whether a gap here keeps the person from being ready for the role.
  public var blocking: Bool
  /// Levels missing: `required − current`, or 0 when met or not applicable.
  public var gap: Int
  /// The gap's own worth: `weight × gap`.
  public var weightedGap: Double
  /// The gap's priority: its own worth plus the worth of every gap that needs it; 0 without a
  /// gap.
  public var priority: Double
  /// The place of the gap in priority order, 1 for the first; nil without a gap.
  public var rank: Int?
  /// Ids of the other gaps of the role that need this skill first, directly or through other
  /// skills, in framework order.
  public var unlocks: [String]

  /// Creates a standing from its parts.
  public init(
    skill: String, name: String, category: String, required: Int, requiredName: String,
    current: Int, currentName: String, answer: Answer, note: String?, importance: String,
    importanceName: String, weight: Double, blocking: Bool, gap: Int, weightedGap: Double,
    priority: Double, rank: Int?, unlocks: [String]
  ) {
    self.skill = skill
    self.name = name
    self.category = category
    self.required = required
    self.requiredName = requiredName
    self.current = current
    self.currentName = currentName
    self.answer = answer
    self.note = note
    self.importance = importance
    self.importanceName = importanceName
    self.weight = weight
    self.blocking = blocking
    self.gap = gap
    self.weightedGap = weightedGap
    self.priority = priority
    self.rank = rank
    self.unlocks = unlocks
  }

  /// Whether the person has a level the role requires or more (never for not-applicable).
  public var isMet: Bool { answer != .notApplicable && gap == 0 }

  /// Whether the gap keeps the person from being ready for the role.
  public var isBlocker: Bool { blocking && gap > 0 }

  /// Levels above the requirement, or 0.
  public var surplus: Int { answer == .notApplicable ? 0 : max(0, current - required) }

  /// How much of the requirement is reached, 0 to 1; a requirement of level 0 is fully reached.
  public var fulfilment: Double {
    guard required > 0 else { return 1 }
    return Double(min(current, required)) / Double(required)
  }
}
