/// One step up one level in one skill: what to do, how to prove it, and when it is done.
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
  /// Study (booked as study hours) or practice (done at work, alongside).
  public var kind: Step.Kind
  /// What to do, from the framework (empty when it describes no step).
  public var tip: String
  /// The project that proves the new level, if the framework names one.
  public var milestone: String?
  /// The id of the earlier item whose identical milestone already bills the project, if any.
  public var sharedMilestone: String?
  /// The step's week-sized tasks, in order (empty when the framework gives none).
  public var parts: [String]
  /// Material for this step, in framework order.
  public var resources: [Resource]
  /// The time the step takes, in whole minutes: study for a study step, practice at work for a
  /// practice step; without the milestone when another item bills it.
  public var minutes: Int
  /// The step's whole estimate in minutes; `minutes` is what is left of it once logged time
  /// counts (the same until progress is recorded).
  public var estimateMinutes: Int
  /// Where the step stands, when the person has said so.
  public var progress: StepProgress.Status?
  /// Time logged on the step, in minutes.
  public var loggedMinutes: Int
  /// The part of `minutes` spent on the milestone (0 when another step bills it, or the
  /// framework does not say).
  public var milestoneMinutes: Int
  /// Where the hours come from, as the framework says; nil when it does not.
  public var basis: String?
  /// Whether the framework gives the step no hours of its own (the default was used).
  public var defaultHours: Bool
  /// The priority of the skill's gap.
  public var priority: Double
  /// Whether the skill's gap blocks the role.
  public var blocking: Bool
  /// Whether a blocking gap needs this step: its own gap blocks, or a blocking step requires it.
  public var forBlocking: Bool
  /// Whether this step reaches the level the role requires (the skill's last step).
  public var closesGap: Bool
  /// Ids of the steps that must come first (the skill's step below, and its prerequisites').
  public var after: [String]
  /// Whether the plan schedules the item (false for the rest of the role when only blocking
  /// gaps are planned).
  public var planned: Bool
  /// The first week (1-based) the item is worked on, or nil when it is not planned.
  public var firstWeek: Int?
  /// The week the item is finished in, or nil when it is not planned.
  public var lastWeek: Int?

  /// Creates an item from its parts.
  public init(
    id: String, skill: String, name: String, category: String, fromLevel: Int, fromName: String,
    toLevel: Int, toName: String, kind: Step.Kind = .study, tip: String, milestone: String?,
    sharedMilestone: String? = nil, parts: [String] = [], resources: [Resource], minutes: Int,
    milestoneMinutes: Int = 0, basis: String? = nil, defaultHours: Bool = false, priority: Double,
    blocking: Bool,
    forBlocking: Bool? = nil, closesGap: Bool, after: [String] = [], planned: Bool = true,
    firstWeek: Int? = nil, lastWeek: Int? = nil
  ) {
    self.id = id
    self.skill = skill
    self.name = name
    self.category = category
    self.fromLevel = fromLevel
    self.fromName = fromName
    self.toLevel = toLevel
    self.toName = toName
    self.kind = kind
    self.tip = tip
    self.milestone = milestone
    self.sharedMilestone = sharedMilestone
    self.parts = parts
    self.resources = resources
    self.minutes = minutes
    self.estimateMinutes = minutes
    self.progress = nil
    self.loggedMinutes = 0
    self.milestoneMinutes = milestoneMinutes
    self.basis = basis
    self.defaultHours = defaultHours
    self.priority = priority
    self.blocking = blocking
    self.forBlocking = forBlocking ?? blocking
    self.closesGap = closesGap
    self.after = after
    self.planned = planned
    self.firstWeek = firstWeek
    self.lastWeek = lastWeek
  }

  /// The estimate in hours.
  public var hours: Double { Double(minutes) / 60 }

  /// Whether the step is done or dropped, so the plan no longer schedules it.
  public var isSettled: Bool { progress == .done || progress == .dropped }

  /// Whether the item is practice at work rather than study.
  public var isPractice: Bool { kind == .practice }

  /// Whether the item is worked on over more than one week.
  public var spansWeeks: Bool {
    guard let firstWeek, let lastWeek else { return false }
    return lastWeek > firstWeek
  }

  /// Where this step's shared project is billed, for a reader: the billing step's title from
  /// `titles` (``StudyPlan/billingTitles``), else its id; nil when the step bills its own.
  public func billedIn(_ titles: [String: String]) -> String? {
    sharedMilestone.map { titles[$0] ?? $0 }
  }

  /// The step as people read it: `Python: Working → Proficient`.
  public var title: String { "\(name): \(fromName) → \(toName)" }
}
