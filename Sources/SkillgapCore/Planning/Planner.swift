import Foundation
import HeapModule

/// Turns the gaps of a report into a study plan: the next weeks in detail, the rest as "later".
///
/// The rules (the README's "How the planner chooses" tells them with a worked example):
/// - Each gap becomes one step per level (2→3 is one step, 3→4 another), with the framework's
///   tip, milestone, week-sized parts, the resources serving that step, its hours and its kind.
/// - A step comes after the skill's step below it and after its prerequisites' steps: a step to
///   level *L* needs each prerequisite that is itself a gap at level *L* − 1 and at least at the
///   level above the lowest (at most the level the role requires of it), unless the person is
///   already there. A study step never
///   waits for a practice step of another skill: practice runs alongside for months.
/// - First come the steps that blocking gaps need (their own, and their prerequisites'), then
///   the rest. Within each, breadth before depth: every gap's first step before any second step,
///   and so on; in a round, a step that practice waits for comes first (so the practice can
///   start), then the gap of higher priority.
/// - Study steps fill the weekly hours in that order; a step that does not fit goes on the next
///   week. Practice steps run alongside at work (about 2 h a week, at most two at a time, from
///   the week after what they need is done) and take no study hours.
/// - A milestone written identically in several steps is one project, billed once, in the last
///   of them: once one of its steps is taken, the others follow as soon as they can, and a
///   blocking gap's step that shares a project comes after the others (which the blocking gap
///   then needs too).
/// - The horizon's weeks get their tasks (the parts of each step that fall in them) and sessions
///   on the study days, at most the daily limit a day, never past 22:00.
public enum Planner {
  /// Plans the gaps of a report.
  /// - Parameters:
  ///   - report: The gap report of the target role.
  ///   - framework: The framework the report was made against (for steps, resources, hours).
  ///   - options: Hours per week, horizon, days and times, blocking gaps only.
  ///   - progress: What the person has marked, by step id: done and dropped steps are not
  ///     scheduled, a step under way needs only what is left of it.
  /// - Returns: The plan.
  /// - Throws: ``PlanOptions/OptionsError`` when the options cannot make a plan.
  /// - Complexity: O(*i* log *i* + *e* + *h*) for *i* steps, *e* prerequisite links and *h*
  ///   sessions in the horizon; the length of the plan beyond the horizon costs nothing.
  public static func plan(
    for report: GapReport, framework: Framework, options: PlanOptions,
    progress: [String: StepProgress] = [:]
  ) throws(PlanOptions.OptionsError) -> StudyPlan {
    try options.validate()
    var items = orderedItems(report, framework: framework)
    // What is done or dropped is not scheduled; what is under way needs only what is left.
    for index in items.indices {
      items[index].estimateMinutes = items[index].minutes
      guard let step = progress[items[index].id] else { continue }
      items[index].progress = step.status
      items[index].loggedMinutes = step.minutes
      items[index].minutes =
        step.status == .inProgress ? max(0, items[index].minutes - step.minutes) : 0
    }
    let budget = options.budgetMinutes
    // Study steps are packed back to back, so each one's weeks follow from where it starts.
    var offsets = [Int](repeating: 0, count: items.count)
    var clock = 0
    for index in items.indices where !items[index].isPractice && !items[index].isSettled {
      offsets[index] = clock
      items[index].firstWeek = clock / budget + 1
      clock += items[index].minutes
      items[index].lastWeek = max(clock - 1, offsets[index]) / budget + 1
    }
    let studyEnd = clock == 0 ? 0 : (clock - 1) / budget + 1
    let practiceEnd = schedulePractice(&items)
    for index in items.indices {
      items[index].planned = !options.blockingOnly || items[index].forBlocking
      if !items[index].planned || items[index].isSettled {
        items[index].firstWeek = nil
        items[index].lastWeek = nil
      }
    }
    // Read in place: filtering first copied every planned step.
    let lastStudy = items.indices.last { items[$0].planned && !items[$0].isPractice }
    let studyWeeks = lastStudy.flatMap { items[$0].lastWeek } ?? 0
    var lastWork = studyWeeks
    for index in items.indices where items[index].planned {
      lastWork = max(lastWork, items[index].lastWeek ?? 0)
    }
    var weeks: [PlanWeek] = []
    let shown = min(options.horizonWeeks, lastWork)
    if shown > 0 {
      // The steps under way in each week, found once: looking through every step for every
      // week grew with steps × weeks, and copied each step each time.
      var study = [[Int]](repeating: [], count: shown + 1)
      var practice = [[Int]](repeating: [], count: shown + 1)
      for index in items.indices where items[index].planned {
        guard let first = items[index].firstWeek, let last = items[index].lastWeek,
          first <= shown, first <= last
        else { continue }
        for week in max(first, 1)...min(last, shown) {
          if items[index].isPractice {
            practice[week].append(index)
          } else {
            study[week].append(index)
          }
        }
      }
      weeks = (1...shown).map { number in
        let start = options.start.adding(days: 7 * (number - 1))
        return PlanWeek(
          number: number, start: start, end: start.adding(days: 6),
          allocations: studyAllocations(
            items, offsets, among: study[number], week: number, budget: budget),
          practice: practiceAllocations(items, among: practice[number], week: number),
          sessions: [])
      }
      addSessions(&weeks, options: options)
    }
    let closures = items.filter { $0.closesGap && $0.blocking }.map { item in
      // A gap whose last step is done is closed already: week 0.
      let week = item.progress == .done ? 0 : item.lastWeek
      return BlockerClosure(
        skill: item.skill, name: item.name, level: item.toLevel, week: week,
        date: week.map { options.start.adding(days: 7 * $0 - 1) })
    }
    return StudyPlan(
      role: report.role, options: options, items: items, weeks: weeks,
      blockerClosures: closures, studyWeeks: studyWeeks,
      wholeRoleWeeks: max(studyEnd, practiceEnd),
      advice: advice(
        options, studyMinutes: clock, weeks: studyEnd,
        blockingMinutes: items.indices.reduce(0) {
          items[$1].forBlocking && !items[$1].isPractice ? $0 + items[$1].minutes : $0
        }))
  }

  // MARK: Order

  /// The priority of a step among those whose predecessors are done.
  private struct Key: Comparable {
    var phase: Int
    /// After a blocking gap's needs, the rest of a project already begun comes first.
    var projectFirst: Int
    var round: Int
    /// Among blocking gaps' needs, breadth first still, then the rest of a begun project.
    var projectNext: Int
    var feedsPractice: Int
    var rank: Int
    var index: Int

    static func < (a: Key, b: Key) -> Bool {
      if a.phase != b.phase { return a.phase < b.phase }
      if a.projectFirst != b.projectFirst { return a.projectFirst < b.projectFirst }
      return (a.round, a.projectNext, a.feedsPractice, a.rank, a.index)
        < (b.round, b.projectNext, b.feedsPractice, b.rank, b.index)
    }
  }

  /// Every step of the report's gaps, in the order they are worked on, with what each needs
  /// first and whether a blocking gap needs it.
  /// - Parameters:
  ///   - report: The gap report.
  ///   - framework: The framework with the steps.
  /// - Returns: The steps in plan order, minutes of shared milestones billed once.
  /// - Complexity: O(*i* log *i* + *e*) for *i* steps and *e* prerequisite links.
  public static func orderedItems(_ report: GapReport, framework: Framework) -> [PlanItem] {
    let gaps = report.gaps
    var rankOf: [String: Int] = [:]
    for (rank, gap) in gaps.enumerated() where rankOf[gap.skill] == nil { rankOf[gap.skill] = rank }
    var items: [PlanItem] = []
    var round: [Int] = []
    var rank: [Int] = []
    // Where each skill's steps are: one per level from `first`, side by side, so the step of
    // a skill to a level is found by arithmetic, not by building and hashing its id.
    var spans: [String: (start: Int, first: Int, count: Int)] = [:]
    for (position, gap) in gaps.enumerated() where rankOf[gap.skill] == position {
      let steps = steps(of: gap, skill: framework.skill(gap.skill), framework: framework)
      spans[gap.skill] = (items.count, gap.current + 1, steps.count)
      round += steps.indices
      rank += repeatElement(position, count: steps.count)
      items += steps
    }
    func step(_ skill: String, _ level: Int) -> Int? {
      guard let span = spans[skill], level >= span.first, level < span.first + span.count
      else { return nil }
      return span.start + level - span.first
    }
    // Items are read in place by position from here on: a plan item holds a score of strings
    // and lists, and copying each one out at every pass (as `enumerated()` does, and asking an
    // item whether it is practice did) was most of a large plan's time.
    var practice = [Bool](repeating: false, count: items.count)
    for position in items.indices { practice[position] = items[position].kind == .practice }
    var needs = [[Int]](repeating: [], count: items.count)
    for position in items.indices {
      let skill = items[position].skill
      let isPractice = practice[position]
      // The step below of the same skill is the one before.
      if round[position] > 0 { needs[position].append(position - 1) }
      // Read in place by position: a table of skills copied all 20,000 of a large framework
      // for the few hundred with gaps.
      let prerequisites = framework.skillPosition(skill).map {
        framework.skills[$0].prerequisites
      }
      for prerequisite in prerequisites ?? [] {
        guard let rank = rankOf[prerequisite] else { continue }
        let other = gaps[rank]
        // Level L needs the prerequisite at L − 1, and at least at its first level above the
        // lowest; nothing when the person already has that (or the role asks for less).
        let level = min(max(items[position].toLevel - 1, 1), other.required)
        guard level > other.current else { continue }
        // Study never waits for practice, which runs alongside at work for months.
        if let needed = step(prerequisite, level), needed != position,
          isPractice || !practice[needed]
        {
          needs[position].append(needed)
        }
      }
    }
    // What a step itself requires of other skills, beyond the skill's prerequisites.
    for position in items.indices {
      let isPractice = practice[position]
      let requires =
        framework.step(of: items[position].skill, toReach: items[position].toLevel)?.requires
      for need in requires ?? [] {
        guard let rank = rankOf[need.skill] else { continue }
        let other = gaps[rank]
        let level = min(need.level, other.required)
        guard level > other.current, let needed = step(need.skill, level),
          needed != position, !needs[position].contains(needed),
          isPractice || !practice[needed]
        else { continue }
        needs[position].append(needed)
      }
    }
    // Blocking gaps and everything they need come first.
    var forBlocking = neededForBlocking(items, needs: needs)
    // A project shared by several steps is done when all of them have been studied: when a
    // blocking gap's step shares one, that step comes after the others, which a blocking gap
    // then needs too.
    let projects = sharedProjects(items)
    var projectOf = [Int?](repeating: nil, count: items.count)
    for (number, members) in projects.enumerated() {
      for member in members { projectOf[member] = number }
      let blockingMembers = members.filter { forBlocking[$0] }
      guard
        let last = blockingMembers.max(by: { (round[$0], rank[$0]) < (round[$1], rank[$1]) })
      else { continue }
      for member in members where member != last && !needs[last].contains(member) {
        guard practice[last] || !practice[member],
          !reaches(from: member, to: last, needs: needs)
        else { continue }
        needs[last].append(member)
      }
    }
    if projects.contains(where: { $0.contains { forBlocking[$0] } }) {
      forBlocking = neededForBlocking(items, needs: needs)
    }
    for position in items.indices {
      items[position].after = needs[position].map { items[$0].id }
    }
    var waiting = needs.map(\.count)
    var unlocks = [[Int]](repeating: [], count: items.count)
    for (position, list) in needs.enumerated() {
      for needed in list { unlocks[needed].append(position) }
    }
    // A step that practice at work waits for goes first in its round: the practice, which
    // runs for months, can then start early.
    var feedsPractice = [Bool](repeating: false, count: items.count)
    for (position, list) in needs.enumerated() where practice[position] {
      for needed in list { feedsPractice[needed] = true }
    }
    // Once a step of a shared project is taken, the project's other steps follow as soon as
    // they can, so its skills are studied together and the project is not months away.
    var begun = [Bool](repeating: false, count: projects.count)
    func key(_ position: Int) -> Key {
      let inBegunProject = projectOf[position].map { begun[$0] } == true ? 0 : 1
      return Key(
        phase: forBlocking[position] ? 0 : 1,
        projectFirst: forBlocking[position] ? 0 : inBegunProject, round: round[position],
        projectNext: forBlocking[position] ? inBegunProject : 0,
        feedsPractice: feedsPractice[position] ? 0 : 1, rank: rank[position], index: position)
    }
    var ready = Heap(items.indices.filter { waiting[$0] == 0 }.map(key))
    var done = [Bool](repeating: false, count: items.count)
    var order: [Int] = []
    order.reserveCapacity(items.count)
    while order.count < items.count {
      // A cycle (which the loader rejects) would leave nothing ready: take the first step left.
      let next =
        ready.popMin()?.index ?? items.indices.filter { !done[$0] }.min { key($0) < key($1) } ?? 0
      guard !done[next] else { continue }
      done[next] = true
      order.append(next)
      if let project = projectOf[next], !begun[project] {
        begun[project] = true
        // The project's steps already waiting in the heap move up (the old entries are skipped
        // as done when they come out).
        for member in projects[project] where !done[member] && waiting[member] == 0 {
          ready.insert(key(member))
        }
      }
      for dependent in unlocks[next] {
        waiting[dependent] -= 1
        if waiting[dependent] == 0 && !done[dependent] { ready.insert(key(dependent)) }
      }
    }
    var ordered = order.map { position in
      var item = items[position]
      item.forBlocking = forBlocking[position]
      return item
    }
    // The projects again, by their steps' places in the plan, each in plan order.
    var placeOf = [Int](repeating: 0, count: items.count)
    for (place, position) in order.enumerated() { placeOf[position] = place }
    billSharedMilestones(
      &ordered, projects: projects.map { $0.map { placeOf[$0] }.sorted() }, framework: framework)
    return ordered
  }

  /// Each item's position by its id (the first, should two share one).
  public static func idPositions(_ items: [PlanItem]) -> [String: Int] {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(items.count)
    for position in items.indices where positions[items[position].id] == nil {
      positions[items[position].id] = position
    }
    return positions
  }

  /// The steps that prove themselves with the same project (the same milestone text), each
  /// list in item order; only projects shared by two or more steps.
  static func sharedProjects(_ items: [PlanItem]) -> [[Int]] {
    // A text seen once maps to its step's position as -1 - position; seen again, to its
    // project's number. Most milestones are a step's own: no list is made for them.
    var groups: [String: Int] = [:]
    var projects: [[Int]] = []
    for position in items.indices {
      guard let text = items[position].milestone.map(trimmed), !text.isEmpty
      else { continue }
      switch groups[text] {
      case let number? where number >= 0:
        projects[number].append(position)
      case let first?:
        groups[text] = projects.count
        projects.append([-1 - first, position])
      case nil:
        groups[text] = -1 - position
      }
    }
    // In the order of their first steps, as the steps come.
    return projects.sorted { $0[0] < $1[0] }
  }

  /// A text without the white space around it; most texts have none and are kept as they are
  /// (Foundation's trimming was a twentieth of a 20,000-skill plan).
  static func trimmed(_ text: String) -> String {
    // Text that starts and ends with a visible ASCII character needs no look-up in Unicode's
    // tables.
    func visible(_ byte: UInt8?) -> Bool { byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
    if visible(text.utf8.first) && visible(text.utf8.last) { return text }
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      first.properties.isWhitespace || last.properties.isWhitespace
    else { return text }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The steps that a blocking gap's steps need, directly or through other steps.
  static func neededForBlocking(_ items: [PlanItem], needs: [[Int]]) -> [Bool] {
    var stack = items.indices.filter { items[$0].blocking }
    var needed = [Bool](repeating: false, count: items.count)
    while let next = stack.popLast() {
      guard !needed[next] else { continue }
      needed[next] = true
      stack += needs[next]
    }
    return needed
  }

  /// Whether the step `from` needs the step `to`, directly or through other steps.
  static func reaches(from start: Int, to target: Int, needs: [[Int]]) -> Bool {
    var stack = [start]
    var seen = Set<Int>()
    while let next = stack.popLast() {
      if next == target { return true }
      guard seen.insert(next).inserted else { continue }
      stack += needs[next]
    }
    return false
  }

  /// Bills a project once when several steps prove themselves with it (the same milestone
  /// text): in the last of them in plan order, by when every skill it proves has been studied
  /// (a blocking gap's step that shares a project waits for the others, so it is the last);
  /// the others name that step and drop their `milestone_hours`.
  static func billSharedMilestones(
    _ items: inout [PlanItem], projects: [[Int]], framework: Framework
  ) {
    for members in projects {
      guard let billed = members.last else { continue }
      for position in members where position != billed {
        let step = framework.step(of: items[position].skill, toReach: items[position].toLevel)
        items[position].sharedMilestone = items[billed].id
        items[position].minutes = max(
          0, items[position].minutes - PlanOptions.minutes(step?.milestoneHours ?? 0))
        items[position].milestoneMinutes = 0
      }
    }
  }

  /// The steps of one gap: one per level, lowest first.
  /// - Parameters:
  ///   - gap: A standing with a gap.
  ///   - skill: The framework's skill, or nil when the framework lacks it.
  ///   - framework: The framework with the scale and default hours.
  /// - Returns: The steps, not yet ordered or scheduled.
  public static func steps(of gap: RequirementStanding, skill: Skill?, framework: Framework)
    -> [PlanItem]
  {
    guard gap.gap > 0 else { return [] }
    return (gap.current + 1...gap.required).map { level in
      let step = skill?.step(toReach: level)
      let hours =
        skill.map { framework.hours(toReach: level, in: $0) }
        ?? (framework.hoursPerStep.indices.contains(level) ? framework.hoursPerStep[level] : 0)
      return PlanItem(
        id: "\(gap.skill)@\(level)", skill: gap.skill, name: gap.name, category: gap.category,
        fromLevel: level - 1, fromName: framework.scale.name(of: level - 1), toLevel: level,
        toName: framework.scale.name(of: level), kind: step?.kind ?? .study,
        tip: step?.tip ?? "", milestone: step?.milestone, parts: step?.parts ?? [],
        resources: skill?.resources(forStep: level) ?? [], minutes: PlanOptions.minutes(hours),
        milestoneMinutes: PlanOptions.minutes(min(step?.milestoneHours ?? 0, hours)),
        basis: step?.basis, defaultHours: step?.hours == nil, priority: gap.priority,
        blocking: gap.blocking, closesGap: level == gap.required)
    }
  }

  // MARK: Practice

  /// Schedules practice steps: each from the week after what it needs is done, for its hours at
  /// ``PlanOptions/practiceHoursPerWeek``, at most two at a time, in plan order.
  /// - Returns: The last week of practice (0 without any).
  /// - Complexity: O(*p* × *w* × *j*) for *p* practice steps of *w* weeks that move *j* times
  ///   to find room: each week keeps how many steps it holds and the earliest end among them,
  ///   where comparing every step with every other grew with the cube of a large framework's.
  static func schedulePractice(_ items: inout [PlanItem]) -> Int {
    let weekly = PlanOptions.minutes(PlanOptions.practiceHoursPerWeek)
    let position = idPositions(items)
    // By week: how many practice steps run in it, and the earliest last week among them.
    var held: [Int] = []
    var earliestEnd: [Int] = []
    var last = 0
    for index in items.indices where items[index].isPractice && !items[index].isSettled {
      var earliest = 1
      for id in items[index].after {
        guard let needed = position[id], let end = items[needed].lastWeek else { continue }
        earliest = max(earliest, end + 1)
      }
      let length = max(1, (items[index].minutes + weekly - 1) / weekly)
      var start = earliest
      // At most two practice steps at once: move on until the whole span has room, to the
      // week after the first of the steps in the way ends.
      while true {
        let span = start...(start + length - 1)
        let crowded = span.first { $0 < held.count && held[$0] >= 2 }
        guard let crowded else { break }
        start = earliestEnd[crowded] + 1
      }
      let end = start + length - 1
      if held.count <= end {
        held += [Int](repeating: 0, count: end + 1 - held.count)
        earliestEnd += [Int](repeating: .max, count: end + 1 - earliestEnd.count)
      }
      for week in start...end {
        held[week] += 1
        earliestEnd[week] = min(earliestEnd[week], end)
      }
      items[index].firstWeek = start
      items[index].lastWeek = end
      last = max(last, end)
    }
    return last
  }

  // MARK: Weeks

  /// The study steps worked on in one week, with their share of it and that week's tasks;
  /// `indices` are the steps under way that week, in plan order.
  static func studyAllocations(
    _ items: [PlanItem], _ offsets: [Int], among indices: [Int], week: Int, budget: Int
  ) -> [Allocation] {
    let from = (week - 1) * budget
    let to = week * budget
    var out: [Allocation] = []
    for index in indices {
      let item = items[index]
      guard item.planned && !item.isPractice, let first = item.firstWeek,
        let lastWeek = item.lastWeek, (first...lastWeek).contains(week)
      else { continue }
      let start = max(from, offsets[index])
      let end = min(to, offsets[index] + item.minutes)
      guard end > start || item.minutes == 0 else { continue }
      let share = tasks(for: item, from: start - offsets[index], to: end - offsets[index])
      out.append(
        Allocation(
          item: item.id, minutes: end - start, part: week - first + 1, parts: lastWeek - first + 1,
          finishes: week == lastWeek, tasks: share.tasks, continuesTask: share.continues))
    }
    return out
  }

  /// The practice steps under way in one week, of `indices` (in plan order).
  static func practiceAllocations(_ items: [PlanItem], among indices: [Int], week: Int)
    -> [Allocation]
  {
    let weekly = PlanOptions.minutes(PlanOptions.practiceHoursPerWeek)
    return indices.compactMap { index in
      let item = items[index]
      guard item.planned, item.isPractice, let first = item.firstWeek, let last = item.lastWeek,
        (first...last).contains(week)
      else { return nil }
      let done = (week - first) * weekly
      let minutes = min(weekly, max(0, item.minutes - done))
      let share = tasks(for: item, from: done, to: done + minutes)
      return Allocation(
        item: item.id, minutes: minutes, part: week - first + 1, parts: last - first + 1,
        finishes: week == last, tasks: share.tasks, continuesTask: share.continues)
    }
  }

  /// The parts of a step that fall in minutes `from..<to` of it.
  ///
  /// The last part takes the step's milestone hours when the framework gives them (the last
  /// part is the milestone by the format's convention) and is not shorter than the others; the
  /// other parts share the rest equally. A step without parts that spans weeks has its tip as
  /// the one task, so every week after the first says what to go on with.
  /// - Returns: The tasks, and whether the first began in an earlier week.
  static func tasks(for item: PlanItem, from: Int, to: Int) -> (tasks: [String], continues: Bool) {
    // Offsets count from what is left; the parts are laid over the whole estimate.
    let total = item.estimateMinutes
    let logged = max(0, total - item.minutes)
    let from = from + logged
    let to = to + logged
    var parts = item.parts
    // The first week shows the tip as what to do; later weeks go on with it.
    if parts.isEmpty && from > 0 && !item.tip.isEmpty { parts = [item.tip] }
    guard !parts.isEmpty else { return ([], false) }
    guard total > 0 else { return (parts, false) }
    let count = parts.count
    let even = total / count
    let last = count > 1 ? max(even, min(item.milestoneMinutes, total)) : total
    let rest = total - last
    // Part i starts at `starts[i]` minutes into the step.
    let starts = (0..<count).map { index in
      index == count - 1 ? rest : (count > 1 ? rest * index / (count - 1) : 0)
    }
    let first = starts.lastIndex { $0 <= from } ?? 0
    let final = max(first, starts.lastIndex { $0 < max(to, from + 1) } ?? first)
    return (Array(parts[first...final]), starts[first] < from)
  }

  /// Lays each week's study over its study days as sessions.
  ///
  /// A week's study is spread evenly over its study days (rounded up to 15 minutes a day, at
  /// most the daily limit; a last day's share under 15 minutes joins the day before); each day's share is cut, in order, into sessions of at most the
  /// session length with 15 minutes between them, from the chosen start, or earlier when the
  /// day would otherwise run past ``PlanOptions/latestEnd``.
  static func addSessions(_ weeks: inout [PlanWeek], options: PlanOptions) {
    let gap = 15
    var pieces: [[(item: String, day: CalendarDay, start: Int, minutes: Int)]] = []
    for week in weeks {
      let days = (0..<7).map { week.start.adding(days: $0) }.filter {
        options.studyDays.contains($0.weekday)
      }
      var queue = week.allocations.filter { $0.minutes > 0 }.map { ($0.item, $0.minutes) }
      let total = queue.reduce(0) { $0 + $1.1 }
      guard !days.isEmpty, total > 0 else {
        pieces.append([])
        continue
      }
      let even = (total + days.count - 1) / days.count
      let perDay = min(options.dailyMinutes, (even + 14) / 15 * 15)
      // Each day's share; a last share under 15 minutes joins the day before when it has room.
      var shares: [Int] = []
      var rest = total
      for _ in days where rest > 0 {
        shares.append(min(perDay, rest))
        rest -= shares[shares.count - 1]
      }
      if rest > 0 { shares[shares.count - 1] += rest }
      if shares.count > 1, let last = shares.last, last < 15,
        shares[shares.count - 2] + last <= options.dailyMinutes
      {
        shares.removeLast()
        shares[shares.count - 1] += last
      }
      var week: [(item: String, day: CalendarDay, start: Int, minutes: Int)] = []
      for (number, day) in days.enumerated() where number < shares.count && !queue.isEmpty {
        var left = number == shares.count - 1 ? Int.max : shares[number]
        var today: [(String, Int)] = []
        while left > 0, let head = queue.first {
          let take = min(head.1, left, options.sessionMinutes)
          today.append((head.0, take))
          left -= take
          if take == head.1 { queue.removeFirst() } else { queue[0].1 -= take }
        }
        let span = today.reduce(0) { $0 + $1.1 } + gap * max(0, today.count - 1)
        var clock = max(0, min(options.sessionStart, PlanOptions.latestEnd - span))
        for (item, minutes) in today {
          week.append((item, day, clock, minutes))
          clock += minutes + gap
        }
      }
      pieces.append(week)
    }
    var counts: [String: Int] = [:]
    for week in pieces { for piece in week { counts[piece.item, default: 0] += 1 } }
    var seen: [String: Int] = [:]
    for index in weeks.indices {
      weeks[index].sessions = pieces[index].map { piece in
        seen[piece.item, default: 0] += 1
        return StudySession(
          item: piece.item, day: piece.day, start: piece.start, minutes: piece.minutes,
          index: seen[piece.item] ?? 1, count: counts[piece.item] ?? 1)
      }
    }
  }

  // MARK: Advice

  /// What unusual settings mean: very few or very many hours, days that cannot hold the hours.
  static func advice(
    _ options: PlanOptions, studyMinutes: Int, weeks: Int, blockingMinutes: Int = 0
  ) -> [PlanAdvice] {
    var out: [PlanAdvice] = []
    func weeksAt(_ hours: Double) -> Int {
      let budget = min(PlanOptions.minutes(hours), options.capacityMinutes)
      return studyMinutes == 0 || budget == 0 ? 0 : (studyMinutes + budget - 1) / budget
    }
    if options.hoursPerWeek < PlanOptions.fewHoursPerWeek, studyMinutes > 0 {
      out.append(
        .fewHours(
          hoursPerWeek: options.hoursPerWeek, weeks: weeks, suggested: 4,
          suggestedWeeks: weeksAt(4),
          blockingWeeks: (blockingMinutes + options.budgetMinutes - 1) / options.budgetMinutes))
    }
    if options.hoursPerWeek > PlanOptions.manyHoursPerWeek {
      out.append(
        .manyHours(hoursPerWeek: options.hoursPerWeek, suggested: 10, suggestedWeeks: weeksAt(10)))
    }
    if options.minutesPerWeek > options.capacityMinutes {
      out.append(
        .daysTooShort(
          askedMinutes: options.minutesPerWeek, plannedMinutes: options.capacityMinutes,
          days: options.studyDays.count, dailyMinutes: options.dailyMinutes))
    }
    return out
  }
}
