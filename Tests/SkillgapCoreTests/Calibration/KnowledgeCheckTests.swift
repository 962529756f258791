import Foundation
import SkillgapCore
import Testing

/// Which questions a check asks, the order of their choices, and what its answers say.
@Suite struct KnowledgeCheckTests {
  let skill = CalibrationFixtures.skill()

  @Test func aCheckAsksAtAndJustBelowTheRatedLevelHigherFirst() {
    let picked = KnowledgeCheck.questions(for: skill, level: 2, askedBefore: [], seed: 7)
    #expect(picked.count == 3)
    #expect(picked.allSatisfy { skill.questions[$0].level >= 1 })
    // The three Lead questions come before the Capable ones.
    #expect(Set(picked) == [2, 3, 4])
    #expect(KnowledgeCheck.questions(for: skill, level: 0, askedBefore: [], seed: 7) == [])
  }

  @Test func aRetakePrefersQuestionsNotAskedBefore() {
    let retake = KnowledgeCheck.questions(for: skill, level: 2, askedBefore: [2, 3, 4], seed: 7)
    #expect(Set(retake.prefix(2)) == [0, 1])
    #expect(retake.count == 3)
  }

  @Test func choicesAreShuffledTheSameWayForTheSameSeedOnly() {
    let orders = (0..<5).map { KnowledgeCheck.choiceOrder(of: $0, in: skill, seed: 42) }
    #expect(orders == (0..<5).map { KnowledgeCheck.choiceOrder(of: $0, in: skill, seed: 42) })
    #expect(orders.allSatisfy { Set($0) == [0, 1, 2] })
    // Over many seeds the right answer lands in every position.
    let positions = Set(
      (0..<30).map { seed in
        KnowledgeCheck.choiceOrder(of: 0, in: skill, seed: UInt64(seed)).firstIndex(of: 0)
      })
    #expect(positions == [0, 1, 2])
  }

  @Test func twoOfThreeRightSupportTheRatingAndOneLooksHigh() {
    let start = Date(timeIntervalSince1970: 0)
    var check = KnowledgeCheck(level: 2, questions: [2, 3, 4], started: start)
    #expect(check.outcome(in: skill) == nil)
    check.answers = [2 % 3, 3 % 3, 0]  // right, right, wrong
    #expect(check.rightAnswers(in: skill) == 2)
    #expect(check.outcome(in: skill) == .supported)
    check.answers = [2 % 3, 1, 0]
    #expect(check.outcome(in: skill) == .looksHigh)
  }
}
