import Foundation
import SkillgapCore
import SkillgapTestSupport

/// A three-level framework whose skills have indicators and questions, for the level rule,
/// the knowledge checks and the consistency warnings.
enum CalibrationFixtures {
  /// Algebra: 5 indicators at Capable, 2 at Lead; 2 questions at Capable and 3 at Lead.
  static func framework() -> Framework {
    var framework = FixtureFrameworks.threeLevel()
    for index in framework.skills.indices {
      framework.skills[index].levels[1].indicators = (0..<5).map { "I can do capable \($0)." }
      framework.skills[index].levels[2].indicators = ["I lead one.", "I lead two."]
      framework.skills[index].questions = (0..<5).map { number in
        Question(
          prompt: "Question \(number)?", choices: ["A\(number)", "B\(number)", "C\(number)"],
          answer: number % 3, level: number < 2 ? 1 : 2, explanation: "Because \(number).")
      }
    }
    return framework
  }

  static func skill(_ id: String = "algebra") -> Skill {
    framework().skills.first { $0.id == id } ?? framework().skills[0]
  }
}
