import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

@Suite struct ScreenSnapshotTests {
  static let small = Size(width: 80, height: 24)
  static let large = Size(width: 120, height: 40)

  /// A fixture with accents, CJK and emoji in names, so layouts measure by display width.
  let framework = UIFixtures.framework(renaming: [
    "name: Beta": "name: Bêta 日本語 🚀", "name: Basics": "name: Bäsics",
  ])

  func driver(_ keys: Key..., target: String? = "second") -> Driver {
    var driver = Driver(framework: framework)
    driver.state.assessment.target = target
    for key in keys { driver.press(key) }
    return driver
  }

  func expectScreens(_ driver: Driver, named name: String) {
    for size in [Self.small, Self.large] {
      var state = driver.state
      _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
      expectSnapshot(
        render(state, size: size).snapshot, named: "\(name)-\(size.width)x\(size.height)")
    }
  }

  @Test func start() {
    expectScreens(driver(), named: "start")
  }

  @Test func startMenuHighlightsOnlyTheSelectedRow() {
    let screen = render(driver(.down).state, size: Self.small)
    let highlighted = (0..<screen.height).filter { y in
      (0..<screen.width).contains { screen[$0, y].tone == .highlight }
    }
    // One row: the selected one (quick mode, with a target), not a reverse-video margin before
    // every row.
    #expect(highlighted.count == 1)
    let row = highlighted.first.map { y in (0..<screen.width).map { screen[$0, y].text }.joined() }
    #expect(row?.contains("▸ Quick: 2 skills") == true)
  }

  @Test func startWithAnswersToResume() {
    var resumable = driver(.enter, .character("2"))
    resumable.press(.escape)
    expectScreens(resumable, named: "start-resume")
  }

  @Test func rateFirstSkill() {
    expectScreens(driver(.enter, .down, .down), named: "rate")
  }

  @Test func rateWideNamesWithRequirementShownAndANote() {
    var driver = driver(.enter, .character("3"), .tab, .character("n"))
    driver.type("https://github.com/me/カフェ")
    driver.press(.enter)
    expectScreens(driver, named: "rate-wide-required-note")
  }

  @Test func levelSheet() {
    expectScreens(driver(.enter, .down, .down, .character("i")), named: "rate-levels")
  }

  @Test func review() {
    var driver = driver(.enter, .character("2"), .character("s"))
    driver.press(.character("r"))
    expectScreens(driver, named: "review")
  }

  @Test func help() {
    expectScreens(driver(.enter, .character("?")), named: "help-rate")
  }

  @Test func noteEditor() {
    var driver = driver(.enter, .character("n"))
    driver.type("Built a CLI — see 日本 repo")
    expectScreens(driver, named: "note")
  }

  @Test func search() {
    var driver = driver(.enter, .character("/"))
    driver.type("a")
    expectScreens(driver, named: "search")
  }

  @Test func categories() {
    expectScreens(driver(.enter, .character("c")), named: "categories")
  }

  @Test func targets() {
    expectScreens(driver(.character("t")), named: "targets")
  }

  @Test func export() {
    var driver = driver(.enter, .character("e"))
    driver.send(
      .exportFinished(
        ExportOutcome(
          written: ["/work/skillgap-plan.md"],
          error: "cannot write /work/skillgap-plan.ics: permission denied")))
    expectScreens(driver, named: "export")
  }

  @Test func exportAsksBeforeReplacingFiles() {
    var driver = driver(.enter, .character("e"))
    let folder = "/home/someone/a folder with a rather long name/for plans/2026/november"
    driver.send(
      .exportFinished(
        ExportOutcome(
          written: [],
          question: .replace(["\(folder)/skillgap-plan.md", "\(folder)/skillgap-plan.ics"]))))
    expectScreens(driver, named: "export-replace")
  }

  @Test func report() {
    expectScreens(
      driver(.enter, .character("1"), .character("3"), .character("x"), .character("v")),
      named: "report")
  }

  @Test func reportWithoutATarget() {
    expectScreens(
      driver(.enter, .character("2"), .character("v"), target: nil), named: "report-no-target")
  }

  @Test func allRoles() {
    expectScreens(driver(.enter, .character("2"), .character("v"), .character("a")), named: "roles")
  }

  @Test func helpScrollsInTheSmallestWindow() {
    let size = Size(width: 60, height: 16)
    var driver = driver(.enter)
    driver.send(.terminalResized(size))
    driver.press(.character("?"), .character("j"), .character("j"))
    expectSnapshot(render(driver.state, size: size).snapshot, named: "help-rate-scrolled-60x16")
  }

  @Test func plan() {
    expectScreens(driver(.enter, .character("1"), .character("p"), .character("+")), named: "plan")
  }

  @Test func tooSmallWindowsSayHowBigTheyMustBe() {
    let state = driver(.enter).state
    expectSnapshot(render(state, size: Size(width: 40, height: 10)).snapshot, named: "too-small")
    for width in 0...61 {
      for height in [0, 1, 2, 5, 15, 16] {
        let screen = render(state, size: Size(width: width, height: height))
        #expect(screen.lines.count == max(0, height))
        #expect(screen.lines.allSatisfy { $0.count <= width })
      }
    }
  }

  @Test func monochromeKeepsEveryStateVisible() {
    let state = driver(.enter, .character("3"), .tab, .up).state
    let screen = render(state, size: Self.small)
    let theme = Theme(color: false)
    expectSnapshot(theme.styleMap(screen), named: "rate-no-color-styles")
    let styles = Set(Tone.allCases.map { theme.style(for: Cell(text: "x", tone: $0)) })
    // Normal, dim and bar fill may look alike; every other tone needs its own look or reverse.
    #expect(styles.count >= 5)
    #expect(theme.style(for: Cell(text: "x", tone: .highlight)).reverse)
    #expect(theme.style(for: Cell(text: "x", tone: .selected)).underline)
    #expect(theme.style(for: Cell(text: "x", tone: .bad)).bold)
  }

  @Test func aTenLevelScaleFitsTheSmallestWindow() {
    let levels = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    var driver = Driver(framework: UIFixtures.framework(levels: levels))
    driver.press(.enter, .character("n"))
    driver.type("a note")
    driver.press(.enter)
    for size in [Size.minimum, Self.small] {
      for highlight in levels.indices {
        var state = driver.state
        _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
        state.highlight = highlight
        for overlay in [nil, AppState.Overlay.levels(top: 0)] {
          state.overlay = overlay
          let lines = render(state, size: size).lines
          #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.width })
          // Every level keeps its row, and the footer stays the last line.
          if overlay == nil {
            #expect(lines.contains { $0.contains("9 Nine") })
            #expect(lines.contains { $0.hasPrefix("▸") })
          }
          #expect(lines.last?.contains("0-9") == true)
        }
      }
    }
    var state = driver.state
    _ = reduce(&state, .terminalResized(Size.minimum), now: UIFixtures.now)
    expectSnapshot(render(state, size: Size.minimum).snapshot, named: "rate-ten-levels-60x16")
  }

  @Test func aLongMessageIsShownInFullAboveTheFooter() {
    let message =
      "The saved assessment could not be used: it is not a skillgap assessment (not valid "
      + "JSON). It was kept as /home/someone/.local/share/skillgap/"
      + "ml-engineer.unreadable-20261122T100000Z.json."
    for size in [Size.minimum, Self.small] {
      var state = driver().state
      state.status = .init(message, tone: .bad)
      let lines = render(state, size: size).lines
      // Wrapping may break the path anywhere: compare without spaces.
      let shown = lines.suffix(4).joined().filter { $0 != " " }
      #expect(shown.contains(message.filter { $0 != " " }))
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.width })
    }
  }

  @Test func everyScreenFitsItsWindow() {
    let keys: [[Key]] = [
      [], [.enter], [.enter, .character("r")], [.enter, .character("v")],
      [.enter, .character("p")], [.enter, .character("e")],
      [.enter, .character("v"), .character("a")],
    ]
    for sequence in keys {
      var driver = driver()
      for key in sequence { driver.press(key) }
      for size in [
        Size(width: 60, height: 16), Self.small, Self.large, Size(width: 200, height: 60),
      ] {
        var state = driver.state
        _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
        let screen = render(state, size: size)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= size.width })
      }
    }
  }
}
