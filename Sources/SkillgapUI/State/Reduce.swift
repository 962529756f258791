import Foundation
import SkillgapCore

/// Applies an action to the state and returns what the runner must do.
///
/// Pure: the time is passed in, effects are values, and the same state and action always give
/// the same result.
/// - Parameters:
///   - state: The state to change.
///   - action: What happened.
///   - now: The current time, stamped on answers.
/// - Returns: The effects to carry out, in order.
public func reduce(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
  let effects = apply(action, to: &state, now: now)
  state.refreshDerived()
  return effects
}

private func apply(_ action: Action, to state: inout AppState, now: Date) -> [Effect] {
  switch action {
  case .terminalResized(let size):
    state.size = size
    state.clampScrolling()
    return []
  case .saveFailed(let reason):
    state.unsavedReason = reason
    // While asking whether to quit anyway, the question stays on screen.
    if state.confirming != .quit {
      state.status = .init(
        "Answers cannot be saved: \(reason). Quit and choose a folder with --data-dir.",
        tone: .bad)
    }
    return []
  case .snapshotTaken(let snapshot):
    state.snapshots.append(snapshot)
    return []
  case .snapshotReplaced(let snapshot):
    state.snapshots.removeLast(state.snapshots.isEmpty ? 0 : 1)
    state.snapshots.append(snapshot)
    return []
  case .snapshotWithdrawn:
    state.snapshots.removeLast(state.snapshots.isEmpty ? 0 : 1)
    return []
  case .saved:
    state.unsavedReason = nil
    if state.confirming == .quit { state.confirming = nil }
    state.status = .init("Saved again; every answer is kept.")
    return []
  case .exportFinished(let outcome):
    state.finishExport(outcome)
    return []
  case .terminationRequested:
    return state.finalEffects
  case .mouse(let event):
    guard state.size.isUsable else { return [] }
    return state.handleMouse(event, now: now)
  case .keyPressed(let key):
    return state.handleKey(key, now: now)
  }
}

extension AppState {
  /// Whether there is anything to save: an untouched assessment is never written.
  var worthSaving: Bool { !assessment.ratings.isEmpty || assessment.target != nil }

  /// Whether answers would be lost on quitting: there are some, and saving them failed.
  public var hasUnsavedAnswers: Bool { unsavedReason != nil && worthSaving }

  /// Saving once more on the way out costs little and covers a save that failed earlier.
  var finalEffects: [Effect] {
    (worthSaving ? [.save(assessment)] : []) + [.quit]
  }

  /// Quits, unless answers are unsaved: then the first `q` says so and tries to save again, and
  /// a second `q` quits anyway.
  mutating func quit() -> [Effect] {
    if let reason = unsavedReason, hasUnsavedAnswers, confirming != .quit {
      confirming = .quit
      status = .init(
        "Your latest answers are not saved (\(reason)). Press q again to quit without them.",
        tone: .bad)
      return [.save(assessment)]
    }
    confirming = nil
    return finalEffects
  }

  /// Handles a key; a confirmation the key neither set nor answered is dropped.
  mutating func handleKey(_ key: Key, now: Date) -> [Effect] {
    let waiting = confirming
    let effects = dispatchKey(key, now: now)
    if confirming == waiting { confirming = nil }
    return effects
  }

  private mutating func dispatchKey(_ key: Key, now: Date) -> [Effect] {
    if key == .control("c") { return finalEffects }
    if key == .control("l") { return [.repaint] }
    // Raw mode turns off the terminal's own Ctrl-Z, so the app suspends itself, from anywhere
    // (a line being edited keeps its text and cursor).
    if key == .control("z") { return [.suspend] }
    guard size.isUsable else {
      return key == .character("q") || key == .escape && overlay == nil ? finalEffects : []
    }
    if overlay != nil { return handleOverlayKey(key, now: now) }
    if mode == .export && export.editingPath { return handleExportKey(key, now: now) }
    status = nil
    switch key {
    case .character("?"):
      overlay = .help(top: 0)
      return []
    case .character("q"):
      return quit()
    case .escape:
      goBack()
      return []
    default:
      break
    }
    switch mode {
    case .start: return handleStartKey(key, now: now)
    case .rate: return handleRateKey(key, now: now)
    case .review: return handleReviewKey(key, now: now)
    case .report: return handleReportKey(key)
    case .roles: return handleRolesKey(key, now: now)
    case .plan: return handlePlanKey(key, now: now)
    case .progress: return handleProgressKey(key)
    case .check: return handleCheckKey(key, now: now)
    case .export: return handleExportKey(key, now: now)
    }
  }

  /// Keys that open another screen from the rating, review, report and plan screens.
  mutating func handleNavigationKey(_ key: Key) -> Bool {
    switch key {
    case .character("r"): open(.review)
    case .character("v"): open(.report)
    case .character("p"): open(.plan)
    case .character("e"): open(.export)
    case .character("m"): open(.progress)
    case .character("t"): openTargets()
    default: return false
    }
    return true
  }

  /// Returns to the screen shown before this one (or its parent when there is no history).
  mutating func goBack() {
    guard let previous = history.popLast() ?? mode.parent else { return }
    let saved = history
    open(previous)
    history = saved
  }

  /// Shows a screen, placing its cursor sensibly, and remembers the current one for Esc.
  mutating func open(_ next: Mode) {
    if next != mode {
      history.removeAll { $0 == next }
      history.append(mode)
      if history.count > 16 { history.removeFirst() }
    }
    switch next {
    case .rate:
      highlight = currentLevel ?? 0
      ratingFromReview = false
    case .review:
      review.selected = min(skillIndex, max(0, framework.skills.count - 1))
      review.scroll(visible: reviewTableRows, count: framework.skills.count)
    case .export:
      export.outcome = nil
      export.pathBeforeEditing = nil
    default:
      break
    }
    mode = next
    clampScrolling()
  }

  mutating func openTargets() {
    let index = assessment.target.flatMap { id in framework.roles.firstIndex { $0.id == id } }
    overlay = .targets(selection: index ?? framework.roles.count)
  }

  /// Records an answer for the current skill and moves on.
  mutating func answer(_ answer: Rating.Answer, now: Date) -> [Effect] {
    guard let skill = currentSkill else { return [] }
    let previous = assessment.ratings[skill.id]?.answer
    assessment.answer(skill.id, answer, at: now)
    if !advanceQuickPass(changed: previous != answer) { advance() }
    if case .level(let value) = answer { noteRating(skill, value) }
    // Skipping or setting aside an answered skill drops its answer: say so, and how to go back.
    if let previous, previous != answer, answer == .skipped || answer == .notApplicable {
      status = .init(
        "\(skill.name) was \(describe(previous)) and is now \(describe(answer)); ← goes back.",
        tone: .warning)
    }
    return [.save(assessment)]
  }

  /// After a rating: says when it is above what its own ticks support, else offers a knowledge
  /// check for a rating at the higher levels of a skill with questions. Never blocking.
  mutating func noteRating(_ skill: Skill, _ value: Int) {
    let scale = framework.scale
    let offer =
      value >= CheckScreen.offerFrom(scale) && !questions(for: skill).isEmpty
      && assessment.checkStatus(of: skill) == .notChecked
    check.offered = offer ? skill.id : nil
    let ticks = assessment.ticks(of: skill.id)
    let supported = framework.levelRule.supportedLevel(of: skill, ticks: ticks, scale: scale)
    // The last answer of the walk: what the end says comes first, the note after it.
    let end = mode == .review && !ratingFromReview ? reachedTheEndStatus.text + " " : ""
    if !ticks.isEmpty, value > supported {
      status = .init(
        end + "\(skill.name): \(scale.name(of: value)) is above what your ticks support "
          + "(\(scale.name(of: supported))); kept, you decide"
          + (offer ? ". K checks it with a few questions." : ". The review lists it."),
        tone: .warning)
    } else if offer {
      status = .init(
        end + "\(skill.name) rated \(scale.name(of: value)): K checks it with a few questions.")
    }
  }

  /// An answer in words: the level's name, "skipped" or "not applicable".
  func describe(_ answer: Rating.Answer) -> String {
    switch answer {
    case .level(let value): return framework.scale.name(of: value)
    case .skipped: return "skipped"
    case .notApplicable: return "not applicable"
    }
  }

  /// Goes to the next skill, or to the review after the last one or when rating from it.
  mutating func advance() {
    let next = nextWalkedIndex(after: skillIndex)
    guard !ratingFromReview, let next else {
      open(.review)
      if !ratingFromReview { status = reachedTheEndStatus }
      return
    }
    skillIndex = next
    highlight = currentLevel ?? 0
  }

  /// The next skill the walk goes through after `index` (optional categories only when opted
  /// in), or nil after the last.
  func nextWalkedIndex(after index: Int) -> Int? {
    framework.skills.indices.first { $0 > index && isWalked($0) }
  }

  /// The walk's skill before `index`, or nil before the first.
  func previousWalkedIndex(before index: Int) -> Int? {
    framework.skills.indices.last { $0 < index && isWalked($0) }
  }

  /// What the review says on reaching the last skill: the report when every skill has an
  /// answer, else how many are still to answer (jumped over or skipped) and how to reach them.
  var reachedTheEndStatus: Status {
    let left = unansweredCount
    guard left > 0 else { return .init("Every skill has an answer: v for the report.") }
    let skills = left == 1 ? "1 skill has" : "\(left) skills have"
    return .init(
      "The last skill: \(skills) no answer yet; u goes to the next one, v shows the report.",
      tone: .warning)
  }

  /// Keeps every scroll offset within its content after a resize or a change of content.
  /// The report and the plan are measured only on their own screens (opening one clamps it).
  mutating func clampScrolling() {
    // Derived results first: the review's rows depend on its warnings, which would otherwise
    // be computed once for the rows and again for the memo.
    refreshDerived()
    // Each table is clamped on its own screen (opening one clamps it too): the review's rows
    // depend on the consistency warnings, a pass over every answer that no other screen needs.
    if mode == .review { review.scroll(visible: reviewTableRows, count: framework.skills.count) }
    if mode == .roles { roles.scroll(visible: reviewVisibleRows, count: framework.roles.count) }
    if mode == .report { reportScroll = max(0, min(reportScroll, reportLineCount - bodyRows)) }
    if mode == .plan {
      planControls.scroll = max(0, min(planControls.scroll, planLineCount - planBodyRows))
    }
    switch overlay {
    case .help(let top):
      overlay = .help(top: max(0, min(top, helpEntries.count - helpVisibleRows)))
    case .levels(let top):
      overlay = .levels(top: LevelSheet(self).clamped(top))
    default: break
    }
  }

  /// Rows between the title bar and the footer.
  var bodyRows: Int { max(1, size.height - 2) }

  /// Rows of a table below its header line.
  var reviewVisibleRows: Int { max(1, size.height - 3) }

  /// Rows of the review table: one less than a table's when a line of consistency warnings
  /// is drawn below it.
  var reviewTableRows: Int {
    max(1, reviewVisibleRows - (consistencyWarnings.isEmpty ? 0 : 1))
  }
}
