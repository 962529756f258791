import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

/// The golden plan again, with progress and other settings.
enum UpdateFixtures {
  static func plan(
    progress: [String: StepProgress] = [:], sessionStart: Int = PlanOptions.defaultSessionStart,
    start: CalendarDay = FixtureFrameworks.monday
  ) throws -> (StudyPlan, Results) {
    var assessment = FixtureFrameworks.goldenAssessment()
    assessment.progress = progress
    let results = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: assessment, target: "journeyman",
      plan: PlanOptions(start: start, sessionStart: sessionStart))
    let plan = try #require(results.plan)
    return (plan, results)
  }

  static func export(_ fixture: (StudyPlan, Results), after previous: CalendarRecord = .empty)
    -> ICSExport.Update
  {
    ICSExport.update(
      fixture.0, framework: fixture.1.framework, stamp: fixture.1.assessedAt, previous: previous)
  }

  /// Each event's UID with its `SEQUENCE` and whether it is cancelled.
  static func events(_ text: String) -> [(uid: String, sequence: Int, cancelled: Bool)] {
    var out: [(uid: String, sequence: Int, cancelled: Bool)] = []
    var uid = ""
    var sequence = -1
    var cancelled = false
    for line in StrictICS.unfold(text) {
      if line == "BEGIN:VEVENT" { (uid, sequence, cancelled) = ("", -1, false) }
      if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
      if line.hasPrefix("SEQUENCE:") { sequence = Int(line.dropFirst(9)) ?? -1 }
      if line == "STATUS:CANCELLED" { cancelled = true }
      if line == "END:VEVENT" { out.append((uid, sequence, cancelled)) }
    }
    return out
  }
}

@Suite struct ICSExportUpdateTests {
  @Test func anUnchangedReExportGivesTheSameBytesAndSequences() throws {
    let fixture = try UpdateFixtures.plan()
    let first = UpdateFixtures.export(fixture)
    let second = UpdateFixtures.export(fixture, after: first.record)
    #expect(second.calendar == first.calendar)
    #expect(second.record == first.record)
    #expect(UpdateFixtures.events(second.calendar).allSatisfy { $0.sequence == 0 && !$0.cancelled })
    #expect(StrictICS.problems(second.calendar) == [])
  }

  @Test func aStepMarkedDoneCancelsItsFutureSessionsAndKeepsTheOthersUIDs() throws {
    let before = try UpdateFixtures.plan()
    let first = UpdateFixtures.export(before)
    // The first step studied: the others keep their place in their own minutes.
    let step = try #require(before.0.weeks.first?.sessions.first?.item)
    let stamp = FixtureFrameworks.time
    let after = try UpdateFixtures.plan(progress: [
      step: StepProgress(status: .done, updated: stamp)
    ])
    let second = UpdateFixtures.export(after, after: first.record)
    #expect(StrictICS.problems(second.calendar) == [])
    let item = try #require(before.0.item(step))
    let prefix = "journeyman/\(item.skill)/l\(item.toLevel)/"
    let events = UpdateFixtures.events(second.calendar)
    let old = UpdateFixtures.events(first.calendar)
    let cancelled = events.filter(\.cancelled)
    #expect(!cancelled.isEmpty)
    #expect(cancelled.map(\.uid) == old.map(\.uid).filter { $0.contains(prefix) })
    #expect(cancelled.allSatisfy { $0.sequence == 1 })
    let live = events.filter { !$0.cancelled }
    #expect(!live.contains { $0.uid.contains(prefix) })
    // Every event the calendar holds is updated or cancelled: none is orphaned or doubled.
    let written = Set(events.map(\.uid))
    #expect(written.count == events.count)
    #expect(old.allSatisfy { written.contains($0.uid) })
    let kept = Set(live.map(\.uid)).intersection(old.map(\.uid))
    #expect(kept.count * 2 > old.count - cancelled.count)
  }

  @Test func loggedTimeKeepsTheLaterSessionsOfAStep() throws {
    let before = try UpdateFixtures.plan()
    let first = UpdateFixtures.export(before)
    let session = try #require(before.0.weeks.first?.sessions.first)
    let after = try UpdateFixtures.plan(progress: [
      session.item: StepProgress(
        status: .inProgress, minutes: session.minutes, updated: FixtureFrameworks.time)
    ])
    let second = UpdateFixtures.export(after, after: first.record)
    let old = UpdateFixtures.events(first.calendar).map(\.uid)
    let events = UpdateFixtures.events(second.calendar)
    // The session done goes; the step's next session keeps its UID.
    #expect(events.first { $0.uid == old[0] }?.cancelled == true)
    let item = try #require(before.0.item(session.item))
    let next = old.dropFirst().first { $0.contains("/\(item.skill)/l\(item.toLevel)/") }
    #expect(next != nil)
    #expect(events.contains { $0.uid == next && !$0.cancelled })
  }

  @Test func aMovedSessionGetsTheNextSequence() throws {
    let first = UpdateFixtures.export(try UpdateFixtures.plan())
    let moved = try UpdateFixtures.plan(sessionStart: 19 * 60)
    let second = UpdateFixtures.export(moved, after: first.record)
    let old = UpdateFixtures.events(first.calendar)
    let new = UpdateFixtures.events(second.calendar)
    #expect(new.map(\.uid) == old.map(\.uid))
    #expect(new.allSatisfy { $0.sequence == 1 && !$0.cancelled })
    #expect(StrictICS.values("DTSTART", in: second.calendar).first == "20260105T190000")
    // Exported once more as it is, nothing moves again.
    let third = UpdateFixtures.export(moved, after: second.record)
    #expect(third.calendar == second.calendar)
  }

  @Test func aCancellationIsRepeatedUntilItsDayHasPassed() throws {
    let before = try UpdateFixtures.plan()
    let first = UpdateFixtures.export(before)
    let step = try #require(before.0.weeks.first?.sessions.first?.item)
    let done = [step: StepProgress(status: .done, updated: FixtureFrameworks.time)]
    let second = UpdateFixtures.export(try UpdateFixtures.plan(progress: done), after: first.record)
    let third = UpdateFixtures.export(try UpdateFixtures.plan(progress: done), after: second.record)
    #expect(third.calendar == second.calendar)
    // A month on, what was cancelled or planned before that day is left as the calendar has it.
    let later = try UpdateFixtures.plan(
      progress: done, start: FixtureFrameworks.monday.adding(days: 28))
    let fourth = UpdateFixtures.export(later, after: third.record)
    let starts = StrictICS.values("DTSTART", in: fourth.calendar)
    #expect(starts.allSatisfy { $0 >= "20260202" })
    #expect(fourth.record.events.count >= third.record.events.count)
  }

  @Test func aNewTargetCancelsTheOldRolesSessions() throws {
    let first = UpdateFixtures.export(try UpdateFixtures.plan())
    let results = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "apprentice", plan: PlanOptions(start: FixtureFrameworks.monday))
    let plan = try #require(results.plan)
    let second = ICSExport.update(
      plan, framework: results.framework, stamp: results.assessedAt, previous: first.record)
    let events = UpdateFixtures.events(second.calendar)
    let old = Set(UpdateFixtures.events(first.calendar).map(\.uid))
    #expect(events.filter(\.cancelled).map(\.uid).sorted() == old.sorted())
    #expect(StrictICS.problems(second.calendar) == [])
  }

  @Test func theRecordIsPlainJSONThatReadsBack() throws {
    let record = UpdateFixtures.export(try UpdateFixtures.plan()).record
    let data = record.encoded()
    #expect(try CalendarRecord.decode(data) == record)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"events\" : [\n"))
    #expect(text.contains("\"uid\" : \"three/journeyman/"))
  }
}
