import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Golden screens of ticking on the rating screen, the knowledge-check screens and the
/// report's calibration section, at 80×24, 120×40, 60×16 and in monochrome.
@Suite struct CalibrationScreenTests {
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 16),
  ]

  /// Records the screens at every size, pressing `after` once resized (End, to scroll to the
  /// bottom at each size).
  func expectScreens(_ driver: Driver, named name: String, after: Key? = nil) {
    for size in Self.sizes {
      var state = driver.state
      _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
      if let after { _ = reduce(&state, .keyPressed(after), now: UIFixtures.now) }
      expectSnapshot(
        render(state, size: size).snapshot, named: "\(name)-\(size.width)x\(size.height)")
    }
    var state = driver.state
    let small = Self.sizes[0]
    _ = reduce(&state, .terminalResized(small), now: UIFixtures.now)
    if let after { _ = reduce(&state, .keyPressed(after), now: UIFixtures.now) }
    expectSnapshot(
      Theme(color: false).styleMap(render(state, size: small)), named: "\(name)-no-color-styles")
  }

  /// Two of Aware's indicators ticked; Working highlighted with its first one ticked and the
  /// second focused.
  func ticked() -> Driver {
    var driver = Driver.checks()
    driver.press(.down)
    driver.tick(2)
    driver.press(.down)
    driver.tick(1)
    driver.press(.character("]"))
    return driver
  }

  @Test func rateWithTicks() {
    let driver = ticked()
    #expect(driver.state.suggestedLevel == 1)
    expectScreens(driver, named: "rate-ticks")
  }

  @Test func levelSheetWithTicks() {
    var driver = ticked()
    driver.press(.character("i"), .character("]"), .character("]"))
    expectScreens(driver, named: "rate-levels-ticks")
  }

  @Test func checkQuestion() {
    var driver = Driver.checks()
    driver.press(.character("3"), .character("K"), .down)
    expectScreens(driver, named: "check-question")
  }

  @Test func checkAnsweredWithItsExplanation() {
    var driver = Driver.checks()
    driver.press(.character("3"), .character("K"))
    driver.press(.character(driver.checkDigit(right: false)))
    expectScreens(driver, named: "check-answered")
  }

  @Test func checkResultLooksHigh() {
    var driver = Driver.checks()
    driver.press(.character("4"), .character("K"))
    driver.answerCheck(right: [false, true, false])
    expectScreens(driver, named: "check-result")
  }

  @Test func reportCalibrationSection() {
    var driver = Driver.checks()
    driver.press(.character("4"), .character("K"))
    driver.answerCheck(right: [false, true, false])
    driver.press(.enter)
    // Gamma at Expert on beta at None: a consistency warning above the calibration.
    driver.press(.character("0"), .character("4"), .character("v"))
    #expect(driver.state.mode == .report)
    expectScreens(driver, named: "report-calibration", after: .end)
  }
}
