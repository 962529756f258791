/// A study plan that closes the gaps of one role: the next weeks in detail, the rest as "later",
/// and honest totals for the whole role.
///
/// Made by ``Planner/plan(for:framework:options:progress:)``; the same report, framework, options
/// and progress give the same plan.
public struct StudyPlan: Sendable, Equatable, Codable {
  /// The role the plan prepares for.
  public var role: RoleHeading
  /// The options the plan is fitted to.
  public var options: PlanOptions
  /// Every step of the role's gaps, in the order they are worked on.
  public var items: [PlanItem]
  /// The weeks of the horizon that have work, from week 1; empty when there is nothing to do.
  public var weeks: [PlanWeek]
  /// When each gap that blocks the role closes, in the order the blocking gaps are studied.
  public var blockerClosures: [BlockerClosure]
  /// The week the last planned study step finishes (0 with nothing to study).
  public var studyWeeks: Int
  /// The week the whole role is done, study and practice, whatever is planned (0 with nothing).
  public var wholeRoleWeeks: Int
  /// What the settings mean for the plan, when they are unusual.
  public var advice: [PlanAdvice]

  /// Creates a plan from its parts.
  public init(
    role: RoleHeading, options: PlanOptions, items: [PlanItem], weeks: [PlanWeek],
    blockerClosures: [BlockerClosure], studyWeeks: Int = 0, wholeRoleWeeks: Int = 0,
    advice: [PlanAdvice] = []
  ) {
    self.role = role
    self.options = options
    self.items = items
    self.weeks = weeks
    self.blockerClosures = blockerClosures
    self.studyWeeks = studyWeeks
    self.wholeRoleWeeks = wholeRoleWeeks
    self.advice = advice
  }

  /// The item with an id.
  public func item(_ id: String) -> PlanItem? {
    items.first { $0.id == id }
  }

  /// The steps that come after `item` because they need it.
  public func needing(_ item: PlanItem) -> [PlanItem] {
    items.filter { $0.after.contains(item.id) }
  }

  /// The titles of the steps that bill a project other steps share, by their ids: what a
  /// reader is shown instead of an id such as `ml-pipelines@2`.
  public var billingTitles: [String: String] {
    var billing: Set<String> = []
    for index in items.indices {
      if let id = items[index].sharedMilestone { billing.insert(id) }
    }
    guard !billing.isEmpty else { return [:] }
    var titles: [String: String] = [:]
    for index in items.indices where billing.contains(items[index].id) {
      titles[items[index].id] = items[index].title
    }
    return titles
  }

  /// The study steps.
  public var studyItems: [PlanItem] { items.filter { !$0.isPractice } }

  /// The practice steps.
  public var practiceItems: [PlanItem] { items.filter(\.isPractice) }

  /// Minutes of study of every step of the role, planned or not.
  public var totalMinutes: Int { minutes(practice: false, plannedOnly: false) }

  /// Minutes of practice at work of every practice step of the role.
  public var practiceMinutes: Int { minutes(practice: true, plannedOnly: false) }

  /// Minutes of study of the planned steps.
  public var plannedMinutes: Int { minutes(practice: false, plannedOnly: true) }

  /// The minutes of the study or practice steps, read in place by their stored fields:
  /// filtering first copied every step, and so did handing each one to a test closure or
  /// asking it a computed property such as `isPractice` (even always inlined, measured: these
  /// sums are asked for several times per plan).
  private func minutes(practice: Bool, plannedOnly: Bool) -> Int {
    var total = 0
    for index in items.indices
    where (items[index].kind == .practice) == practice && (!plannedOnly || items[index].planned) {
      total += items[index].minutes
    }
    return total
  }

  /// Minutes of study within the horizon.
  public var horizonMinutes: Int { weeks.reduce(0) { $0 + $1.minutes } }

  /// The planned steps that start after the horizon, in order.
  public var later: [PlanItem] { laterPositions.map { items[$0] } }

  /// Where ``later``'s steps are in ``items``: the screen reads them in place, since a large
  /// plan has thousands and a step holds a score of strings and lists.
  public var laterPositions: [Int] {
    let horizon = options.horizonWeeks
    return items.indices.filter { index in
      items[index].planned && items[index].firstWeek.map { $0 > horizon } == true
    }
  }

  /// The steps marked done, in plan order.
  public var done: [PlanItem] { items.filter { $0.progress == .done } }

  /// The steps marked dropped, in plan order.
  public var dropped: [PlanItem] { items.filter { $0.progress == .dropped } }

  /// The steps under way, in plan order.
  public var underWay: [PlanItem] { items.filter { $0.progress == .inProgress } }

  /// Minutes logged on every step.
  public var loggedMinutes: Int { items.reduce(0) { $0 + $1.loggedMinutes } }

  /// The planned steps begun within the horizon that go on after it, with the minutes left.
  public var running: [(item: PlanItem, minutesLeft: Int)] {
    runningPositions.map { (items[$0.position], $0.minutesLeft) }
  }

  /// Where ``running``'s steps are in ``items``, with the minutes left.
  public var runningPositions: [(position: Int, minutesLeft: Int)] {
    let horizon = options.horizonWeeks
    let positions = items.indices.filter { index in
      guard items[index].planned, let first = items[index].firstWeek,
        let last = items[index].lastWeek
      else { return false }
      return first <= horizon && last > horizon
    }
    guard !positions.isEmpty else { return [] }
    var done: [String: Int] = [:]
    for week in weeks {
      for allocation in week.allocations + week.practice {
        done[allocation.item, default: 0] += allocation.minutes
      }
    }
    return positions.map { index in
      (index, max(0, items[index].minutes - (done[items[index].id] ?? 0)))
    }
  }

  /// The steps left out because only blocking gaps are planned.
  public var leftOut: [PlanItem] { leftOutPositions.map { items[$0] } }

  /// Where ``leftOut``'s steps are in ``items``: not planned and not settled (done or dropped,
  /// tested by the stored field, as `isSettled` copies the step).
  public var leftOutPositions: [Int] {
    items.indices.filter {
      !items[$0].planned && items[$0].progress != .done && items[$0].progress != .dropped
    }
  }

  /// Whether the step at `position` in ``items`` is planned to begin within the horizon.
  public func beginsWithinHorizon(_ position: Int) -> Bool {
    items[position].planned && (items[position].firstWeek ?? Int.max) <= options.horizonWeeks
  }

  /// The skills worked on within the horizon, study or practice.
  public var horizonSkills: [String] {
    var seen: Set<String> = []
    var order: [String] = []
    for position in items.indices where beginsWithinHorizon(position) {
      if seen.insert(items[position].skill).inserted { order.append(items[position].skill) }
    }
    return order
  }

  /// The last day of the horizon's last week with work, or nil when it has none.
  public var end: CalendarDay? { weeks.last?.end }

  /// The last day of a week of the plan, counted from the start.
  public func lastDay(ofWeek week: Int) -> CalendarDay {
    options.start.adding(days: 7 * week - 1)
  }

  /// The week after which no gap blocks the role: the last blocking gap's closing week, 0 when
  /// nothing blocks, nil when some blocking gap is not planned.
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
  /// The week its last step finishes, or nil when it is not planned.
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

/// One week of the horizon: its days, the study given to each step, the practice at work, and
/// the sessions.
public struct PlanWeek: Sendable, Equatable, Codable {
  /// The week's number, from 1.
  public var number: Int
  /// The first day.
  public var start: CalendarDay
  /// The last day (six days after the first).
  public var end: CalendarDay
  /// The study steps worked on this week, in order.
  public var allocations: [Allocation]
  /// The practice steps under way at work this week, with what to do.
  public var practice: [Allocation]
  /// The study sessions, in time order.
  public var sessions: [StudySession]

  /// Creates a week from its parts.
  public init(
    number: Int, start: CalendarDay, end: CalendarDay, allocations: [Allocation],
    practice: [Allocation] = [], sessions: [StudySession]
  ) {
    self.number = number
    self.start = start
    self.end = end
    self.allocations = allocations
    self.practice = practice
    self.sessions = sessions
  }

  /// Minutes of study planned this week.
  public var minutes: Int { allocations.reduce(0) { $0 + $1.minutes } }
}

/// The time given to one step in one week, and that week's task.
public struct Allocation: Sendable, Equatable, Codable {
  /// The item's id.
  public var item: String
  /// Minutes of the item this week (study, or practice at work).
  public var minutes: Int
  /// Which of the item's weeks this is, from 1.
  public var part: Int
  /// How many weeks the item takes in all.
  public var parts: Int
  /// Whether the item is finished this week.
  public var finishes: Bool
  /// This week's tasks: the step's parts that fall in it (empty when the step has none).
  public var tasks: [String]
  /// Whether the first task began in an earlier week and goes on in this one.
  public var continuesTask: Bool

  /// Creates an allocation from its parts.
  public init(
    item: String, minutes: Int, part: Int, parts: Int, finishes: Bool, tasks: [String] = [],
    continuesTask: Bool = false
  ) {
    self.item = item
    self.minutes = minutes
    self.part = part
    self.parts = parts
    self.finishes = finishes
    self.tasks = tasks
    self.continuesTask = continuesTask
  }

  /// This week's tasks as people read them: a task begun earlier says "Continue:". Practice
  /// leaves a task it already began unsaid, since it goes on week after week at work.
  /// - Parameter practice: Whether the step is practice at work.
  /// - Returns: The lines, in order.
  public func taskLines(practice: Bool) -> [String] {
    tasks.enumerated().compactMap { index, task in
      guard index == 0 && continuesTask else { return task }
      return practice ? nil : "Continue: " + task
    }
  }
}

/// A block of study time on one day for one item: one calendar event.
public struct StudySession: Sendable, Equatable, Codable {
  /// The item's id.
  public var item: String
  /// The day the session is on.
  public var day: CalendarDay
  /// When it starts, in minutes after midnight, local time.
  public var start: Int
  /// How long it lasts, in minutes.
  public var minutes: Int
  /// Which of the item's sessions this is, from 1.
  public var index: Int
  /// How many sessions the item has within the horizon.
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
