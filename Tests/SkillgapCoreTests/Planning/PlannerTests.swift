import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PlannerTests {
  typealias P = PlanFixtures
  let three = FixtureFrameworks.threeLevel()
  let eight = FixtureFrameworks.eightLevel()
  let monday = FixtureFrameworks.monday

  func plan(
    _ framework: Framework, _ role: String, _ answers: [String: Rating.Answer],
    options: PlanOptions? = nil
  ) throws -> StudyPlan {
    let report = try GapEngine(framework: framework).report(
      for: role, assessment: FixtureFrameworks.assessment(framework, answers))
    return try Planner.plan(
      for: report, framework: framework, options: options ?? PlanOptions(start: monday))
  }

  func goldenPlan() throws -> StudyPlan {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    return try Planner.plan(for: report, framework: three, options: PlanOptions(start: monday))
  }

  /// Each week as `item hours` pairs, `*` marking the week an item finishes.
  func layout(_ plan: StudyPlan) -> [String] {
    plan.weeks.map { week in
      week.allocations.map { "\($0.item) \($0.minutes / 60)\($0.finishes ? "*" : "")" }
        .joined(separator: ", ")
    }
  }

  // MARK: Steps

  @Test func eachGapBecomesOneItemPerLevelStepWithTheContentOfThatStep() throws {
    let plan = try goldenPlan()
    #expect(
      plan.items.map(\.id) == [
        "arithmetic@2", "algebra@1", "calculus@1", "estimation@1", "estimation@2",
      ])
    let first = try #require(plan.items.first)
    #expect(first.fromLevel == 1)
    #expect(first.toLevel == 2)
    #expect(first.title == "Arithmetic: Capable → Lead")
    #expect(first.tip == "Practise arithmetic until Lead.")
    #expect(first.milestone == "A project showing arithmetic at Lead.")
    #expect(first.resources.map(\.url) == ["https://example.org/arithmetic"])
    #expect(first.kind == .study)
    #expect(first.basis == nil)
    #expect(plan.items.map(\.minutes) == [1200, 600, 600, 600, 1200])
    #expect(plan.items.map(\.defaultHours) == [true, true, true, true, true])
    #expect(plan.items.map(\.closesGap) == [true, true, true, false, true])
    #expect(plan.items.map(\.blocking) == [true, false, true, false, false])
    #expect(plan.items.map(\.forBlocking) == [true, true, true, false, false])
    // Algebra's first step needs arithmetic at its first level, which the person has.
    #expect(plan.items.map(\.after) == [[], [], ["algebra@1"], [], ["estimation@1"]])
    #expect(plan.items.map(\.sharedMilestone) == [nil, nil, nil, nil, nil])
  }

  @Test func stepsAreTakenFromTheSkillsOwnHoursKindAndBasisWhenItGivesThem() throws {
    var framework = three
    framework.skills[2].steps[1].kind = .practice
    framework.skills[2].steps[1].basis = "Two terms of seminars."
    let plan = try plan(framework, "master", ["calculus": .level(1)])
    let calculus = try #require(plan.item("calculus@2"))
    #expect(calculus.minutes == 30 * 60)
    #expect(!calculus.defaultHours)
    #expect(calculus.kind == .practice)
    #expect(calculus.basis == "Two terms of seminars.")
    #expect(plan.item("algebra@2")?.defaultHours == true)
  }

  @Test func eachStepGetsTheResourcesServingItsLevel() throws {
    var skill = P.skill("docs")
    let one = Resource(title: "First steps", kind: .book, steps: [1])
    let two = Resource(title: "Going further", kind: .course, steps: [2, 3])
    let every = Resource(title: "Reference", kind: .docs)
    skill.resources = [one, two, every]
    #expect(skill.resources(forStep: 1) == [one, every])
    #expect(skill.resources(forStep: 3) == [two, every])
    let plan = try P.plan(P.framework([skill], [("docs", 2, "useful")]))
    #expect(
      plan.items.map { $0.resources.map(\.title) } == [
        ["First steps", "Reference"], ["Going further", "Reference"],
      ])
  }

  @Test func anEightLevelGapBecomesOneItemPerStepInLevelOrder() throws {
    let plan = try plan(
      eight, "engineer", ["noise": .level(1), "signal": .level(2), "filters": .level(0)])
    #expect(
      plan.items.map(\.id) == [
        "noise@2", "signal@3", "noise@3", "signal@4", "signal@5", "filters@1", "filters@2",
        "filters@3", "filters@4",
      ])
    for skill in ["noise", "signal", "filters"] {
      let levels = plan.items.filter { $0.skill == skill }.map(\.toLevel)
      #expect(levels == levels.sorted(), "\(skill)")
    }
    #expect(plan.items.map(\.fromName).prefix(3) == ["L1", "L2", "L2"])
    #expect(plan.item("signal@4")?.after == ["signal@3", "noise@3"])
    #expect(plan.item("filters@4")?.after == ["filters@3", "signal@3"])
    #expect(plan.totalMinutes == 51 * 60)
    #expect(plan.weeks.count == 9)
    #expect(plan.studyWeeks == 9)
    #expect(plan.blockerClosures.map(\.week) == [6])
  }

  // MARK: Order

  @Test func blockingGapsAndWhatTheyNeedComeBeforeGapsOfHigherPriority() throws {
    let framework = P.framework(
      [P.skill("a"), P.skill("b", needs: ["a"]), P.skill("c")],
      [("b", 1, "essential"), ("c", 3, "important"), ("a", 1, "useful")])
    let plan = try P.plan(framework)
    let report = try GapEngine(framework: framework).report(
      for: "role", assessment: FixtureFrameworks.assessment(framework, [:]))
    #expect(report.gapIDs == ["c", "a", "b"])
    #expect(plan.items.map(\.id) == ["a@1", "b@1", "c@1", "c@2", "c@3"])
    #expect(plan.items.map(\.forBlocking) == [true, true, false, false, false])
    #expect(plan.items.map(\.blocking) == [false, true, false, false, false])
    #expect(P.schedule(plan) == ["a@1 1–1", "b@1 2–2", "c@1 3–3", "c@2 4–4", "c@3 5–5"])
    #expect(plan.blockerClosures.map(\.skill) == ["b"])
    #expect(plan.readyWeek == 2)
  }

  @Test func everyGapsFirstStepComesBeforeAnySecondStep() throws {
    let framework = P.framework(
      [P.skill("x"), P.skill("y"), P.skill("z")],
      [("x", 3, "essential"), ("y", 2, "essential"), ("z", 1, "useful")])
    let plan = try P.plan(framework)
    #expect(plan.items.map(\.id) == ["x@1", "y@1", "x@2", "y@2", "x@3", "z@1"])
    #expect(plan.items.map(\.forBlocking) == [true, true, true, true, true, false])
  }

  @Test func withinARoundTheGapOfHigherPriorityGoesFirst() throws {
    // p comes first in the framework but weighs less than q.
    let framework = P.framework(
      [P.skill("p"), P.skill("q")], [("p", 2, "useful"), ("q", 2, "important")])
    let plan = try P.plan(framework)
    #expect(plan.items.map(\.id) == ["q@1", "p@1", "q@2", "p@2"])
    #expect(plan.items.map(\.priority) == [4, 2, 4, 2])
  }

  @Test func aStepComesAfterItsPrerequisitesStepOneLevelBelow() throws {
    let framework = P.framework(
      [P.skill("base"), P.skill("top", needs: ["base"])],
      [("base", 3, "essential"), ("top", 3, "essential")])
    let plan = try P.plan(framework)
    #expect(plan.items.map(\.id) == ["base@1", "top@1", "base@2", "top@2", "base@3", "top@3"])
    #expect(
      plan.items.map(\.after) == [
        [], ["base@1"], ["base@1"], ["top@1", "base@1"], ["base@2"], ["top@2", "base@2"],
      ])
  }

  @Test func aStepNeedsThePrerequisiteOneLevelBelowAtLeastItsFirstLevelAndAtMostItsRequired()
    throws
  {
    let framework = P.framework(
      [P.skill("base"), P.skill("top", needs: ["base"])],
      [("base", 3, "essential"), ("top", 3, "essential")])
    // Base is at L1 already: top's steps to L1 and L2 need no more of it, top's L3 needs L2.
    let rated = try P.plan(framework, ["base": 1])
    #expect(rated.items.map(\.id) == ["base@2", "top@1", "base@3", "top@2", "top@3"])
    #expect(
      rated.items.map(\.after) == [[], [], ["base@2"], ["top@1"], ["top@2", "base@2"]])
    // The role asks base only at L1: no step of top waits for more.
    let low = P.framework(
      [P.skill("base"), P.skill("top", needs: ["base"])],
      [("base", 1, "essential"), ("top", 3, "essential")])
    let capped = try P.plan(low)
    #expect(capped.items.map(\.id) == ["base@1", "top@1", "top@2", "top@3"])
    #expect(
      capped.items.map(\.after) == [[], ["base@1"], ["top@1", "base@1"], ["top@2", "base@1"]])
    // A prerequisite already met is no step to wait for.
    let met = try P.plan(framework, ["base": 3])
    #expect(met.items.map(\.after) == [[], ["top@1"], ["top@2"]])
  }

  @Test func prerequisitesComeBeforeWhatNeedsThemEvenWithoutWeight() throws {
    // Algebra weighs nothing, yet calculus (blocking) needs it, so it is studied first.
    var framework = three
    framework.importances.append(Importance(id: "none", name: "None", weight: 0, blocking: false))
    framework.roles.append(
      Role(
        id: "odd", title: "Odd", track: "x", seniority: 1,
        requirements: [
          .init(skill: "calculus", level: 1, importance: "essential"),
          .init(skill: "algebra", level: 1, importance: "none"),
          .init(skill: "drawing", level: 2, importance: "useful"),
        ]))
    let plan = try plan(framework, "odd", [:])
    #expect(plan.items.map(\.id) == ["algebra@1", "calculus@1", "drawing@1", "drawing@2"])
    #expect(plan.items.map(\.forBlocking) == [true, true, false, false])
  }

  // MARK: Weeks

  @Test func studyStepsFillEachWeeksHoursInOrderAndSpanWeeksWhenTheyDoNotFit() throws {
    let plan = try goldenPlan()
    #expect(
      layout(plan) == [
        "arithmetic@2 6", "arithmetic@2 6", "arithmetic@2 6", "arithmetic@2 2*, algebra@1 4",
        "algebra@1 6*", "calculus@1 6", "calculus@1 4*, estimation@1 2", "estimation@1 6",
        "estimation@1 2*, estimation@2 4", "estimation@2 6", "estimation@2 6", "estimation@2 4*",
      ])
    #expect(plan.horizonMinutes == 70 * 60)
    #expect(plan.totalMinutes == 70 * 60)
    #expect(plan.plannedMinutes == 70 * 60)
    #expect(plan.studyWeeks == 12)
    #expect(plan.wholeRoleWeeks == 12)
    let arithmetic = try #require(plan.item("arithmetic@2"))
    #expect(arithmetic.firstWeek == 1)
    #expect(arithmetic.lastWeek == 4)
    #expect(arithmetic.spansWeeks)
    #expect(plan.weeks[3].allocations.first?.part == 4)
    #expect(plan.weeks[3].allocations.first?.parts == 4)
    #expect(plan.weeks[4].allocations.first?.part == 2)
    #expect(plan.weeks.allSatisfy { $0.practice.isEmpty })
  }

  @Test func weeksAreSevenDaysFromTheStart() throws {
    let plan = try goldenPlan()
    #expect(plan.weeks.first?.start.iso == "2026-01-05")
    #expect(plan.weeks.first?.end.iso == "2026-01-11")
    #expect(plan.weeks.last?.start.iso == "2026-03-23")
    #expect(plan.end?.iso == "2026-03-29")
    #expect(plan.lastDay(ofWeek: 7).iso == "2026-02-22")
    #expect(plan.weeks.map(\.number) == Array(1...12))
  }

  @Test func thePlanSaysTheWeekEachBlockingGapCloses() throws {
    let plan = try goldenPlan()
    #expect(plan.blockerClosures.map(\.skill) == ["arithmetic", "calculus"])
    #expect(plan.blockerClosures.map(\.level) == [2, 1])
    #expect(plan.blockerClosures.map(\.week) == [4, 7])
    #expect(plan.blockerClosures.map { $0.date?.iso } == ["2026-02-01", "2026-02-22"])
    #expect(plan.readyWeek == 7)
  }

  @Test func eachWeekGetsThePartsOfAStepThatFallInIt() throws {
    var read = P.skill("read", hours: 20)
    read.steps[0].parts = ["Part A", "Part B", "Part C"]
    let framework = P.framework(
      [read, P.skill("next")], [("read", 1, "useful"), ("next", 1, "useful")])
    let plan = try P.plan(framework, options: PlanOptions(hoursPerWeek: 8, start: P.monday))
    #expect(plan.item("read@1")?.parts == ["Part A", "Part B", "Part C"])
    #expect(
      plan.weeks.map { $0.allocations.map { "\($0.item) \($0.minutes) \($0.tasks)" } } == [
        ["read@1 480 [\"Part A\", \"Part B\"]"],
        ["read@1 480 [\"Part B\", \"Part C\"]"],
        ["read@1 240 [\"Part C\"]", "next@1 240 []"],
        // A step without parts goes on with its tip after its first week.
        ["next@1 360 [\"Practise next until L1.\"]"],
      ])
    #expect(
      plan.weeks[3].allocations[0].taskLines(practice: false) == [
        "Continue: Practise next until L1."
      ])
  }

  @Test func aStepComesAfterTheLevelsItRequiresOfOtherSkills() throws {
    var tool = P.skill("tool")
    tool.steps[1].requires = [StepNeed(skill: "concept", level: 2)]
    let framework = P.framework(
      [tool, P.skill("concept", needs: ["tool"])],
      [("tool", 2, "essential"), ("concept", 2, "useful")])
    let plan = try P.plan(framework)
    // The concept's steps need the tool at its first level; the tool's second needs the
    // concept at the second, so the concept is needed by a blocking gap and comes first.
    #expect(plan.items.map(\.id) == ["tool@1", "concept@1", "concept@2", "tool@2"])
    #expect(plan.item("tool@2")?.after == ["tool@1", "concept@2"])
    #expect(plan.item("concept@2")?.forBlocking == true)
  }

  @Test func theLastPartTakesTheMilestoneHours() throws {
    var read = P.skill("read", hours: 20)
    read.steps[0].parts = ["Part A", "Part B", "Milestone"]
    read.steps[0].milestoneHours = 12
    let plan = try P.plan(
      P.framework([read], [("read", 1, "useful")]),
      options: PlanOptions(hoursPerWeek: 4, start: P.monday))
    // 8 h for the two parts (4 h each), 12 h for the milestone: weeks 1, 2, then 3–5.
    #expect(
      plan.weeks.map { $0.allocations.map { $0.taskLines(practice: false) } } == [
        [["Part A"]], [["Part B"]], [["Milestone"]], [["Continue: Milestone"]],
        [["Continue: Milestone"]],
      ])
  }

  @Test func aMilestoneSharedByTwoStepsIsBilledOnceInTheLast() throws {
    var first = P.skill("m")
    var second = P.skill("n")
    first.steps[0].milestone = "Ship a small service."
    first.steps[0].milestoneHours = 4
    second.steps[0].milestone = "Ship a small service."
    second.steps[0].milestoneHours = 4
    let plan = try P.plan(
      P.framework([first, second], [("m", 1, "important"), ("n", 1, "important")]))
    // The project is done when both skills are studied: the last step bills it.
    #expect(plan.items.map(\.id) == ["m@1", "n@1"])
    #expect(plan.items.map(\.minutes) == [360, 600])
    #expect(plan.items.map(\.sharedMilestone) == ["n@1", nil])
    #expect(plan.items.map(\.milestoneMinutes) == [0, 240])
    #expect(plan.totalMinutes == 960)
    #expect(P.schedule(plan) == ["m@1 1–1", "n@1 1–2"])
    // A blocking step's project needs the other step first, which the blocking gap then needs
    // too: planning only blocking gaps still carries the whole project, billed in the blocking
    // step, after the skill it also uses.
    let blocking = try P.plan(
      P.framework([first, second], [("m", 1, "essential"), ("n", 1, "important")]))
    #expect(blocking.items.map(\.id) == ["n@1", "m@1"])
    #expect(blocking.items.map(\.sharedMilestone) == ["m@1", nil])
    #expect(blocking.items.map(\.minutes) == [360, 600])
    #expect(blocking.items.map(\.forBlocking) == [true, true])
    #expect(blocking.items[1].after == ["n@1"])
    let blockingOnly = try P.plan(
      P.framework([first, second], [("m", 1, "essential"), ("n", 1, "important")]),
      options: PlanOptions(hoursPerWeek: 6, start: P.monday, blockingOnly: true))
    #expect(blockingOnly.items.map(\.planned) == [true, true])
  }

  @Test func aSharedProjectsStepsAreStudiedTogether() throws {
    var project = [P.skill("p"), P.skill("q", hours: 10)]
    for index in project.indices {
      project[index].steps[1].milestone = "One service proves both."
      project[index].steps[1].milestoneHours = 4
    }
    // q's second step waits for its first; x and y come between them by priority alone.
    let plan = try P.plan(
      P.framework(
        project + [P.skill("x"), P.skill("y")],
        [("p", 2, "important"), ("x", 1, "important"), ("y", 1, "useful"), ("q", 2, "useful")]),
      ["p": 1, "q": 1])
    // Once p's step of the project is taken, q's follows at once, then x and y by priority;
    // the project is billed in the last of its steps.
    #expect(plan.items.map(\.id) == ["p@2", "q@2", "x@1", "y@1"])
    #expect(plan.items.map(\.sharedMilestone) == ["q@2", nil, nil, nil])
    #expect(plan.items.map(\.minutes) == [360, 600, 600, 600])
  }

  @Test func aBlockingStepSharingAProjectWaitsForItsOtherSteps() throws {
    var project = [P.skill("b"), P.skill("o", needs: ["base"])]
    for index in project.indices {
      project[index].steps[0].milestone = "One service proves both."
      project[index].steps[0].milestoneHours = 4
    }
    let plan = try P.plan(
      P.framework(
        project + [P.skill("base"), P.skill("z")],
        [("b", 1, "essential"), ("z", 1, "important"), ("o", 1, "useful"), ("base", 1, "useful")]
      ))
    // b's project uses o, which needs base: both come before b, as blocking needs, and before z.
    #expect(plan.items.map(\.id) == ["base@1", "o@1", "b@1", "z@1"])
    #expect(plan.items.map(\.forBlocking) == [true, true, true, false])
    #expect(plan.items.first { $0.id == "b@1" }?.after == ["o@1"])
    #expect(plan.items.map(\.sharedMilestone) == [nil, "b@1", nil, nil])
  }

  @Test func milestonesThatDifferInCaseAreTwoProjects() throws {
    var first = P.skill("m")
    var second = P.skill("n")
    first.steps[0].milestone = "Ship a small service."
    first.steps[0].milestoneHours = 4
    second.steps[0].milestone = "Ship a small Service."
    second.steps[0].milestoneHours = 4
    let plan = try P.plan(
      P.framework([first, second], [("m", 1, "important"), ("n", 1, "important")]))
    #expect(plan.items.map(\.minutes) == [600, 600])
    #expect(plan.items.map(\.sharedMilestone) == [nil, nil])
  }

  @Test func theHorizonHasWeeksInDetailAndTheRestComesLater() throws {
    let framework = P.framework([P.skill("x", hours: 15)], [("x", 3, "essential")])
    let plan = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 10, start: P.monday, horizonWeeks: 2))
    #expect(P.schedule(plan) == ["x@1 1–2", "x@2 2–3", "x@3 4–5"])
    #expect(plan.weeks.map(\.number) == [1, 2])
    #expect(
      plan.weeks[1].allocations.map { "\($0.item) \($0.minutes) \($0.finishes)" } == [
        "x@1 300 true", "x@2 300 false",
      ])
    #expect(plan.later.map(\.id) == ["x@3"])
    #expect(plan.leftOut.isEmpty)
    #expect(plan.horizonMinutes == 1200)
    #expect(plan.horizonSkills == ["x"])
    #expect(plan.studyWeeks == 5)
    #expect(plan.wholeRoleWeeks == 5)
    #expect(plan.readyWeek == 5)
  }

  // MARK: Practice

  @Test func practiceRunsAlongsideFromTheWeekAfterWhatItNeedsAndTakesNoStudyHours() throws {
    let framework = P.framework(
      [P.skill("base"), P.skill("lead", needs: ["base"], hours: 6, kind: .practice)],
      [("base", 1, "essential"), ("lead", 2, "important")])
    let plan = try P.plan(framework)
    #expect(plan.items.map(\.id) == ["base@1", "lead@1", "lead@2"])
    #expect(plan.items.map(\.isPractice) == [false, true, true])
    #expect(P.schedule(plan) == ["base@1 1–1", "lead@1 2–4", "lead@2 5–7"])
    #expect(plan.totalMinutes == 600)
    #expect(plan.practiceMinutes == 720)
    #expect(plan.studyWeeks == 1)
    #expect(plan.wholeRoleWeeks == 7)
    #expect(plan.weeks.map(\.minutes) == [600, 0, 0, 0, 0, 0, 0])
    #expect(
      plan.weeks.map { $0.practice.map { "\($0.item) \($0.minutes) \($0.part)/\($0.parts)" } } == [
        [], ["lead@1 120 1/3"], ["lead@1 120 2/3"], ["lead@1 120 3/3"], ["lead@2 120 1/3"],
        ["lead@2 120 2/3"], ["lead@2 120 3/3"],
      ])
    #expect(plan.weeks.dropFirst().allSatisfy { $0.sessions.isEmpty })
    #expect(plan.studyItems.map(\.id) == ["base@1"])
    #expect(plan.practiceItems.map(\.id) == ["lead@1", "lead@2"])
  }

  @Test func atMostTwoPracticeStepsRunAtOnce() throws {
    let framework = P.framework(
      [
        P.skill("p1", hours: 5, kind: .practice), P.skill("p2", hours: 4, kind: .practice),
        P.skill("p3", hours: 4, kind: .practice),
      ], [("p1", 1, "useful"), ("p2", 1, "useful"), ("p3", 1, "useful")])
    let plan = try P.plan(framework)
    #expect(P.schedule(plan) == ["p1@1 1–3", "p2@1 1–2", "p3@1 3–4"])
    #expect(
      plan.weeks.map { $0.practice.map { "\($0.item) \($0.minutes)" } } == [
        ["p1@1 120", "p2@1 120"], ["p1@1 120", "p2@1 120"], ["p1@1 60", "p3@1 120"],
        ["p3@1 120"],
      ])
    #expect(plan.totalMinutes == 0)
    #expect(plan.studyWeeks == 0)
    #expect(plan.wholeRoleWeeks == 4)
    #expect(plan.weeks.allSatisfy { $0.allocations.isEmpty && $0.sessions.isEmpty })
  }

  @Test func aStudyStepAfterAPracticeStepWaitsForIt() throws {
    let framework = P.framework(
      [P.skill("lead", hours: 6, kind: .practice), P.skill("design", needs: ["lead"])],
      [("lead", 1, "essential"), ("design", 1, "essential")])
    let plan = try P.plan(framework)
    // Study never waits for practice, which runs alongside at work for months.
    #expect(plan.item("design@1")?.after == [])
    #expect(plan.item("lead@1")?.firstWeek == 1)
    #expect(plan.item("design@1")?.firstWeek == 1)
  }

  // MARK: Blocking gaps only

  @Test func blockingGapsOnlyLeavesTheRestOutAndKeepsTheSameSchedule() throws {
    let framework = P.framework(
      [P.skill("a"), P.skill("b", needs: ["a"]), P.skill("c")],
      [("b", 1, "essential"), ("c", 2, "important"), ("a", 1, "useful")])
    let full = try P.plan(framework)
    let blocking = try P.plan(
      framework, options: PlanOptions(hoursPerWeek: 10, start: P.monday, blockingOnly: true))
    #expect(P.schedule(full) == ["a@1 1–1", "b@1 2–2", "c@1 3–3", "c@2 4–4"])
    #expect(P.schedule(blocking) == ["a@1 1–1", "b@1 2–2", "c@1 -–-", "c@2 -–-"])
    #expect(blocking.items.map(\.planned) == [true, true, false, false])
    #expect(blocking.leftOut.map(\.id) == ["c@1", "c@2"])
    #expect(blocking.later.isEmpty)
    #expect(blocking.weeks == Array(full.weeks.prefix(2)))
    #expect(blocking.studyWeeks == 2)
    #expect(blocking.plannedMinutes == 1200)
    #expect(blocking.totalMinutes == 2400)
    #expect(blocking.wholeRoleWeeks == 4)
    #expect(blocking.readyWeek == full.readyWeek)
    #expect(full.leftOut.isEmpty)
  }

  // MARK: Edges

  @Test func aMetRoleGivesAnEmptyPlan() throws {
    let plan = try plan(three, "apprentice", ["arithmetic": .level(2), "drawing": .level(1)])
    #expect(plan.items.isEmpty)
    #expect(plan.weeks.isEmpty)
    #expect(plan.end == nil)
    #expect(plan.readyWeek == 0)
    #expect(plan.studyWeeks == 0)
    #expect(plan.wholeRoleWeeks == 0)
    #expect(plan.advice.isEmpty)
  }

  @Test func fractionalHoursPackToTheMinute() throws {
    let plan = try plan(
      three, "journeyman", [:],
      options: PlanOptions(hoursPerWeek: 2.75, start: monday, horizonWeeks: 52))
    #expect(plan.totalMinutes == 6000)
    #expect(plan.weeks.count == 37)
    #expect(plan.weeks.dropLast().allSatisfy { $0.minutes == 165 })
    #expect(plan.weeks.last?.minutes == 60)
    #expect(plan.horizonMinutes == 6000)
  }

  @Test func badOptionsAreRefusedBeforePlanning() throws {
    let report = try GapEngine(framework: three).report(
      for: "journeyman", assessment: FixtureFrameworks.goldenAssessment())
    #expect(throws: PlanOptions.OptionsError.hoursPerWeek(0)) {
      try Planner.plan(
        for: report, framework: three, options: PlanOptions(hoursPerWeek: 0, start: monday))
    }
    #expect(throws: PlanOptions.OptionsError.horizonWeeks(0)) {
      try Planner.plan(
        for: report, framework: three, options: PlanOptions(start: monday, horizonWeeks: 0))
    }
  }

  @Test func theSameInputsGiveTheSamePlan() throws {
    let first = try goldenPlan()
    for _ in 0..<5 { #expect(try goldenPlan() == first) }
  }
}
