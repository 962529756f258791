import Foundation
import SkillgapCore

/// Which "I …" indicator `Space` ticks on the rating screen and in the every-level panel.
///
/// Nothing is focused until `[`, `]` or `Space` is first pressed, so a person who rates by
/// digits alone never sees a cursor (and a highlight move draws nothing more than before).
public struct TickFocus: Sendable, Equatable {
  /// The focused indicator of the highlighted level on the rating screen, or nil.
  public var rate: Int?
  /// The focused indicator in the every-level panel, or nil.
  public var sheet: IndicatorTick?

  /// Creates a focus.
  public init(rate: Int? = nil, sheet: IndicatorTick? = nil) {
    self.rate = rate
    self.sheet = sheet
  }

  /// Every indicator of a skill, level by level, in the panel's order.
  static func all(_ skill: Skill) -> [IndicatorTick] {
    skill.levels.indices.flatMap { level in
      skill.levels[level].indicators.indices.map { IndicatorTick(level: level, index: $0) }
    }
  }
}

extension AppState {
  /// The indicator `Space` ticks on the rating screen: the focused one of the highlighted
  /// level, kept within its list.
  var focusedRateTick: IndicatorTick? {
    guard let skill = currentSkill, let focus = ticking.rate else { return nil }
    let count = skill.level(highlight)?.indicators.count ?? 0
    guard count > 0 else { return nil }
    return IndicatorTick(level: highlight, index: min(max(0, focus), count - 1))
  }

  /// The level the current skill's ticks support by the framework's level rule, or nil when
  /// nothing is ticked.
  public var suggestedLevel: Int? {
    guard let skill = currentSkill else { return nil }
    let ticks = assessment.ticks(of: skill.id)
    guard !ticks.isEmpty else { return nil }
    return framework.levelRule.supportedLevel(of: skill, ticks: ticks, scale: framework.scale)
  }

  /// Moves the rating screen's indicator focus by `delta` within the highlighted level.
  mutating func moveRateTick(by delta: Int) {
    let count = currentSkill?.level(highlight)?.indicators.count ?? 0
    guard count > 0 else {
      status = .init(
        "\(framework.scale.name(of: highlight)) has no indicators to tick; ↑↓ picks a level.",
        tone: .warning)
      return
    }
    let current = ticking.rate.map { min($0, count - 1) }
    ticking.rate = current.map { min(max(0, $0 + delta), count - 1) } ?? (delta < 0 ? count - 1 : 0)
  }

  /// Ticks or unticks an indicator of the current skill and says what the ticks now support.
  mutating func toggle(_ tick: IndicatorTick, now: Date) -> [Effect] {
    guard let skill = currentSkill else { return [] }
    assessment.toggleTick(skill.id, tick, at: now)
    let scale = framework.scale
    let rule = framework.levelRule
    let count = skill.level(tick.level)?.indicators.count ?? 0
    let held = assessment.ticks(of: skill.id).filter { $0.level == tick.level }.count
    // Short, so even a 60-column window keeps it on the footer's row; the level the ticks
    // support is on the skill's line.
    let text =
      "\(held)/\(count) ticked at \(scale.name(of: tick.level)), \(rule.needed(of: count)) needed"
    status = .init(text)
    return [.save(assessment)]
  }
}
