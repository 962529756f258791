/// The plan's answer in a few sentences, the same on the screen, in the CLI and in every export.
public enum PlanSummary {
  /// The horizon in one sentence: `Next 12 weeks: 96 h of study on 5 skills, and 1 practice
  /// step at work.`
  public static func horizon(_ plan: StudyPlan) -> String {
    let skills = Set(
      plan.studyItems.filter {
        $0.planned && ($0.firstWeek ?? Int.max) <= plan.options.horizonWeeks
      }
      .map(\.skill)
    ).count
    let practice = plan.practiceItems.filter {
      $0.planned && ($0.firstWeek ?? Int.max) <= plan.options.horizonWeeks
    }.count
    let weeks = plan.options.horizonWeeks
    var text =
      "Next \(weeks == 1 ? "week" : "\(weeks) weeks"): "
      + "\(PlanText.hours(minutes: plan.horizonMinutes)) of study on "
      + "\(skills == 1 ? "1 skill" : "\(skills) skills")"
    if practice > 0 {
      text += ", and \(practice == 1 ? "1 practice step" : "\(practice) practice steps") at work"
    }
    return text + "."
  }

  /// When the role stops being blocked: `Every blocking gap closes by week 31 (2027-07-04).`
  public static func ready(_ plan: StudyPlan) -> String {
    guard let week = plan.readyWeek else {
      return "Some blocking gaps are not planned."
    }
    guard week > 0 else { return "No gap blocks the role." }
    let date = plan.lastDay(ofWeek: week).iso
    let note = week > plan.options.horizonWeeks ? ", after the horizon" : ""
    return "Every blocking gap closes by week \(week) (\(date)\(note))."
  }

  /// The whole role, honestly: `The whole role: about 20 months at 8 h a week (702 h of study,
  /// plus 140 h of practice at work).`
  public static func wholeRole(_ plan: StudyPlan) -> String {
    guard plan.wholeRoleWeeks > 0 else { return "Nothing to study: every requirement is met." }
    let hours = PlanText.hours(Double(plan.options.budgetMinutes) / 60)
    var text =
      "The whole role: \(PlanText.duration(plan.wholeRoleWeeks)) at \(hours) h a week "
      + "(\(PlanText.hours(minutes: plan.totalMinutes)) of study"
    if plan.practiceMinutes > 0 {
      text += ", plus \(PlanText.hours(minutes: plan.practiceMinutes)) of practice at work"
    }
    return text + ")."
  }

  /// What comes after the horizon and what is left out: `Later: 37 steps (612 h) after week 12.`
  public static func later(_ plan: StudyPlan) -> String? {
    var parts: [String] = []
    let later = plan.later
    if !later.isEmpty {
      let hours = later.filter { !$0.isPractice }.reduce(0) { $0 + $1.minutes }
      let study =
        hours > 0 ? " (\(PlanText.hours(minutes: hours)) of study)" : " (practice at work)"
      parts.append(
        "Later: \(later.count == 1 ? "1 step" : "\(later.count) steps")\(study) after week "
          + "\(plan.options.horizonWeeks).")
    }
    let left = plan.leftOut
    if !left.isEmpty {
      parts.append(
        "Blocking gaps only: \(left.count == 1 ? "1 step" : "\(left.count) steps") of the rest of "
          + "the role are left out.")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The settings in one line: `8 h a week · Mon–Fri from 18:00 · sessions up to 2 h · at most
  /// 3 h a day`.
  public static func settings(_ options: PlanOptions) -> String {
    "\(PlanText.hours(options.hoursPerWeek)) h a week · \(CalendarTime.days(options.studyDays)) "
      + "from \(CalendarTime.clock(options.sessionStart)) · sessions up to "
      + "\(PlanText.hours(options.sessionHours)) h · at most \(PlanText.hours(options.dailyHours)) "
      + "h a day" + (options.blockingOnly ? " · blocking gaps only" : "")
  }

  /// Every sentence, in reading order: the horizon, readiness, the whole role, later, advice.
  public static func lines(_ plan: StudyPlan) -> [String] {
    var out = [horizon(plan), ready(plan), wholeRole(plan)]
    if let later = later(plan) { out.append(later) }
    out += plan.advice.map(\.message)
    return out
  }

  /// How a week's share of a step reads: `4 h, week 2 of 4` or `4 h`.
  public static func share(_ allocation: Allocation, of item: PlanItem) -> String {
    var text = PlanText.hours(minutes: allocation.minutes)
    if item.isPractice { text += " at work" }
    if allocation.parts > 1 { text += ", week \(allocation.part) of \(allocation.parts)" }
    return text
  }
}
