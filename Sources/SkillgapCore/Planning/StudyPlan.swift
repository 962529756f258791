/// A week-by-week study plan that closes the gaps of one role.
///
/// Made by ``Planner/plan(for:framework:options:)``; the same report, framework and options give
/// the same plan.
public struct StudyPlan: Sendable, Equatable, Codable {
  /// The role the plan prepares for.
  public var role: RoleHeading
  /// The options the plan is fitted to.
  public var options: PlanOptions
  /// Every step, in study order.
  public var items: [PlanItem]
  /// The weeks, from week 1; empty when there is nothing to study.
  public var weeks: [PlanWeek]
  /// When each gap that blocks the role closes, in the order the blocking gaps are studied.
  public var blockerClosures: [BlockerClosure]

  /// Creates a plan from its parts.
  public init(
    role: RoleHeading, options: PlanOptions, items: [PlanItem], weeks: [PlanWeek],
    blockerClosures: [BlockerClosure]
  ) {
    self.role = role
    self.options = options
    self.items = items
    self.weeks = weeks
    self.blockerClosures = blockerClosures
  }

  /// The item with an id.
  public func item(_ id: String) -> PlanItem? {
    items.first { $0.id == id }
  }

  /// Estimated minutes of every item.
  public var totalMinutes: Int { items.reduce(0) { $0 + $1.minutes } }

  /// Minutes scheduled within the plan's weeks.
  public var scheduledMinutes: Int { items.reduce(0) { $0 + $1.scheduledMinutes } }

  /// Items that are not finished within the plan (only when weeks are capped).
  public var unfinished: [PlanItem] { items.filter { !$0.isComplete } }

  /// The plan's last day, or nil when it has no weeks.
  public var end: CalendarDay? { weeks.last?.end }

  /// The week after which no gap blocks the role: the last blocking gap's closing week, 0 when
  /// nothing blocks, nil when some blocking gap stays open after the plan.
  public var readyWeek: Int? {
    var latest = 0
    for closure in blockerClosures {
      guard let week = closure.week else { return nil }
      latest = max(latest, week)
    }
    return latest
  }
}

/// The week a gap that blocks the role is closed in.
public struct BlockerClosure: Sendable, Equatable, Codable {
  /// The skill's id.
  public var skill: String
  /// The skill's name.
  public var name: String
  /// The level the role requires.
  public var level: Int
  /// The week its last step finishes, or nil when the plan ends first.
  public var week: Int?
  /// The last day of that week, or nil.
  public var date: CalendarDay?

  /// Creates a closure from its parts.
  public init(skill: String, name: String, level: Int, week: Int?, date: CalendarDay?) {
    self.skill = skill
    self.name = name
    self.level = level
    self.week = week
    self.date = date
  }
}

/// One week of a plan: its days, the study time given to each item, and the sessions.
public struct PlanWeek: Sendable, Equatable, Codable {
  /// The week's number, from 1.
  public var number: Int
  /// The first day.
  public var start: CalendarDay
  /// The last day (six days after the first).
  public var end: CalendarDay
  /// The items studied this week, in study order.
  public var allocations: [Allocation]
  /// The study sessions, in time order.
  public var sessions: [StudySession]

  /// Creates a week from its parts.
  public init(
    number: Int, start: CalendarDay, end: CalendarDay, allocations: [Allocation],
    sessions: [StudySession]
  ) {
    self.number = number
    self.start = start
    self.end = end
    self.allocations = allocations
    self.sessions = sessions
  }

  /// Minutes of study planned this week.
  public var minutes: Int { allocations.reduce(0) { $0 + $1.minutes } }
}

/// Study time given to one item in one week.
public struct Allocation: Sendable, Equatable, Codable {
  /// The item's id.
  public var item: String
  /// Minutes of the item studied this week.
  public var minutes: Int
  /// Which of the item's weeks this is, from 1.
  public var part: Int
  /// How many weeks the item is studied in within the plan.
  public var parts: Int
  /// Whether the item is finished this week.
  public var finishes: Bool

  /// Creates an allocation from its parts.
  public init(item: String, minutes: Int, part: Int, parts: Int, finishes: Bool) {
    self.item = item
    self.minutes = minutes
    self.part = part
    self.parts = parts
    self.finishes = finishes
  }
}

/// A block of study time on one day for one item: one calendar event.
public struct StudySession: Sendable, Equatable, Codable {
  /// The item's id.
  public var item: String
  /// The day the session starts.
  public var day: CalendarDay
  /// When it starts, in minutes after midnight, local time (0 to 1439).
  public var start: Int
  /// How long it lasts, in minutes.
  public var minutes: Int
  /// Which of the item's sessions this is, from 1.
  public var index: Int
  /// How many sessions the item has within the plan.
  public var count: Int

  /// Creates a session from its parts.
  public init(item: String, day: CalendarDay, start: Int, minutes: Int, index: Int, count: Int) {
    self.item = item
    self.day = day
    self.start = start
    self.minutes = minutes
    self.index = index
    self.count = count
  }

  /// When the session ends: the day and the minutes after its midnight.
  public var end: (day: CalendarDay, minute: Int) {
    let total = start + minutes
    return (day.adding(days: total / (24 * 60)), total % (24 * 60))
  }
}
