import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI
import Testing

@Suite struct ReducerTests {
  let framework = UIFixtures.framework()

  @Test func aNewAssessmentAnsweredWithDigitsEndsInTheReview() {
    var driver = Driver(framework: framework)
    let initial = driver.state
    driver.press(.enter, .character("1"), .character("2"), .character("4"))

    var expected = initial
    expected.mode = .review
    expected.history = [.start, .rate]
    expected.skillIndex = 2
    expected.highlight = 4
    expected.review = ListPosition(selected: 2, top: 0)
    expected.assessment.answer("alpha", .level(1), at: Driver.time(2))
    expected.assessment.answer("beta", .level(2), at: Driver.time(3))
    expected.assessment.answer("gamma", .level(4), at: Driver.time(4))
    expected.status = .init("Every skill has an answer: v for the report.")
    #expect(driver.state == expected)
    var saved = initial.assessment
    let saves: [Effect] = [("alpha", 1), ("beta", 2), ("gamma", 4)].enumerated().map {
      saved.answer($0.element.0, .level($0.element.1), at: Driver.time($0.offset + 2))
      return .save(saved)
    }
    #expect(driver.effects == saves)
  }

  @Test func resumingOpensTheFirstUnansweredSkill() {
    var saved = Assessment(framework: framework, at: UIFixtures.now)
    saved.answer("alpha", .level(3), at: UIFixtures.now)
    var driver = Driver(framework: framework, saved: saved)
    #expect(
      driver.state.startItems == [.resume, .startNew, .target, .hideRequirements, .report, .quit])
    #expect(driver.state.canResume)
    driver.press(.enter)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.currentSkill?.id == "beta")
    #expect(driver.state.highlight == 0)
    #expect(driver.effects == [])
  }

  @Test func startingOverKeepsThePreviousAnswersAside() {
    var saved = Assessment(framework: framework, at: UIFixtures.now, target: "first")
    saved.answer("alpha", .level(3), at: UIFixtures.now)
    var driver = Driver(framework: framework, saved: saved)
    driver.press(.down, .enter)
    #expect(driver.state.confirming == .startOver)
    #expect(driver.state.assessment == saved)
    #expect(driver.effects == [])
    driver.press(.enter)
    let fresh = Assessment(framework: framework, at: Driver.time(3), target: "first")
    #expect(driver.effects == [.startOver(previous: saved, fresh: fresh)])
    #expect(driver.state.assessment == fresh)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.skillIndex == 0)
  }

  @Test func anyOtherKeyCancelsStartingOver() {
    var saved = Assessment(framework: framework, at: UIFixtures.now)
    saved.answer("alpha", .level(3), at: UIFixtures.now)
    var driver = Driver(framework: framework, saved: saved)
    driver.press(.down, .enter, .down, .up, .enter)
    #expect(driver.state.confirming == .startOver)
    #expect(driver.state.assessment == saved)
    #expect(driver.effects == [])
  }

  @Test func escapeReturnsToTheScreenItCameFrom() {
    var saved = Assessment(framework: framework, at: UIFixtures.now, target: "first")
    saved.answer("alpha", .level(3), at: UIFixtures.now)
    var driver = Driver(framework: framework, saved: saved)
    driver.press(.down, .down, .down, .down, .enter)
    #expect(driver.state.mode == .report)
    driver.press(.character("p"), .character("e"))
    driver.press(.escape, .escape, .escape)
    #expect(driver.state.mode == .start)
    driver.press(.escape)
    #expect(driver.state.mode == .start)
    #expect(driver.effects == [])
  }

  @Test func aSkippedSkillCanBeRatedFromTheReview() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("s"), .character("2"), .character("x"))
    #expect(driver.state.assessment.ratings["alpha"]?.answer == .skipped)
    #expect(driver.state.assessment.ratings["gamma"]?.answer == .notApplicable)
    #expect(driver.state.mode == .review)
    driver.press(.home, .enter)
    #expect(driver.state.mode == .rate)
    #expect(driver.state.currentSkill?.id == "alpha")
    #expect(driver.state.ratingFromReview)
    driver.press(.down, .down, .down, .enter)
    #expect(driver.state.assessment.level(of: "alpha") == 3)
    #expect(driver.state.mode == .review)
    #expect(driver.state.review.selected == 0)
    #expect(driver.effects.count == 4)
  }

  @Test func movingWithoutAnsweringSavesNothing() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .right, .character("l"), .left, .character("h"), .backspace)
    #expect(driver.state.skillIndex == 0)
    #expect(driver.state.assessment.ratings.isEmpty)
    #expect(driver.effects == [])
    driver.press(.character("l"), .character("l"), .character("l"))
    #expect(driver.state.mode == .review)
  }

  @Test func aDigitAboveTheScaleIsRefusedWithAMessage() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("7"))
    #expect(driver.state.assessment.ratings.isEmpty)
    #expect(driver.state.status == .init("Levels go from 0 to 4.", tone: .warning))
  }

  @Test func notesAcceptUTF8AndEditingKeys() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("n"))
    driver.type("Cafe 日本 🚀")
    driver.press(.backspace, .backspace, .left, .left, .left)
    driver.press(.backspace)
    driver.type("é")
    #expect(driver.state.overlay == .note(editorHolding("Café 日本", cursor: 4)))
    driver.press(.enter)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.assessment.ratings["alpha"]?.note == "Café 日本")
    // A note is evidence, not an answer: the skill stays unanswered.
    #expect(driver.state.assessment.ratings["alpha"]?.answer == nil)
    #expect(!driver.state.assessment.isAnswered("alpha"))
    #expect(driver.effects == [.save(driver.state.assessment)])
    #expect(driver.state.skillIndex == 0)
  }

  @Test func aNoteOnAnUnansweredSkillKeepsItUnansweredAndClearingItRemovesTheEntry() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("n"))
    driver.type("a course next month")
    driver.press(.enter)
    #expect(driver.state.firstUnansweredIndex == 0)
    driver.press(.character("2"))
    #expect(driver.state.assessment.ratings["alpha"]?.answer == .level(2))
    #expect(driver.state.assessment.ratings["alpha"]?.note == "a course next month")
    var assessment = Assessment(framework: framework, at: UIFixtures.now)
    assessment.setNote("beta", "soon", at: UIFixtures.now)
    assessment.setNote("beta", "", at: UIFixtures.now)
    #expect(assessment.ratings["beta"] == nil)
  }

  @Test func reachingTheLastSkillAfterACategoryJumpSaysHowManyAreUnansweredAndHowToReachThem() {
    var driver = Driver(framework: framework)
    // c opens the categories; the second category holds only gamma, the last skill.
    driver.press(.enter, .character("c"), .down, .enter, .character("3"))
    #expect(driver.state.mode == .review)
    #expect(
      driver.state.status
        == .init(
          "The last skill: 2 skills have no answer yet; u goes to the next one, v shows the "
            + "report.", tone: .warning))
    driver.press(.character("u"))
    #expect(driver.state.review.selected == 0)
  }

  @Test func skippedSkillsCountAsUnansweredEverywhere() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("s"), .character("1"), .character("2"))
    #expect(driver.state.assessment.ratings["alpha"]?.answer == .skipped)
    #expect(driver.state.unansweredCount == 1)
    #expect(driver.state.firstUnansweredIndex == 0)
    #expect(driver.state.status?.text.hasPrefix("The last skill: 1 skill has no answer") == true)
    driver.press(.character("u"))
    #expect(driver.state.review.selected == 0)
    #expect(driver.state.status?.text != "Every skill has an answer.")
    let header = render(driver.state, size: Size(width: 80, height: 24)).lines.first ?? ""
    #expect(header.contains(" 2/3 answered "))
  }

  @Test func hidingTheRequiredLevelIsKeptWithTheAssessment() {
    var driver = Driver(framework: framework)
    #expect(driver.state.hideRequirements)
    driver.press(.enter, .tab)
    #expect(!driver.state.hideRequirements)
    #expect(driver.state.assessment.preferences.hideRequirements == false)
    #expect(driver.effects.last == .save(driver.state.assessment))
    let restarted = Driver(framework: framework, saved: driver.state.assessment)
    #expect(!restarted.state.hideRequirements)
  }

  @Test func escapeCancelsANoteWithoutSaving() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("n"))
    driver.type("draft")
    driver.press(.escape)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.assessment.ratings.isEmpty)
    #expect(driver.effects == [])
    #expect(driver.state.mode == .rate)
  }

  @Test func searchFindsASkillIgnoringCaseAndAccents() {
    var driver = Driver(framework: UIFixtures.framework(renaming: ["name: Gamma": "name: Gâmma"]))
    driver.press(.enter, .character("/"))
    driver.type("GAM")
    #expect(driver.state.searchMatches("GAM") == [2])
    driver.press(.enter)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.currentSkill?.id == "gamma")
  }

  @Test func theCategoryPanelJumpsToItsFirstUnansweredSkill() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("c"))
    #expect(driver.state.overlay == .categories(selection: 0))
    driver.press(.down, .enter)
    #expect(driver.state.currentSkill?.id == "gamma")
    driver.press(.character("c"), .character("1"))
    #expect(driver.state.overlay == nil)
    #expect(driver.state.currentSkill?.id == "alpha")
  }

  @Test func choosingATargetSavesIt() {
    var driver = Driver(framework: framework)
    driver.press(.character("t"))
    #expect(driver.state.overlay == .targets(selection: 2))
    driver.press(.up, .enter)
    #expect(driver.state.assessment.target == "second")
    #expect(driver.state.status == .init("Target: Second rung."))
    #expect(driver.effects == [.save(driver.state.assessment)])
    driver.press(.character("t"), .end, .enter)
    #expect(driver.state.assessment.target == nil)
  }

  @Test func controlZSuspendsFromAnywhereAndKeepsTheLineBeingEdited() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("2"), .character("n"))
    driver.type("half")
    let before = driver.state
    let saved = driver.effects
    driver.press(.control("z"))
    #expect(driver.effects == saved + [.suspend])
    #expect(driver.state == before)
  }

  @Test func controlCSavesAndQuitsFromAnywhere() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("2"), .character("n"))
    driver.type("half")
    driver.press(.control("c"))
    #expect(driver.effects.suffix(2) == [.save(driver.state.assessment), .quit])
  }

  @Test func quittingAnUntouchedAssessmentWritesNothing() {
    var driver = Driver(framework: framework)
    driver.press(.character("q"))
    #expect(driver.effects == [.quit])
  }

  @Test func aTooSmallWindowOnlyQuits() {
    var driver = Driver(framework: framework)
    driver.send(.terminalResized(Size(width: 40, height: 10)))
    driver.press(.enter, .character("2"))
    #expect(driver.state.mode == .start)
    driver.press(.character("q"))
    #expect(driver.effects == [.quit])
  }

  @Test func clickingALevelPicksIt() {
    var driver = Driver(framework: framework)
    driver.press(.enter)
    let row = (0..<24).first { y in
      render(driver.state, size: Size(width: 80, height: 24)).lines[y].contains("2 Working")
    }
    driver.send(.mouse(.click(x: 10, y: row ?? 0)))
    #expect(driver.state.assessment.level(of: "alpha") == 2)
    #expect(driver.state.currentSkill?.id == "beta")
  }

  @Test func exportingNeedsATargetAndAFormat() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("e"))
    #expect(driver.state.mode == .export)
    driver.press(.character("w"))
    #expect(driver.state.status == .init("Choose a target role first (press t).", tone: .warning))
    driver.press(.character("t"), .home, .enter)
    driver.press(.down, .down, .down, .down, .down, .down, .enter)
    let request = ExportRequest(
      assessment: driver.state.assessment, target: "first",
      start: UIFixtures.today, formats: [.markdown, .html, .ics], path: "/work/skillgap-plan")
    #expect(driver.effects.last == .export(request))
    driver.send(.exportFinished(ExportOutcome(written: ["/work/skillgap-plan.md"])))
    #expect(driver.state.status == .init("Wrote 1 file."))
  }

  @Test func exportAsksBeforeCreatingAFolderOrReplacingFiles() throws {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("t"), .home, .enter, .character("e"), .character("w"))
    var request = try #require(exportRequest(driver.effects.last))
    #expect(!request.createFolder && !request.replaceExisting)
    driver.send(.exportFinished(ExportOutcome(written: [], question: .createFolder("/work/x"))))
    #expect(driver.state.status?.text == "The folder does not exist: w creates it.")
    driver.press(.character("w"))
    request = try #require(exportRequest(driver.effects.last))
    #expect(request.createFolder && !request.replaceExisting)
    let files = ["/work/skillgap-plan.md", "/work/skillgap-plan.ics"]
    driver.send(.exportFinished(ExportOutcome(written: [], question: .replace(files))))
    #expect(driver.state.status?.text == "2 files exist: w replaces, or change the path.")
    let screen = render(driver.state, size: Size(width: 80, height: 24)).lines
    #expect(screen.contains { $0.contains("/work/skillgap-plan.ics") })
    // Changing a choice drops the question: the next try asks again.
    driver.press(.down, .character(" "), .character(" "))
    #expect(driver.state.export.pendingQuestion == nil)
    driver.press(.character("w"))
    request = try #require(exportRequest(driver.effects.last))
    #expect(!request.replaceExisting)
    driver.send(.exportFinished(ExportOutcome(written: [], question: .replace(files))))
    driver.press(.character("w"))
    request = try #require(exportRequest(driver.effects.last))
    #expect(request.replaceExisting)
    driver.send(.exportFinished(ExportOutcome(written: files)))
    #expect(driver.state.status == .init("Wrote 2 files."))
  }

  func exportRequest(_ effect: Effect?) -> ExportRequest? {
    if case .export(let request)? = effect { return request }
    return nil
  }

  @Test func hoursAndExportChoicesAreKeptWithTheAssessment() throws {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("t"), .home, .enter, .character("p"))
    driver.press(.character("+"), .character("+"))
    #expect(driver.state.hoursPerWeek == 8)
    #expect(driver.effects.last == .save(driver.state.assessment))
    driver.press(.character("e"), .down, .character(" "))
    #expect(driver.effects.last == .save(driver.state.assessment))
    driver.press(.down, .down, .down, .down, .enter, .control("u"))
    driver.type("~/plans/mine")
    driver.press(.enter)
    let preferences = driver.state.assessment.preferences
    #expect(preferences.hoursPerWeek == 8)
    #expect(preferences.exportFormats == ["markdown", "json", "html", "ics"])
    #expect(preferences.exportPath == "~/plans/mine")
    #expect(driver.effects.last == .save(driver.state.assessment))

    // Coming back finds them; an unknown format name from a newer version is ignored.
    var saved = driver.state.assessment
    saved.preferences.exportFormats?.append("pdf")
    let again = Driver(framework: framework, saved: saved)
    #expect(again.state.hoursPerWeek == 8)
    #expect(again.state.export.formats == [.markdown, .json, .html, .ics])
    #expect(again.state.export.path.text == "~/plans/mine")
    // Hours out of range in a hand-edited file are brought within 1…100.
    saved.preferences.hoursPerWeek = 500
    #expect(Driver(framework: framework, saved: saved).state.hoursPerWeek == 100)
  }

  @Test func theExportPathIsEditable() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("e"), .up)
    driver.press(.down, .down, .down, .down, .down, .enter)
    #expect(driver.state.export.editingPath)
    driver.press(.control("u"))
    driver.type("/tmp/plän")
    driver.press(.enter)
    #expect(driver.state.export.path.text == "/tmp/plän")
    #expect(!driver.state.export.editingPath)
    // Esc leaves the path as it was.
    driver.press(.enter)
    driver.type("/elsewhere")
    driver.press(.escape)
    #expect(driver.state.export.path.text == "/tmp/plän")
    #expect(!driver.state.export.editingPath)
    #expect(driver.state.mode == .export)
    driver.press(.character(" "))
    #expect(driver.state.export.formats == [.markdown, .html, .ics])
    driver.press(.home, .up, .up, .up, .up, .up, .character(" "))
    #expect(driver.state.export.formats == [.html, .ics])
  }

  @Test func switchingTheTargetOnTheReportUpdatesItAtOnce() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("2"), .character("0"), .character("0"), .character("v"))
    #expect(driver.state.mode == .report)
    driver.press(.character("t"), .home, .enter)
    let first = render(driver.state, size: Size(width: 80, height: 24)).lines.joined()
    #expect(first.contains("Target: First rung"))
    #expect(first.contains("ready: no essential gap"))
    driver.press(.character("t"), .down, .enter)
    let second = render(driver.state, size: Size(width: 80, height: 24)).lines.joined()
    #expect(driver.state.assessment.target == "second")
    #expect(second.contains("Target: Second rung"))
    #expect(second.contains("not ready: 1 blocking gap"))
    #expect(driver.state.mode == .report)
  }

  @Test func theRolesViewSetsTheTarget() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("4"), .character("4"), .character("4"))
    driver.press(.character("v"), .character("a"))
    #expect(driver.state.mode == .roles)
    driver.press(.down, .enter)
    #expect(driver.state.mode == .report)
    #expect(driver.state.assessment.target == driver.state.rankedRoleIDs[1])
  }

  @Test func planHoursChangeAndTheViewScrolls() {
    var driver = Driver(framework: framework)
    driver.state.assessment.target = "second"
    driver.press(.enter, .character("p"))
    #expect(driver.state.mode == .plan)
    let before = driver.state.targetPlanWholeRoleWeeks
    driver.press(.character("-"), .character("-"), .character("-"), .character("-"))
    #expect(driver.state.hoursPerWeek == 2)
    #expect(driver.state.targetPlanWholeRoleWeeks > before)
    driver.press(.end)
    #expect(driver.state.planControls.scroll > 0)
    driver.press(.home)
    #expect(driver.state.planControls.scroll == 0)
  }

  @Test func planSettingsAreChosenChangedKeptAndSaved() throws {
    var driver = Driver(framework: framework)
    driver.state.assessment.target = "second"
    driver.press(.enter, .character("p"))
    #expect(driver.state.planControls.selected == .hours)
    driver.press(.right, .character("+"))
    #expect(driver.state.planControls.selected == .horizon)
    #expect(driver.state.planOptions.horizonWeeks == 16)
    #expect(driver.effects.last == .save(driver.state.assessment))
    driver.press(.right, .character("+"))
    #expect(driver.state.planStart == UIFixtures.today.adding(days: 1))
    driver.press(.character("-"), .character("-"))
    #expect(driver.state.planStart == UIFixtures.today)
    #expect(
      driver.state.status
        == .init("Start is at its limit (\(UIFixtures.today.iso)).", tone: .warning))
    driver.press(.right, .character("6"), .character("1"))
    #expect(driver.state.planOptions.studyDays == [2, 3, 4, 5, 6])
    driver.press(.right, .character("+"), .right, .character("-"), .right, .character("+"))
    #expect(driver.state.planOptions.sessionStart == 18 * 60 + 30)
    #expect(driver.state.planOptions.sessionHours == 1.5)
    #expect(driver.state.planOptions.dailyHours == 3.5)
    driver.press(.character("b"))
    #expect(driver.state.planControls.selected == .blocking)
    #expect(driver.state.planOptions.blockingOnly)
    let kept = driver.state.assessment.preferences
    #expect(
      kept
        == Assessment.Preferences(
          hoursPerWeek: 6, horizonWeeks: 16, studyDays: [2, 3, 4, 5, 6], sessionStart: "18:30",
          sessionHours: 1.5, dailyHours: 3.5, blockingOnly: true, planStart: UIFixtures.today.iso))
    // Coming back finds the plan as it was left.
    let again = AppState(
      framework: framework, assessment: driver.state.assessment, today: UIFixtures.today,
      exportFolder: "/work")
    #expect(again.planOptions == driver.state.planOptions)
  }

  @Test func helpOpensAndAnyKeyClosesIt() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("?"))
    #expect(driver.state.overlay == .help(top: 0))
    driver.press(.character("q"))
    #expect(driver.state.overlay == nil)
    #expect(driver.effects == [])
  }

  @Test func helpTallerThanTheWindowScrollsAndAnyOtherKeyClosesIt() {
    var driver = Driver(framework: framework)
    driver.press(.enter)
    driver.send(.terminalResized(Size(width: 60, height: 16)))
    driver.press(.character("?"))
    let rows = driver.state.helpVisibleRows
    let hidden = driver.state.helpEntries.count - rows
    #expect(hidden > 0)
    driver.press(.character("j"), .down)
    #expect(driver.state.overlay == .help(top: 2))
    driver.press(.character("G"))
    #expect(driver.state.overlay == .help(top: hidden))
    driver.press(.pageDown, .down)
    #expect(driver.state.overlay == .help(top: hidden))
    driver.press(.character("g"))
    #expect(driver.state.overlay == .help(top: 0))
    driver.press(.character("x"))
    #expect(driver.state.overlay == nil)
    #expect(driver.state.assessment.ratings.isEmpty)
  }

  @Test func theLevelSheetOpensAtTheHighlightedLevelScrollsAndADigitPicksFromIt() throws {
    let small = Size(width: 60, height: 16)
    var driver = Driver(framework: framework)
    driver.press(.enter)
    driver.send(.terminalResized(small))
    driver.press(.down, .down, .down, .character("i"))
    guard case .levels(let top)? = driver.state.overlay else {
      Issue.record("i did not open the level sheet: \(String(describing: driver.state.overlay))")
      return
    }
    #expect(top > 0)
    let opened = render(driver.state, size: small).lines.joined(separator: "\n")
    #expect(opened.contains("▸ 3 Proficient"))
    #expect(opened.contains("☐ I can show alpha at proficient."))

    driver.press(.character("g"), .character("j"), .down)
    #expect(driver.state.overlay == .levels(top: 2))
    driver.send(.mouse(.wheelDown(x: 10, y: 10)))
    #expect(driver.state.overlay == .levels(top: 5))
    driver.send(.mouse(.wheelUp(x: 10, y: 10)))
    #expect(driver.state.overlay == .levels(top: 2))
    #expect(driver.effects.isEmpty)

    driver.press(.character("2"))
    #expect(driver.state.overlay == nil)
    #expect(driver.state.assessment.level(of: "alpha") == 2)
    #expect(driver.state.currentSkill?.id == "beta")
    #expect(driver.effects == [.save(driver.state.assessment)])
  }

  @Test func otherKeysCloseTheLevelSheetWithoutAnswering() {
    var driver = Driver(framework: framework)
    driver.press(.enter)
    for key in [Key.escape, .character("x"), .enter, .character("i")] {
      driver.press(.character("i"))
      #expect(driver.state.overlay == .levels(top: 0))
      driver.press(key)
      #expect(driver.state.overlay == nil)
    }
    #expect(driver.state.mode == .rate)
    #expect(driver.state.currentSkill?.id == "alpha")
    #expect(driver.state.assessment.ratings.isEmpty)
    #expect(driver.effects.isEmpty)
  }

  @Test func theWheelScrollsATallHelpAndLeavesAShortOneOpen() {
    var driver = Driver(framework: framework)
    driver.send(.terminalResized(Size(width: 120, height: 40)))
    driver.press(.enter, .character("?"))
    driver.send(.mouse(.wheelDown(x: 10, y: 10)))
    #expect(driver.state.overlay == .help(top: 0))
    driver.send(.terminalResized(Size(width: 60, height: 16)))
    driver.send(.mouse(.wheelDown(x: 10, y: 10)))
    #expect(driver.state.overlay == .help(top: 3))
    driver.send(.terminalResized(Size(width: 120, height: 40)))
    #expect(driver.state.overlay == .help(top: 0))
  }

  @Test func jumpingToAnotherSkillStartsAtItsOwnAnswer() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("2"), .down, .down, .down)
    #expect(driver.state.currentSkill?.id == "beta")
    #expect(driver.state.highlight == 3)
    driver.press(.character("/"))
    driver.type("gamma")
    driver.press(.enter)
    #expect(driver.state.currentSkill?.id == "gamma")
    #expect(driver.state.highlight == 0)
    driver.press(.character("/"))
    driver.type("alpha")
    driver.press(.enter)
    #expect(driver.state.highlight == 2)
  }

  @Test func quittingWhileAnswersAreUnsavedAsksFirstAndTriesAgain() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("3"))
    driver.send(.saveFailed("cannot write /data/x.json: permission denied"))
    let answered = driver.state.assessment
    driver.effects = []
    driver.press(.character("q"))
    #expect(driver.effects == [.save(answered)])
    // The runner's retry fails too: the question stays on screen.
    driver.send(.saveFailed("cannot write /data/x.json: permission denied"))
    #expect(driver.state.status?.text.contains("not saved (cannot write /data/x.json") == true)
    #expect(driver.state.status?.text.contains("Press q again") == true)
    driver.press(.character("q"))
    #expect(driver.effects == [.save(answered), .save(answered), .quit])

    // Any other key drops the question; a save that works again clears the warning.
    driver.effects = []
    driver.press(.character("q"), .right, .character("q"))
    #expect(driver.effects == [.save(answered), .save(answered)])
    driver.send(.saved)
    #expect(driver.state.unsavedReason == nil)
    driver.press(.character("q"))
    #expect(driver.effects.last == .quit)
  }

  @Test func nothingToLoseQuitsAtOnceEvenWhenSavingFails() {
    var driver = Driver(framework: framework)
    driver.send(.saveFailed("the folder does not exist"))
    driver.press(.character("q"))
    #expect(driver.effects == [.quit])
  }

  @Test func anExportPathEndingInASlashNamesAFolder() {
    var driver = Driver(framework: framework)
    driver.press(.character("t"), .home, .enter, .enter, .character("e"))
    driver.press(.down, .down, .down, .down, .down, .enter, .control("u"))
    driver.type("/tmp/plans/")
    driver.press(.enter, .character("w"))
    guard case .export(let request)? = driver.effects.last else {
      Issue.record("no export: \(driver.effects)")
      return
    }
    #expect(request.path == "/tmp/plans/skillgap-plan")
    #expect(driver.state.export.path.text == "/tmp/plans/skillgap-plan")

    // Saved paths go through the same rule: empty means the default, a folder gets the name.
    for (saved, expected) in [(" ", "/work/skillgap-plan"), ("/tmp/x/", "/tmp/x/skillgap-plan")] {
      var assessment = driver.state.assessment
      assessment.preferences.exportPath = saved
      var resumed = Driver(framework: framework, saved: assessment)
      resumed.press(.enter, .character("e"), .character("w"))
      guard case .export(let request)? = resumed.effects.last else {
        Issue.record("no export for the saved path '\(saved)': \(resumed.effects)")
        continue
      }
      #expect(request.path == expected)
    }
    // An emptied path returns to the default when the edit ends.
    driver.press(.enter, .control("u"), .enter)
    #expect(driver.state.export.path.text == "/work/skillgap-plan")
  }

  @Test func showingRequiredLevelsWithoutATargetSaysHowToGetOne() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .tab)
    #expect(driver.state.status?.text.contains("once you choose a target (t)") == true)
    driver.press(.tab, .character("t"), .home, .enter, .tab)
    #expect(driver.state.status?.text == "Required levels shown.")
  }

  @Test func skippingARatedSkillSaysWhatItWas() {
    var driver = Driver(framework: framework)
    driver.press(.enter, .character("3"), .left, .character("s"))
    #expect(driver.state.assessment.ratings["alpha"]?.answer == .skipped)
    #expect(
      driver.state.status
        == .init("Alpha was Proficient and is now skipped; ← goes back.", tone: .warning))
    driver.press(.left, .character("x"))
    #expect(
      driver.state.status
        == .init("Alpha was skipped and is now not applicable; ← goes back.", tone: .warning))
    driver.press(.left, .character("x"))
    #expect(driver.state.status == nil)
  }

  @Test func hoursStopAtTheirLimitsWithAWord() {
    var driver = Driver(framework: framework)
    driver.press(.character("t"), .home, .enter, .enter, .character("p"))
    for _ in 0..<10 { driver.press(.character("-")) }
    #expect(driver.state.hoursPerWeek == 1)
    #expect(driver.state.status == .init("Hours is at its limit (1 h/week).", tone: .warning))
    driver.press(.character("+"))
    #expect(driver.state.hoursPerWeek == 2)
    #expect(driver.state.status == nil)
  }

  func editorHolding(_ text: String, cursor: Int) -> LineEditor {
    var editor = LineEditor(text)
    for _ in 0..<(text.count - cursor) { _ = editor.handle(.left) }
    return editor
  }
}
