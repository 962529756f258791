import Foundation
import SkillgapCore

extension AppState {
  mutating func handleStartKey(_ key: Key, now: Date) -> [Effect] {
    let items = startItems
    switch key {
    case .up, .character("k"): startSelection = max(0, startSelection - 1)
    case .down, .character("j"), .tab: startSelection = min(items.count - 1, startSelection + 1)
    case .home, .character("g"): startSelection = 0
    case .end, .character("G"): startSelection = items.count - 1
    case .character("t"): openTargets()
    case .enter, .character(" "):
      guard items.indices.contains(startSelection) else { return [] }
      return activate(items[startSelection], now: now)
    default: break
    }
    return []
  }

  /// The rows of the start menu, which depend on whether there is something to resume.
  public var startItems: [StartItem] {
    var items: [StartItem] = []
    if canResume { items.append(.resume) }
    if canResume && !reassessmentList.isEmpty { items.append(.reassess) }
    // Quick mode comes after the full walk, so Enter on a new start still walks every skill.
    items.append(.startNew)
    if !quickList.isEmpty { items.append(.quick) }
    items += [.target, .hideRequirements]
    if !optionalSkills.isEmpty { items.append(.includeOptional) }
    if !assessment.ratings.isEmpty { items.append(.report) }
    items.append(.quit)
    return items
  }

  mutating func activate(_ item: StartItem, now: Date) -> [Effect] {
    switch item {
    case .reassess:
      startQuickPass()
    case .quick:
      startQuickPass(quick: true)
    case .resume:
      if let index = firstUnansweredIndex {
        skillIndex = index
        open(.rate)
      } else {
        open(.review)
      }
    case .startNew:
      // The walk's first skill: an optional category left out is stepped over.
      skillIndex = framework.skills.indices.first(where: isWalked) ?? 0
      highlight = 0
      guard canResume else {
        open(.rate)
        return []
      }
      guard confirming == .startOver else {
        confirming = .startOver
        status = .init(
          "Press Enter again to start over; the current answers are kept in a dated file.",
          tone: .warning)
        return []
      }
      confirming = nil
      let previous = assessment
      assessment = Assessment(framework: framework, at: now, target: previous.target)
      open(.rate)
      status = .init("Started over; the previous answers are kept in the data folder.")
      return [.startOver(previous: previous, fresh: assessment)]
    case .target:
      openTargets()
    case .hideRequirements:
      hideRequirements.toggle()
      return [.save(assessment)]
    case .includeOptional:
      includeOptional.toggle()
      return worthSaving ? [.save(assessment)] : []
    case .report:
      open(.report)
    case .quit:
      return quit()
    }
    return []
  }

  mutating func handleRateKey(_ key: Key, now: Date) -> [Effect] {
    let highest = framework.scale.highest
    // The check offered after a rating is for the very next key only.
    let offered = check.offered
    check.offered = nil
    switch key {
    case .character(let character) where character.isWholeNumber:
      guard let value = character.wholeNumberValue, value <= highest else {
        status = .init("Levels go from 0 to \(highest).", tone: .warning)
        return []
      }
      highlight = value
      return answer(.level(value), now: now)
    case .up, .character("k"): highlight = max(0, highlight - 1)
    case .down, .character("j"): highlight = min(highest, highlight + 1)
    case .home: highlight = 0
    case .end: highlight = highest
    case .enter: return answer(.level(highlight), now: now)
    case .left, .character("h"), .backspace:
      ratingFromReview = false
      if let previous = previousWalkedIndex(before: skillIndex) {
        skillIndex = previous
        highlight = currentLevel ?? 0
      }
    case .right, .character("l"):
      if let next = nextWalkedIndex(after: skillIndex) {
        skillIndex = next
        highlight = currentLevel ?? 0
      } else {
        open(.review)
      }
    case .character("]"): moveRateTick(by: 1)
    case .character("["): moveRateTick(by: -1)
    case .character(" "):
      if ticking.rate == nil { moveRateTick(by: 0) }
      guard let tick = focusedRateTick else { return [] }
      return toggle(tick, now: now)
    case .character("a"):
      guard let suggested = suggestedLevel else {
        status = .init(
          "Tick the indicators that hold first (Space, [ ]); a then takes the level they support.",
          tone: .warning)
        return []
      }
      highlight = suggested
      return answer(.level(suggested), now: now)
    case .character("K"): return openCheck(offered: offered, now: now)
    case .character("s"): return answer(.skipped, now: now)
    case .character("x"): return answer(.notApplicable, now: now)
    case .character("n"):
      let note = currentSkill.flatMap { assessment.ratings[$0.id]?.note } ?? ""
      overlay = .note(LineEditor(note))
    case .character("/"): overlay = .search(LineEditor(), selection: 0)
    case .character("i"):
      ticking.sheet = nil
      overlay = .levels(top: LevelSheet(self).openingTop(highlight: highlight))
    case .character("c"):
      let category = currentSkill.flatMap { skill in
        framework.categories.firstIndex { $0.id == skill.category }
      }
      overlay = .categories(selection: category ?? 0)
    case .tab:
      hideRequirements.toggle()
      let shown =
        targetRole == nil
        ? "Required levels will show once you choose a target (t)." : "Required levels shown."
      status = .init(hideRequirements ? "Required levels hidden." : shown, tone: .warning)
      return [.save(assessment)]
    default:
      _ = handleNavigationKey(key)
    }
    return []
  }
}

/// A row of the start menu.
public enum StartItem: Sendable, Equatable {
  case reassess, resume, quick, startNew, target, hideRequirements, includeOptional, report, quit
}
