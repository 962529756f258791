import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// Ticking the plan off on the plan screen: choose a step, log hours, mark it done and rate the
/// level its milestone proves, mark others under way or dropped, and take a mark back.
@Suite struct PlanProgressReducerTests {
  func planDriver() -> Driver {
    var driver = Driver(framework: UIFixtures.framework())
    driver.state.assessment.target = "second"
    driver.press(.enter, .character("p"))
    return driver
  }

  @Test func hoursAndDoneReFlowThePlanAndOfferToRateTheLevel() throws {
    var driver = planDriver()
    #expect(driver.state.mode == .plan)
    let first = try #require(driver.state.targetPlan?.items.first)
    let ready = driver.state.targetPlan?.readyWeek
    driver.press(.character("]"))
    #expect(driver.state.planControls.step == first.id)
    driver.press(.character("H"), .character("H"))
    #expect(
      driver.state.assessment.progress[first.id]
        == StepProgress(status: .inProgress, minutes: 120, updated: Driver.time(5)))
    #expect(driver.state.targetPlan?.item(first.id)?.minutes == first.minutes - 120)
    #expect(driver.effects.last == .save(driver.state.assessment))
    driver.press(.character("d"))
    #expect(driver.state.assessment.progress[first.id]?.status == .done)
    #expect(driver.state.assessment.progress[first.id]?.minutes == 120)
    #expect(driver.state.confirming == .rerate(skill: first.skill, level: first.toLevel))
    #expect(driver.state.status?.text.hasPrefix("Done: \(first.title). Press y to rate") == true)
    #expect((driver.state.targetPlan?.readyWeek ?? 99) <= (ready ?? 0))
    driver.press(.character("y"))
    #expect(driver.state.assessment.ratings[first.skill]?.answer == .level(first.toLevel))
    #expect(driver.state.assessment.ratings[first.skill]?.note?.hasPrefix("Evidence: ") == true)
    #expect(driver.state.confirming == nil)
    #expect(driver.effects.last == .save(driver.state.assessment))
    // The rated level closes that step's gap: it leaves the plan.
    #expect(driver.state.targetPlan?.item(first.id) == nil)
  }

  @Test func underWayDroppedAndTakingAMarkBack() throws {
    var driver = planDriver()
    let steps = driver.state.targetPlan?.items.map(\.id) ?? []
    #expect(steps.count >= 2)
    driver.press(.character("]"), .character("]"))
    let second = try #require(driver.state.planControls.step)
    #expect(second == steps[1])
    driver.press(.character("x"))
    #expect(driver.state.assessment.progress[second]?.status == .dropped)
    #expect(driver.state.targetPlan?.dropped.map(\.id) == [second])
    driver.press(.character("x"))
    #expect(driver.state.assessment.progress[second] == nil)
    #expect(
      driver.state.status
        == .init("\(driver.state.targetPlan?.item(second)?.title ?? ""): mark taken back."))
    driver.press(.character("s"))
    #expect(driver.state.assessment.progress[second]?.status == .inProgress)
    // Done and under way steps come first, so [ and ] reach them again.
    driver.press(.character("["), .character("["))
    #expect(driver.state.planControls.step == second)
  }

  @Test func withoutATargetThereIsNoStepToChoose() {
    var driver = Driver(framework: UIFixtures.framework())
    driver.press(.enter, .character("p"), .character("]"))
    #expect(driver.state.status == .init("No step to choose: the plan is empty.", tone: .warning))
    driver.press(.character("d"))
    #expect(driver.state.status == .init("Choose a step with [ and ] first.", tone: .warning))
    #expect(driver.state.assessment.progress.isEmpty)
  }

  @Test func markingBeginsTheClockAndLaterWeeksSayWhatIsOverdue() throws {
    var driver = planDriver()
    driver.press(.character("]"), .character("s"))
    #expect(driver.state.assessment.preferences.planSince == UIFixtures.today.iso)
    // Today is the first day: nothing to be late on yet.
    #expect(driver.state.planPace == nil)
    // Three weeks on with nothing done: what a plan made then would have finished is overdue.
    var later = driver.state.assessment
    later.preferences.planSince = UIFixtures.today.adding(days: -21).iso
    later.progress = [:]
    let state = AppState(
      framework: driver.state.framework, assessment: later, today: UIFixtures.today,
      exportFolder: "/work")
    let pace = try #require(state.planPace)
    #expect(pace.week == 4)
    #expect(!pace.overdue.isEmpty)
    let first = try #require(pace.overdue.first)
    // Marked done, a step is no longer overdue.
    later.progress[first.id] = StepProgress(status: .done, updated: UIFixtures.now)
    let caughtUp = AppState(
      framework: driver.state.framework, assessment: later, today: UIFixtures.today,
      exportFolder: "/work")
    #expect(caughtUp.planPace?.overdue.map(\.id).contains(first.id) == false)
  }
}
