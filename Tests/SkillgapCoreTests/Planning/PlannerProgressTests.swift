import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The plan re-flows around what the person has marked: done and dropped steps are not
/// scheduled, a step under way needs only what is left of it.
@Suite struct PlannerProgressTests {
  typealias P = PlanFixtures
  let time = FixtureFrameworks.time

  var framework: Framework {
    var read = P.skill("read", hours: 20)
    read.steps[0].parts = ["Part A", "Part B", "Part C", "Part D"]
    return P.framework(
      [read, P.skill("next", needs: ["read"]), P.skill("lead", hours: 6, kind: .practice)],
      [("read", 1, "essential"), ("next", 2, "useful"), ("lead", 1, "important")])
  }

  @Test func withoutProgressNothingChanges() throws {
    let plan = try P.plan(framework)
    #expect(P.schedule(plan) == ["read@1 1–2", "next@1 3–3", "lead@1 1–3", "next@2 4–4"])
    #expect(plan.items.map(\.estimateMinutes) == plan.items.map(\.minutes))
    #expect(plan.items.allSatisfy { $0.progress == nil && $0.loggedMinutes == 0 })
  }

  @Test func aDoneStepIsNotScheduledAndItsGapIsClosed() throws {
    let plan = try P.plan(
      framework, progress: ["read@1": StepProgress(status: .done, minutes: 18 * 60, updated: time)])
    #expect(P.schedule(plan) == ["read@1 -–-", "next@1 1–1", "lead@1 1–3", "next@2 2–2"])
    #expect(plan.done.map(\.id) == ["read@1"])
    #expect(plan.blockerClosures.map(\.week) == [0])
    #expect(plan.readyWeek == 0)
    #expect(plan.totalMinutes == 20 * 60)
    #expect(plan.loggedMinutes == 18 * 60)
    #expect(plan.later.map(\.id) == [])
  }

  @Test func aStepUnderWayNeedsOnlyWhatIsLeftAndGoesOnWithItsParts() throws {
    let plan = try P.plan(
      framework,
      progress: ["read@1": StepProgress(status: .inProgress, minutes: 12 * 60, updated: time)])
    // 8 of 20 h left: one week; the parts pick up at the third (12 of 20 h done).
    #expect(P.schedule(plan) == ["read@1 1–1", "next@1 1–2", "lead@1 1–3", "next@2 2–3"])
    #expect(plan.item("read@1")?.minutes == 8 * 60)
    #expect(plan.item("read@1")?.estimateMinutes == 20 * 60)
    #expect(
      plan.weeks[0].allocations[0].taskLines(practice: false) == ["Continue: Part C", "Part D"])
    #expect(plan.underWay.map(\.id) == ["read@1"])
  }

  @Test func aDroppedStepIsLeftOutAndWhatNeedsItGoesOn() throws {
    let plan = try P.plan(
      framework, progress: ["lead@1": StepProgress(status: .dropped, updated: time)])
    #expect(P.schedule(plan) == ["read@1 1–2", "next@1 3–3", "lead@1 -–-", "next@2 4–4"])
    #expect(plan.dropped.map(\.id) == ["lead@1"])
    #expect(plan.practiceMinutes == 0)
    #expect(plan.leftOut.isEmpty)
    // A dropped blocking step leaves its gap open: the plan says so.
    let open = try P.plan(
      framework, progress: ["read@1": StepProgress(status: .dropped, updated: time)])
    #expect(open.readyWeek == nil)
    #expect(PlanSummary.ready(open) == "Some blocking gaps are not planned.")
  }

  @Test func progressOnAStepTheRoleNoLongerNeedsIsIgnored() throws {
    let plan = try P.plan(
      framework, progress: ["gone@3": StepProgress(status: .done, minutes: 60, updated: time)])
    #expect(plan == (try P.plan(framework)))
  }
}
