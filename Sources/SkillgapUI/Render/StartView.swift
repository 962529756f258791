import SkillgapCore

/// The first row of the start menu.
func startMenuRow(_ state: AppState, width: Int) -> Int {
  3 + startSummaryLines(state, width: width) + 1
}

/// Lines of the framework summary that leave room for the whole menu.
func startSummaryLines(_ state: AppState, width: Int) -> Int {
  let summary = state.framework.summary.wrapped(to: min(width, 76) - 4)
  let room = state.size.height - 2 - 3 - 1 - state.startItems.count - 1
  return max(1, min(4, summary.count, room))
}

func drawStart(_ state: AppState, _ screen: inout Screen) {
  let framework = state.framework
  let width = min(screen.width, 76)
  let left = max(0, (screen.width - width) / 2)
  screen.put(
    "\(framework.title) (\(framework.version))", x: left + 2, y: 2, tone: .normal, bold: true)
  let summary =
    framework.summary.isEmpty
    ? "\(framework.skills.count) skills in \(framework.categories.count) categories."
    : framework.summary
  drawParagraph(
    summary, x: left + 2, y: 3, width: width - 4,
    maxLines: startSummaryLines(state, width: screen.width), tone: .dim, &screen)

  let answered = state.walkedAnsweredCount
  let total = state.walkedCount
  var y = startMenuRow(state, width: screen.width)
  for (index, item) in state.startItems.enumerated() where y < screen.height - 2 {
    let text: String
    switch item {
    case .reassess:
      let list = state.reassessmentList
      let count = { (reason: ReassessReason) in list.filter { $0.reason == reason }.count }
      var why: [String] = []
      if count(.moved) > 0 { why.append("\(count(.moved)) moved") }
      if count(.stale) > 0 {
        why.append("\(count(.stale)) over \(framework.staleAfterMonths) months old")
      }
      if count(.unanswered) > 0 { why.append("\(count(.unanswered)) unanswered") }
      text =
        why.isEmpty
        ? "Re-assess every skill from your last answers (Enter keeps one)"
        : "Re-assess \(list.count == 1 ? "1 skill" : "\(list.count) skills"): "
          + why.joined(separator: ", ")
    case .resume:
      text = "Resume the assessment: \(answered) of \(total) skills answered"
    case .quick:
      // The count and estimate first: a narrow window cuts the role's name, shown below anyway.
      let count = state.quickList.count
      let minutes = QuickPass.minutes(for: count)
      text =
        "Quick: \(count == 1 ? "1 skill" : "\(count) skills"), about \(minutes) "
        + "minute\(minutes == 1 ? "" : "s") (only what \(state.targetRole?.title ?? "the target") "
        + "requires)"
    case .startNew:
      text =
        state.canResume
        ? "Start a new assessment (the current answers are kept aside)"
        : "Start the assessment: \(total) skills in \(walkedCategories(state)) categories"
    case .target:
      text = "Target role: " + (state.targetRole?.title ?? "decide later")
    case .hideRequirements:
      text =
        (state.hideRequirements ? "[x]" : "[ ]")
        + " Hide the target's required level while rating"
    case .includeOptional:
      let optional = state.optionalSkills
      // Joined by hand: this is the first screen, and the first `joined(separator:)` of a run
      // costs the Swift runtime a look-up across the binary.
      var names = ""
      for category in framework.categories where category.isOptional {
        names += names.isEmpty ? category.name : ", " + category.name
      }
      text =
        (state.includeOptional ? "[x]" : "[ ]") + " Include the optional skills: \(names) "
        + "(\(optional.count == 1 ? "1 skill" : "\(optional.count) skills"), never required)"
    case .report:
      text = "Gap report and study plan"
    case .quit:
      text = "Quit"
    }
    let selected = index == state.startSelection
    // Only the selected row gets the highlight: an unselected row's margin is plain blank cells.
    if selected { screen.put("▸ ", x: left + 2, y: y, tone: .highlight, bold: true) }
    screen.put(text, x: left + 4, y: y, tone: .normal, bold: selected, limit: width - 6)
    if selected { screen.tint(x: left + 2, y: y, width: width - 4, tone: .highlight) }
    y += 1
  }
  y += 1
  if y < screen.height - 2 {
    let quickSelected =
      state.startItems.indices.contains(state.startSelection)
      && state.startItems[state.startSelection] == .quick
    let others = total - answered - state.quickList.count
    let hint =
      quickSelected
      ? "About \(QuickPass.secondsPerSkill) seconds a skill (an estimate of reading a skill and "
        + "its levels and picking one; ticking indicators takes longer). "
        + (others == 1
          ? "The 1 other skill stays unanswered (and is listed so); Resume walks it later."
          : "The \(others) other skills stay unanswered (and are listed so); Resume walks them "
            + "later.")
      : state.hideRequirements
        ? "Rate what you have done, not what the role asks: the required level stays hidden."
        : "The target's required level will be marked beside each skill."
    drawParagraph(
      hint, x: left + 2, y: y, width: width - 4, maxLines: screen.height - 2 - y, tone: .dim,
      &screen)
  }
}

/// The categories the walk goes through: all of them, less the optional ones not opted in to.
func walkedCategories(_ state: AppState) -> Int {
  state.framework.categories.filter { !$0.isOptional || state.includeOptional }.count
}
