import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

/// The progress screen: readiness for the target over three snapshots and now, what moved
/// since the last one, and steps by week.
@Suite struct ProgressScreenTests {
  /// A person aiming at the fixture's second rung, rated three times a month apart and better
  /// each time, with one step done.
  func state(_ size: Size) -> AppState {
    let framework = UIFixtures.framework()
    var assessment = Assessment(framework: framework, at: UIFixtures.now)
    assessment.target = "second"
    var snapshots: [Snapshot] = []
    for month in 0..<3 {
      let time = UIFixtures.now.addingTimeInterval(Double(month - 3) * 30 * 86_400)
      for (index, skill) in framework.skills.enumerated() {
        assessment.answer(skill.id, .level(min(3, month + index % 2)), at: time)
      }
      snapshots.append(Snapshot(of: assessment, framework: framework, at: time))
    }
    assessment.answer(framework.skills[0].id, .level(3), at: UIFixtures.now)
    assessment.progress["alpha@3"] = StepProgress(
      status: .done, minutes: 300, updated: UIFixtures.now)
    var state = AppState(
      framework: framework, assessment: assessment, today: UIFixtures.today, exportFolder: "/work")
    state.snapshots = snapshots
    _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.enter), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.character("m")), now: UIFixtures.now)
    return state
  }

  @Test(arguments: [
    Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 16),
  ])
  func threeSnapshotsAndNow(size: Size) {
    let state = state(size)
    #expect(state.mode == .progress)
    expectSnapshot(
      render(state, size: size).snapshot, named: "progress-\(size.width)x\(size.height)")
  }

  @Test func theChartReadsInMonochrome() {
    let size = Size(width: 80, height: 24)
    let screen = render(state(size), size: size)
    expectSnapshot(Theme(color: false).styleMap(screen), named: "progress-no-color-styles")
    let text = screen.lines.joined(separator: "\n")
    #expect(text.contains("now"))
    #expect(text.contains("█"))
  }

  @Test func aSnapshotTakenWhileTheAppRunsJoinsTheChart() {
    var state = state(Size(width: 80, height: 24))
    let before = state.readinessOverTime.count
    _ = reduce(
      &state,
      .snapshotTaken(
        Snapshot(of: state.assessment, framework: state.framework, at: UIFixtures.now)),
      now: UIFixtures.now)
    #expect(state.readinessOverTime.count == before + 1)
    #expect(state.readinessOverTime.last?.label == "now")
  }

  @Test func withoutHistoryTheScreenSaysHowOneIsMade() {
    var state = AppState(
      framework: UIFixtures.framework(),
      assessment: Assessment(framework: UIFixtures.framework(), at: UIFixtures.now),
      today: UIFixtures.today, exportFolder: "/work")
    state.assessment.target = "second"
    _ = reduce(&state, .terminalResized(Size(width: 80, height: 24)), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.enter), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.character("m")), now: UIFixtures.now)
    let text = render(state, size: Size(width: 80, height: 24)).lines.joined(separator: " ")
    #expect(text.contains("No history yet: a dated snapshot is kept"))
  }
}
