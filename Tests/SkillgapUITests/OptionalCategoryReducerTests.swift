import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import SkillgapUI
import Testing

/// A category marked `optional: true`: its skills are walked only on request, never required,
/// and never make an assessment incomplete.
@Suite struct OptionalCategoryReducerTests {
  /// The five-level fixture with the basics category (alpha, beta) optional.
  let framework: Framework = {
    let files = YAMLFixtures.editing(
      YAMLFixtures.valid(levels: ["none", "aware", "working", "proficient", "expert"]),
      "categories/01-basics.yaml"
    ) {
      $0.replacingOccurrences(of: "  name: Basics\n", with: "  name: Basics\n  optional: true\n")
    }
    return FrameworkLoader.load(files: files).framework ?? UIFixtures.framework()
  }()

  @Test func theWalkSkipsOptionalSkillsAndTheyNeverMakeItIncomplete() {
    var driver = Driver(framework: framework)
    #expect(driver.state.startItems.contains(.includeOptional))
    let start = render(driver.state, size: Size(width: 80, height: 24)).lines.joined()
    #expect(
      start.contains("Start the assessment: 1 skills")
        || start.contains("Start the assessment: 1 skill"))
    #expect(start.contains("[ ] Include the optional skills: Basics (2 skills, never required)"))
    driver.press(.enter)
    #expect(driver.state.currentSkill?.id == "gamma")
    driver.press(.character("2"))
    #expect(driver.state.mode == .review)
    #expect(driver.state.status?.text == "Every skill has an answer: v for the report.")
    #expect(driver.state.unansweredCount == 0)
    #expect(driver.state.assessment.isComplete(in: framework))
    let review = render(driver.state, size: Size(width: 80, height: 24)).lines.joined(
      separator: "\n")
    #expect(review.contains("optional"))
    #expect(!review.contains("unanswered"))
    // Roles never require them: the second role asked for alpha and gamma, keeps gamma.
    #expect(framework.role("second")?.requirements.map(\.skill) == ["gamma"])
  }

  @Test func optingInOnTheStartScreenWalksThem() {
    var driver = Driver(framework: framework)
    let toggle = driver.state.startItems.firstIndex(of: .includeOptional) ?? 0
    for _ in 0..<toggle { driver.press(.down) }
    driver.press(.enter)
    #expect(driver.state.includeOptional)
    #expect(driver.state.assessment.preferences.includeOptional == true)
    driver.press(.home, .enter)
    #expect(driver.state.currentSkill?.id == "alpha")
    driver.press(.character("1"), .character("1"))
    #expect(driver.state.currentSkill?.id == "gamma")
    #expect(driver.state.unansweredCount == 1)
  }
}
