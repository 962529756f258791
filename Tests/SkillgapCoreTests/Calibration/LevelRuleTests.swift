import Foundation
import SkillgapCore
import Testing

/// The level rule: a share of a level's indicators, rounded up, and (cumulative) every level
/// below.
@Suite struct LevelRuleTests {
  let scale = RatingScale(names: ["Novice", "Capable", "Lead"])

  func ticks(_ pairs: [(Int, Int)]) -> Set<IndicatorTick> {
    Set(pairs.map { IndicatorTick(level: $0.0, index: $0.1) })
  }

  @Test func sixtyPercentIsRoundedUp() {
    let rule = LevelRule.standard
    #expect(rule.needed(of: 5) == 3)
    #expect(rule.needed(of: 4) == 3)
    #expect(rule.needed(of: 3) == 2)
    #expect(rule.needed(of: 2) == 2)
    #expect(rule.needed(of: 1) == 1)
    #expect(rule.needed(of: 0) == 0)
  }

  @Test func aLevelIsReachedOnlyWithEveryLevelBelowIt() throws {
    let skill = try #require(CalibrationFixtures.framework().skill("algebra"))
    let rule = LevelRule.standard
    #expect(rule.supportedLevel(of: skill, ticks: [], scale: scale) == 0)
    #expect(rule.supportedLevel(of: skill, ticks: ticks([(1, 0), (1, 1)]), scale: scale) == 0)
    #expect(
      rule.supportedLevel(of: skill, ticks: ticks([(1, 0), (1, 1), (1, 4)]), scale: scale) == 1)
    // Lead's two indicators without Capable's: the cumulative rule stops at Capable.
    #expect(rule.supportedLevel(of: skill, ticks: ticks([(2, 0), (2, 1)]), scale: scale) == 0)
    #expect(
      rule.supportedLevel(
        of: skill, ticks: ticks([(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]), scale: scale) == 2)
    // A rule that does not ask for the levels below takes the highest level reached.
    let loose = LevelRule(summary: "", share: 0.5, cumulative: false)
    #expect(loose.supportedLevel(of: skill, ticks: ticks([(2, 0)]), scale: scale) == 2)
  }

  @Test func ticksBeyondALevelsIndicatorsCountForNothing() throws {
    let skill = try #require(CalibrationFixtures.framework().skill("algebra"))
    let stray = ticks([(1, 7), (1, 8), (1, 9)])
    #expect(LevelRule.standard.supportedLevel(of: skill, ticks: stray, scale: scale) == 0)
  }
}
