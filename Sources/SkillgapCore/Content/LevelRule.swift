/// How a level of a skill is reached, stated by the framework (`level_rule:` in
/// `framework.yaml`): a share of the level's "I …" indicators must hold, and, when the rule is
/// cumulative, every level below must be reached too.
///
/// The engine suggests a level from the indicators a person ticks by this rule, and the
/// consistency warnings compare a rating with it. The lowest level needs nothing.
public struct LevelRule: Sendable, Equatable, Codable {
  /// The rule in plain words, shown on the rating screen and in help.
  public var summary: String
  /// The share of a level's indicators that must hold, above 0 and at most 1; the count it
  /// gives is rounded up.
  public var share: Double
  /// Whether every level below must be reached as well.
  public var cumulative: Bool

  /// The rule of a framework that states none, which is also the default framework's: at least
  /// 60 % of a level's indicators hold, rounded up, and every level below is reached.
  public static let standard = LevelRule(
    summary:
      "A level is reached when at least 60 % of its indicators hold (rounded up) and every "
      + "level below it is reached.",
    share: 0.6, cumulative: true)

  /// Creates a rule.
  public init(summary: String, share: Double, cumulative: Bool) {
    self.summary = summary
    self.share = share
    self.cumulative = cumulative
  }

  /// How many of `count` indicators must hold: the share of them, rounded up (at least one).
  public func needed(of count: Int) -> Int {
    guard count > 0 else { return 0 }
    // The small tolerance keeps 0.6 × 5 at 3, not 4, despite binary fractions.
    return min(count, max(1, Int((share * Double(count) - 1e-9).rounded(.up))))
  }

  /// Whether the ticks reach one level on their own (the levels below aside). A level with no
  /// indicators cannot be shown by ticks.
  public func holds(_ value: Int, in skill: Skill, ticks: Set<IndicatorTick>) -> Bool {
    let count = skill.level(value)?.indicators.count ?? 0
    guard count > 0 else { return false }
    let ticked = ticks.filter { $0.level == value && $0.index < count }.count
    return ticked >= needed(of: count)
  }

  /// The highest level the ticks support by this rule (the lowest level when none is reached).
  /// - Complexity: O(*levels* × *ticks*).
  public func supportedLevel(of skill: Skill, ticks: Set<IndicatorTick>, scale: RatingScale)
    -> Int
  {
    var best = scale.lowest
    for value in scale.levels.indices.dropFirst() {
      if holds(value, in: skill, ticks: ticks) {
        best = value
      } else if cumulative {
        break
      }
    }
    return best
  }
}

/// One "I …" indicator of a skill a person ticked: the level it describes and its place in
/// that level's list.
public struct IndicatorTick: Sendable, Hashable, Codable, Comparable {
  /// The level value.
  public var level: Int
  /// The indicator's index in the level's list.
  public var index: Int

  /// Creates a tick.
  public init(level: Int, index: Int) {
    self.level = level
    self.index = index
  }

  public static func < (lhs: IndicatorTick, rhs: IndicatorTick) -> Bool {
    (lhs.level, lhs.index) < (rhs.level, rhs.index)
  }
}
