import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import SkillgapUI
import Testing

/// The plan screen on the default framework for the backend engineer of `Tests/Personas/`:
/// pinned settings and summary, each week's task, practice at work, at every size and in
/// monochrome.
@Suite struct PlanScreenTests {
  let framework: Framework
  let assessment: Assessment

  init() throws {
    framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    let file = TestPaths.packageRoot.appendingPathComponent("Tests/Personas/backend-engineer.csv")
    let ratings = RatingsCSV.read(
      try String(contentsOf: file, encoding: .utf8), file: "backend-engineer.csv",
      framework: framework, ratedAt: UIFixtures.now)
    var assessment = ratings.assessment(
      of: framework, at: UIFixtures.now, target: "ml-engineer-mid")
    assessment.preferences.hoursPerWeek = 8
    self.assessment = assessment
  }

  func planState(_ size: Size, keys: [Key] = []) -> AppState {
    var state = AppState(
      framework: framework, assessment: assessment, today: UIFixtures.today, exportFolder: "/work")
    _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
    for key in [.enter, .character("p")] + keys {
      _ = reduce(&state, .keyPressed(key), now: UIFixtures.now)
    }
    return state
  }

  @Test(arguments: [
    Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 16),
  ])
  func theBackendEngineersPlan(size: Size) {
    let state = planState(size)
    #expect(state.mode == .plan)
    expectSnapshot(
      render(state, size: size).snapshot, named: "plan-persona-\(size.width)x\(size.height)")
  }

  @Test func theChosenSettingReadsInMonochrome() {
    let size = Size(width: 80, height: 24)
    let state = planState(size, keys: [.right, .right, .right])
    #expect(state.planControls.selected == .days)
    let screen = render(state, size: size)
    expectSnapshot(Theme(color: false).styleMap(screen), named: "plan-persona-no-color-styles")
    // The chosen setting is the one reversed cell run on the settings rows.
    let row = screen.lines[1] + screen.lines[2]
    #expect(row.contains("days Mon–Fri"))
  }

  @Test func blockingGapsOnlyLeavesTheRestOutAndSaysSo() {
    let size = Size(width: 80, height: 24)
    let state = planState(size, keys: [.character("b"), .end])
    let text = render(state, size: size).lines.joined(separator: "\n")
    #expect(state.planOptions.blockingOnly)
    #expect(text.contains("(left out)"))
  }

  @Test func aLaterStepThatWrapsGoesOnUnderItsTextNotUnderItsBox() {
    let size = Size(width: 60, height: 16)
    let lines = render(planState(size, keys: [.end]), size: size).lines
    let boxes = lines.indices.filter { lines[$0].hasPrefix("   ☐ ") }
    let continued = boxes.filter { $0 + 1 < lines.count - 1 && !lines[$0 + 1].contains("☐") }
    #expect(!continued.isEmpty, "the last page has a later step on two lines")
    for index in continued {
      let next = lines[index + 1]
      #expect(next.hasPrefix("     ") && next.dropFirst(5).first != " ", "\(next)")
    }
  }

  @Test func aSharedProjectIsNamedByTheStepThatBillsItNeverByItsID() {
    // Every page of the plan, at a width where the notes fit on their lines.
    let size = Size(width: 160, height: 40)
    var state = planState(size)
    var text: [String] = []
    for _ in 0..<200 {
      text += render(state, size: size).lines
      let scroll = state.planControls.scroll
      _ = reduce(&state, .keyPressed(.pageDown), now: UIFixtures.now)
      if state.planControls.scroll == scroll { break }
    }
    let notes = text.filter { $0.contains("one project with") || $0.contains("billed in") }
    #expect(!notes.isEmpty, "the persona's plan has shared projects")
    for line in notes {
      // A step's title (`ML pipelines: Aware → Working`), not its id (`ml-pipelines@2`).
      #expect(!line.contains("@"), "\(line)")
      #expect(line.contains("→"), "\(line)")
    }
  }
}
