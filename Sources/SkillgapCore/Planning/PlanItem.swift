/// One step up one level in one skill: what to do, how to prove it, and when it is studied.
public struct PlanItem: Sendable, Equatable, Codable {
  /// A stable id, `<skill>@<level it reaches>`, such as `python@3`.
  public var id: String
  /// The skill's id.
  public var skill: String
  /// The skill's name.
  public var name: String
  /// The id of the skill's category.
  public var category: String
  /// The level the step starts from.
  public var fromLevel: Int
  /// The name of the starting level.
  public var fromName: String
  /// The level the step reaches.
  public var toLevel: Int
  /// The name of the level reached.
  public var toName: String
  /// What to do, from the framework (empty when it describes no step).
  public var tip: String
  /// The project that proves the new level, if the framework names one.
  public var milestone: String?
  /// Material to learn from, in framework order.
  public var resources: [Resource]
  /// The estimated study time, in whole minutes.
  public var minutes: Int
  /// The priority of the skill's gap.
  public var priority: Double
  /// Whether the skill's gap blocks the role.
  public var blocking: Bool
  /// Whether this step reaches the level the role requires (the skill's last step).
  public var closesGap: Bool
  /// The first week (1-based) the item is studied in, or nil when the plan ends before it.
  public var firstWeek: Int?
  /// The week the item is finished in, or nil when the plan ends before it is finished.
  public var lastWeek: Int?
  /// The minutes scheduled within the plan (less than `minutes` when the plan is cut short).
  public var scheduledMinutes: Int

  /// Creates an item from its parts.
  public init(
    id: String, skill: String, name: String, category: String, fromLevel: Int, fromName: String,
    toLevel: Int, toName: String, tip: String, milestone: String?, resources: [Resource],
    minutes: Int, priority: Double, blocking: Bool, closesGap: Bool, firstWeek: Int? = nil,
    lastWeek: Int? = nil, scheduledMinutes: Int = 0
  ) {
    self.id = id
    self.skill = skill
    self.name = name
    self.category = category
    self.fromLevel = fromLevel
    self.fromName = fromName
    self.toLevel = toLevel
    self.toName = toName
    self.tip = tip
    self.milestone = milestone
    self.resources = resources
    self.minutes = minutes
    self.priority = priority
    self.blocking = blocking
    self.closesGap = closesGap
    self.firstWeek = firstWeek
    self.lastWeek = lastWeek
    self.scheduledMinutes = scheduledMinutes
  }

  /// The estimate in hours.
  public var hours: Double { Double(minutes) / 60 }

  /// Whether the item is finished within the plan.
  public var isComplete: Bool { lastWeek != nil }

  /// Whether the item is studied over more than one week.
  public var spansWeeks: Bool {
    guard let firstWeek else { return false }
    return (lastWeek ?? Int.max) > firstWeek
  }

  /// The step as people read it: `Python: Working → Proficient`.
  public var title: String { "\(name): \(fromName) → \(toName)" }
}
