extension Planner {
  /// One session before it is given a date: the item's index, the day of the week (0 to 6,
  /// or later when a day overflows), the start minute and the length.
  struct Piece: Equatable {
    var item: Int
    var day: Int
    var start: Int
    var minutes: Int
  }

  /// Cuts a week's study into sessions and lays them over its seven days.
  ///
  /// Each item's time in the week is cut into the fewest sessions no longer than
  /// `options.sessionHours`, of equal length (to the minute). The week's *n* sessions go, in
  /// study order, on days `⌊k × 7 / n⌋` for *k* = 0…*n*−1, so they spread over the week; sessions
  /// sharing a day follow each other from `options.sessionStart`, starting earlier when the
  /// day's study would otherwise run past midnight.
  /// - Parameters:
  ///   - week: The week with its allocations.
  ///   - options: The plan's options.
  /// - Returns: The sessions in time order, numbered within the week (the plan numbers them
  ///   across weeks).
  /// - Complexity: O(*s*) for *s* sessions.
  public static func sessions(for week: PlanWeek, options: PlanOptions) -> [StudySession] {
    let cut = pieces(
      week.allocations.enumerated().map { ($0.offset, $0.element.minutes) }, options: options)
    var counts: [Int: Int] = [:]
    for piece in cut { counts[piece.item, default: 0] += 1 }
    var seen: [Int: Int] = [:]
    return cut.map { piece in
      seen[piece.item, default: 0] += 1
      return StudySession(
        item: week.allocations[piece.item].item, day: week.start.adding(days: piece.day),
        start: piece.start, minutes: piece.minutes, index: seen[piece.item] ?? 1,
        count: counts[piece.item] ?? 1)
    }
  }

  /// The sessions of one week's slots, as ``sessions(for:options:)`` lays them out.
  /// - Parameters:
  ///   - slots: Item indices and minutes, in study order.
  ///   - options: The plan's options.
  /// - Returns: The pieces in time order.
  /// - Complexity: O(*s*) for *s* sessions.
  static func pieces(_ slots: [(item: Int, minutes: Int)], options: PlanOptions) -> [Piece] {
    let longest = max(1, options.sessionMinutes)
    var cut: [(item: Int, minutes: Int)] = []
    for slot in slots where slot.minutes > 0 {
      let count = (slot.minutes + longest - 1) / longest
      let base = slot.minutes / count
      let longer = slot.minutes % count
      for index in 0..<count { cut.append((slot.item, base + (index < longer ? 1 : 0))) }
    }
    let count = cut.count
    let dayOf = (0..<count).map { $0 * 7 / max(count, 1) }
    var dayTotals = [Int](repeating: 0, count: 7)
    for (index, piece) in cut.enumerated() { dayTotals[dayOf[index]] += piece.minutes }
    let minutesInDay = 24 * 60
    var clock = dayTotals.map { max(0, min(options.sessionStart, minutesInDay - $0)) }
    return cut.enumerated().map { index, piece in
      let day = dayOf[index]
      let start = clock[day]
      clock[day] += piece.minutes
      return Piece(
        item: piece.item, day: day + start / minutesInDay, start: start % minutesInDay,
        minutes: piece.minutes)
    }
  }
}
