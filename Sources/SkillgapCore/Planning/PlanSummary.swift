/// The plan's answer in a few sentences, the same on the screen, in the CLI and in every export.
public enum PlanSummary {
  /// The horizon in one sentence: `Next 12 weeks: 96 h of study on 5 skills, and 1 practice
  /// step at work.`
  public static func horizon(_ plan: StudyPlan) -> String {
    // Read in place: a large plan has thousands of steps, and copying them out was most of
    // this sentence's time.
    var skills: Set<String> = []
    var practice = 0
    for position in plan.items.indices where plan.beginsWithinHorizon(position) {
      if plan.items[position].kind == .practice {
        practice += 1
      } else {
        skills.insert(plan.items[position].skill)
      }
    }
    let weeks = plan.options.horizonWeeks
    var text =
      "Next \(weeks == 1 ? "week" : "\(weeks) weeks"): "
      + "\(PlanText.hours(minutes: plan.horizonMinutes)) of study on "
      + "\(skills.count == 1 ? "1 skill" : "\(skills.count) skills")"
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

  /// What comes after the horizon and what is left out: `After week 12: 40 more steps, and the
  /// rest of 1 under way (782 h of study).`
  public static func later(_ plan: StudyPlan) -> String? {
    var parts: [String] = []
    let horizon = plan.options.horizonWeeks
    let later = plan.laterPositions
    let running = plan.runningPositions
    if !later.isEmpty || !running.isEmpty {
      let hours = plan.plannedMinutes - plan.horizonMinutes
      var text = "After week \(horizon): "
      text +=
        later.isEmpty ? "" : "\(later.count == 1 ? "1 more step" : "\(later.count) more steps")"
      if !running.isEmpty {
        text +=
          (later.isEmpty ? "" : ", and ") + "the rest of "
          + (running.count == 1 ? "1 step" : "\(running.count) steps") + " under way"
      }
      text += hours > 0 ? " (\(PlanText.hours(minutes: hours)) of study)." : " (practice at work)."
      parts.append(text)
    }
    let left = plan.leftOutPositions
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
    let planned =
      options.budgetMinutes < options.minutesPerWeek
      ? "\(PlanText.hours(Double(options.budgetMinutes) / 60)) h a week "
        + "(\(PlanText.hours(options.hoursPerWeek)) asked)"
      : "\(PlanText.hours(options.hoursPerWeek)) h a week"
    return "\(planned) · \(CalendarTime.days(options.studyDays)), "
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

  /// Why a step that no blocking gap of its own asks for comes early: `Comes early: Supervised
  /// learning: Working → Proficient needs it.`
  public static func neededFor(_ item: PlanItem, in plan: StudyPlan) -> String? {
    guard item.forBlocking && !item.blocking else { return nil }
    let names = plan.needing(item).filter(\.forBlocking).map(\.title)
    guard !names.isEmpty else { return nil }
    return
      "Comes early: \(names.joined(separator: "; ")) \(names.count == 1 ? "needs" : "need") it."
  }

  /// A step of the "later" list: `Model serving: Aware → Working · 20 h, about weeks 13–15`, or
  /// for one under way at the horizon's end `… · 18 h left, to week 23`.
  ///
  /// A step whose project another bills names that step by its title in `billing`
  /// (``StudyPlan/billingTitles``), else by its id.
  public static func laterLine(
    _ item: PlanItem, minutesLeft: Int? = nil, billing: [String: String] = [:]
  ) -> String {
    // Gathered as bytes and made a string once: a large plan has thousands of these lines,
    // and appending to a string (or interpolating) cost hundreds of instructions a piece.
    let first = item.firstWeek ?? 0
    let last = item.lastWeek ?? first
    let title = item.title
    var bytes: [UInt8] = []
    bytes.reserveCapacity(title.utf8.count + 64)
    func add(_ text: String) { bytes.append(contentsOf: text.utf8) }
    add(title)
    add(" · ")
    add(PlanText.hours(minutes: minutesLeft ?? item.minutes))
    if item.isPractice { add(" at work") }
    if minutesLeft != nil {
      add(" left, to week ")
      add(String(last))
    } else {
      add(last > first ? ", about weeks " : ", about week ")
      add(String(first))
      if last > first {
        add("–")
        add(String(last))
      }
      if let billed = item.billedIn(billing) {
        add(" (its project is billed in ")
        add(billed)
        add(")")
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// How a week's share of a step reads: `4 h, 2 of 4 weeks` or `4 h`.
  public static func share(_ allocation: Allocation, of item: PlanItem) -> String {
    var text = PlanText.hours(minutes: allocation.minutes)
    if item.isPractice { text += " at work" }
    if allocation.parts > 1 { text += ", \(allocation.part) of \(allocation.parts) weeks" }
    return text
  }
}
