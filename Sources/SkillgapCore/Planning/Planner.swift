/// Turns the gaps of a report into a week-by-week study plan.
///
/// The rules:
/// - Each gap becomes one item per level step (2→3 is one item, 3→4 another), with the step's
///   tip, milestone, the skill's resources and the hours the framework gives that step.
/// - Skills are studied one after the other, each with its steps in level order. The next skill
///   is the gap of highest priority (lowest rank) whose prerequisite gaps are all studied.
/// - Items are packed into weeks in that order, filling each week's hours before the next; an
///   item that does not fit continues in the following weeks. With a cap on weeks, packing stops
///   at the cap and the rest is listed as unfinished.
/// - Each week's study is cut into sessions (see ``Planner/sessions(for:options:)``).
public enum Planner {
  /// Plans the gaps of a report.
  /// - Parameters:
  ///   - report: The gap report of the target role.
  ///   - framework: The framework the report was made against (for tips, resources, hours).
  ///   - options: Hours per week, start day, cap on weeks, sessions.
  /// - Returns: The plan.
  /// - Throws: ``PlanOptions/OptionsError`` when the options cannot make a plan.
  /// - Complexity: O(*g*² + *i* + *w*) for *g* gaps, *i* items and *w* weeks.
  public static func plan(
    for report: GapReport, framework: Framework, options: PlanOptions
  ) throws(PlanOptions.OptionsError) -> StudyPlan {
    try options.validate()
    let order = studyOrder(report)
    let wanted = Set(order.map(\.skill))
    var skills: [String: Skill] = [:]
    for index in framework.skills.indices {
      let id = framework.skills[index].id
      if wanted.contains(id) && skills[id] == nil { skills[id] = framework.skills[index] }
    }
    var items = order.flatMap { steps(of: $0, skill: skills[$0.skill], framework: framework) }
    let packed = pack(items.map(\.minutes), budget: options.minutesPerWeek, cap: options.maxWeeks)
    // Weeks each item is studied in, and sessions each item has, counted by item index.
    var parts = [Int](repeating: 0, count: items.count)
    for slots in packed { for slot in slots { parts[slot.item] += 1 } }
    var partsSeen = [Int](repeating: 0, count: items.count)
    var weeks: [PlanWeek] = []
    var weekPieces: [[Piece]] = []
    weeks.reserveCapacity(packed.count)
    for (number, slots) in packed.enumerated() {
      let start = options.start.adding(days: 7 * number)
      var allocations: [Allocation] = []
      allocations.reserveCapacity(slots.count)
      for slot in slots {
        partsSeen[slot.item] += 1
        allocations.append(
          Allocation(
            item: items[slot.item].id, minutes: slot.minutes, part: partsSeen[slot.item],
            parts: parts[slot.item], finishes: slot.finishes))
        items[slot.item].firstWeek = items[slot.item].firstWeek ?? number + 1
        items[slot.item].scheduledMinutes += slot.minutes
        if slot.finishes { items[slot.item].lastWeek = number + 1 }
      }
      weekPieces.append(pieces(slots.map { ($0.item, $0.minutes) }, options: options))
      weeks.append(
        PlanWeek(
          number: number + 1, start: start, end: start.adding(days: 6), allocations: allocations,
          sessions: []))
    }
    var sessionCounts = [Int](repeating: 0, count: items.count)
    for pieces in weekPieces { for piece in pieces { sessionCounts[piece.item] += 1 } }
    var sessionsSeen = [Int](repeating: 0, count: items.count)
    for index in weeks.indices {
      weeks[index].sessions = weekPieces[index].map { piece in
        sessionsSeen[piece.item] += 1
        return StudySession(
          item: items[piece.item].id, day: weeks[index].start.adding(days: piece.day),
          start: piece.start, minutes: piece.minutes, index: sessionsSeen[piece.item],
          count: sessionCounts[piece.item])
      }
    }
    let closures = items.filter { $0.closesGap && $0.blocking }.map { item in
      BlockerClosure(
        skill: item.skill, name: item.name, level: item.toLevel, week: item.lastWeek,
        date: item.lastWeek.map { weeks[$0 - 1].end })
    }
    return StudyPlan(
      role: report.role, options: options, items: items, weeks: weeks, blockerClosures: closures)
  }

  /// The gaps in study order: prerequisites first, otherwise by rank.
  /// - Parameter report: The report.
  /// - Returns: The gap standings in the order they are studied.
  /// - Complexity: O(*g*²) for *g* gaps.
  public static func studyOrder(_ report: GapReport) -> [RequirementStanding] {
    var remaining = report.gaps
    var waiting: [String: Int] = [:]
    for gap in remaining {
      for dependent in gap.unlocks { waiting[dependent, default: 0] += 1 }
    }
    var order: [RequirementStanding] = []
    while !remaining.isEmpty {
      // `remaining` stays in rank order, so the first free gap is the most urgent one. A cycle
      // (which the loader rejects) would leave none free: then the top-ranked gap goes first.
      let position = remaining.firstIndex { waiting[$0.skill, default: 0] == 0 } ?? 0
      let next = remaining.remove(at: position)
      for dependent in next.unlocks { waiting[dependent, default: 0] -= 1 }
      order.append(next)
    }
    return order
  }

  /// The items of one gap: one per level step, lowest first.
  /// - Parameters:
  ///   - gap: A standing with a gap.
  ///   - skill: The framework's skill, or nil when the framework lacks it.
  ///   - framework: The framework with the scale and default hours.
  /// - Returns: The items, not yet scheduled.
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
        toName: framework.scale.name(of: level), tip: step?.tip ?? "",
        milestone: step?.milestone, resources: skill?.resources ?? [],
        minutes: PlanOptions.minutes(hours), priority: gap.priority, blocking: gap.blocking,
        closesGap: level == gap.required)
    }
  }

  /// One week's share of one item.
  struct Slot: Equatable {
    var item: Int
    var minutes: Int
    var finishes: Bool
  }

  /// Packs item durations into weeks of `budget` minutes, in order.
  /// - Parameters:
  ///   - durations: Minutes of each item, in study order.
  ///   - budget: Minutes a week, more than 0.
  ///   - cap: The most weeks, or nil.
  /// - Returns: For each week, the slots in it.
  /// - Complexity: O(*i* + *w*) for *i* items and *w* weeks.
  static func pack(_ durations: [Int], budget: Int, cap: Int?) -> [[Slot]] {
    var weeks: [[Slot]] = []
    var week = 0
    var left = budget
    for (item, duration) in durations.enumerated() {
      var remaining = duration
      repeat {
        if left == 0 && remaining > 0 {
          week += 1
          left = budget
        }
        if let cap, week >= cap { return weeks }
        if weeks.count <= week { weeks.append([]) }
        let take = min(remaining, left)
        remaining -= take
        left -= take
        weeks[week].append(Slot(item: item, minutes: take, finishes: remaining == 0))
      } while remaining > 0
    }
    return weeks
  }
}
