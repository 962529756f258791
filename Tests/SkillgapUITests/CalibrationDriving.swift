import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI

/// Keys that take the checks fixture to its screens: alpha ticked, rated and checked.
extension Driver {
  /// A driver on the checks fixture, on the rating screen of alpha, aiming at `second`.
  static func checks() -> Driver {
    var driver = Driver(framework: UIFixtures.checksFramework())
    driver.state.assessment.target = "second"
    driver.press(.enter)
    return driver
  }

  /// The skill on the check screen and the position of the choice that is right, or wrong.
  func checkDigit(right: Bool) -> Character {
    guard let id = state.check.skill, let skill = state.framework.skill(id),
      let check = state.assessment.checks[id], check.questions.indices.contains(check.answers.count)
    else { return "9" }
    let question = check.questions[check.answers.count]
    let order = KnowledgeCheck.choiceOrder(
      of: question, in: skill, seed: state.assessment.checkSeed)
    let answer = skill.questions[question].answer
    let position = order.firstIndex { right ? $0 == answer : $0 != answer } ?? 0
    return Character(String(position + 1))
  }

  /// Answers every question of the check on screen, right or wrong, going on after each.
  mutating func answerCheck(right: [Bool]) {
    for value in right {
      press(.character(checkDigit(right: value)))
      press(.enter)
    }
  }

  /// Ticks the first `count` indicators of the highlighted level with Space and `]`.
  mutating func tick(_ count: Int) {
    for index in 0..<count {
      if index > 0 { press(.character("]")) }
      press(.character(" "))
    }
  }
}
