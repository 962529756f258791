import Foundation
import SkillgapCore

extension AppState {
  /// The plan's settings: the assessment's preferences, starting on the plan's first day.
  public var planOptions: PlanOptions {
    assessment.preferences.planOptions(start: planStart)
  }

  /// Keys of the plan screen: scrolling, choosing a setting (←/→), changing it (+/−), a weekday
  /// digit on the days setting, `b` for blocking gaps only.
  mutating func handlePlanKey(_ key: Key, now: Date) -> [Effect] {
    var offset = planControls.scroll
    if scroll(&offset, key: key, lines: planLineCount, visible: planBodyRows) {
      planControls.scroll = offset
      return []
    }
    let controls = PlanControls.Control.allCases
    let selected = planControls.selected
    switch key {
    case .left, .character("h"), .right, .character("l"), .tab:
      let step = (key == .left || key == .character("h")) ? -1 : 1
      let next = (selected.rawValue + step + controls.count) % controls.count
      planControls.selected = controls[next]
      return []
    case .character("+"), .character("="):
      return change(PlanControls.step(planOptions, selected, by: 1, today: today))
    case .character("-"), .character("_"):
      return change(PlanControls.step(planOptions, selected, by: -1, today: today))
    case .character("b"):
      planControls.selected = .blocking
      return change(PlanControls.step(planOptions, .blocking, by: 1, today: today))
    case .character("]"): return moveStep(by: 1)
    case .character("["): return moveStep(by: -1)
    case .character("d"): return markStep(.done, now: now)
    case .character("s"): return markStep(.inProgress, now: now)
    case .character("x"): return markStep(.dropped, now: now)
    case .character("H"): return logHour(now: now)
    case .character("y"):
      guard case .rerate(let skill, let level)? = confirming else { return [] }
      return rerate(skill, level, now: now)
    case .character(let digit) where selected == .days && ("1"..."7").contains(digit):
      guard let day = Int(String(digit)) else { return [] }
      var options = planOptions
      var days = Set(options.studyDays)
      if days.contains(day) { days.remove(day) } else { days.insert(day) }
      guard !days.isEmpty else {
        status = .init("Keep at least one study day.", tone: .warning)
        return []
      }
      options.studyDays = days.sorted()
      return change(options)
    default:
      _ = handleNavigationKey(key)
      return []
    }
  }

  /// The steps `[` and `]` move between: those marked (done, under way, dropped), then the
  /// horizon's, in order.
  var selectableSteps: [String] {
    guard let plan = targetPlan else { return [] }
    var ids = (plan.done + plan.underWay + plan.dropped).map(\.id)
    var seen = Set(ids)
    for week in plan.weeks {
      for allocation in week.allocations + week.practice where seen.insert(allocation.item).inserted
      {
        ids.append(allocation.item)
      }
    }
    return ids
  }

  /// The chosen step, or the first one when none is chosen (or it left the plan).
  public var chosenStep: String? {
    let steps = selectableSteps
    if let step = planControls.step, steps.contains(step) { return step }
    return steps.first
  }

  private mutating func moveStep(by offset: Int) -> [Effect] {
    let steps = selectableSteps
    guard !steps.isEmpty else {
      status = .init("No step to choose: the plan is empty.", tone: .warning)
      return []
    }
    let current = chosenStep.flatMap { steps.firstIndex(of: $0) } ?? 0
    let next = planControls.step == nil && offset > 0 ? 0 : current + offset
    planControls.step = steps[min(steps.count - 1, max(0, next))]
    if let line = planLineIndex(of: planControls.step, width: size.width) {
      // Keep the chosen step in view.
      if line < planControls.scroll || line >= planControls.scroll + planBodyRows {
        planControls.scroll = max(0, min(line - 1, planLineCount - planBodyRows))
      }
    }
    return []
  }

  /// Marks the chosen step: a second press of the same key takes the mark back.
  private mutating func markStep(_ status: StepProgress.Status, now: Date) -> [Effect] {
    guard let id = chosenStep, let item = targetPlan?.item(id) else {
      self.status = .init("Choose a step with [ and ] first.", tone: .warning)
      return []
    }
    planControls.step = id
    beginProgress()
    let previous = assessment.progress[id]
    if previous?.status == status {
      // The same key again takes the mark back; logged hours stay, as a step under way.
      let logged = previous?.minutes ?? 0
      if status == .inProgress && logged > 0 {
        self.status = .init(
          "\(item.title) is under way with \(PlanText.hours(minutes: logged)) logged; d marks it "
            + "done, x drops it.")
        return []
      }
      assessment.progress[id] =
        logged > 0 && status != .inProgress
        ? StepProgress(status: .inProgress, minutes: logged, updated: now) : nil
      self.status = .init("\(item.title): mark taken back.")
      return [.save(assessment)]
    }
    assessment.progress[id] = StepProgress(
      status: status, minutes: previous?.minutes ?? 0, updated: now)
    switch status {
    case .done:
      let current = assessment.level(of: item.skill) ?? 0
      if current < item.toLevel {
        confirming = .rerate(skill: item.skill, level: item.toLevel)
        self.status = .init(
          "Done: \(item.title). Press y to rate \(item.name) \(item.toName) now, with the "
            + "milestone as your evidence.")
      } else {
        self.status = .init("Done: \(item.title).")
      }
    case .inProgress: self.status = .init("Under way: \(item.title). H logs an hour.")
    case .dropped:
      self.status = .init(
        "Dropped: \(item.title). The plan goes on without it; x again takes it back.",
        tone: .warning)
    }
    return [.save(assessment)]
  }

  /// Logs an hour on the chosen step, which is then under way.
  private mutating func logHour(now: Date) -> [Effect] {
    guard let id = chosenStep, let item = targetPlan?.item(id) else {
      status = .init("Choose a step with [ and ] first.", tone: .warning)
      return []
    }
    planControls.step = id
    beginProgress()
    let previous = assessment.progress[id]
    let minutes = (previous?.minutes ?? 0) + 60
    let kept = previous?.status == .done || previous?.status == .dropped ? previous?.status : nil
    assessment.progress[id] = StepProgress(
      status: kept ?? .inProgress, minutes: minutes, updated: now)
    status = .init(
      "\(item.title): \(PlanText.hours(minutes: minutes)) logged of about "
        + "\(PlanText.hours(minutes: item.estimateMinutes)).")
    return [.save(assessment)]
  }

  /// Notes the day progress began, once: what is overdue is measured from it.
  private mutating func beginProgress() {
    if assessment.preferences.planSince == nil { assessment.preferences.planSince = today.iso }
  }

  /// Since progress began: the week of the plan this is, and the steps that a plan made that
  /// day (same settings, nothing marked) would have finished by now but are neither done nor
  /// dropped.
  public var planPace: (week: Int, since: CalendarDay, overdue: [PlanItem])? {
    if let known = freshDerived?.pace.value { return known }
    return computePace()
  }

  /// Computes ``planPace``: a second plan, made as on the day progress began.
  func computePace() -> Derived.Pace? {
    guard let since = assessment.preferences.planSince.flatMap(CalendarDay.init(iso:)),
      since < today, let report = targetReport
    else { return nil }
    let options = assessment.preferences.planOptions(start: since)
    guard let baseline = try? Planner.plan(for: report, framework: framework, options: options)
    else { return nil }
    let week = (today.dayNumber - since.dayNumber) / 7 + 1
    let overdue = baseline.items.filter { item in
      guard item.planned, let last = item.lastWeek else { return false }
      let settled = assessment.progress[item.id].map { $0.status != .inProgress } ?? false
      return baseline.lastDay(ofWeek: last) < today && !settled
    }
    return (week, since, overdue)
  }

  /// Rates a skill at the level a finished step reached, with its milestone as the note.
  private mutating func rerate(_ skill: String, _ level: Int, now: Date) -> [Effect] {
    let milestone = targetPlan?.item("\(skill)@\(level)")?.milestone
    assessment.answer(skill, .level(level), at: now)
    if let milestone {
      let old = assessment.ratings[skill]?.note.map { $0 + " · " } ?? ""
      assessment.setNote(skill, old + "Evidence: " + milestone, at: now)
    }
    let name = framework.skill(skill)?.name ?? skill
    status = .init("\(name) is now rated \(framework.scale.name(of: level)); the plan moves on.")
    return [.save(assessment)]
  }

  /// Takes new plan settings: kept with the assessment (and saved), the plan recomputed.
  private mutating func change(_ options: PlanOptions) -> [Effect] {
    guard options != planOptions else {
      status = .init(
        "\(planControls.selected.label.capitalized) is at its limit "
          + "(\(PlanControls.value(options, planControls.selected))).", tone: .warning)
      return []
    }
    planStart = options.start
    assessment.preferences.keep(options)
    clampScrolling()
    // Kept with the assessment, so the plan is the same next time.
    return [.save(assessment)]
  }
}
