import Foundation
import SkillgapCore

extension AppState {
  mutating func handleReviewKey(_ key: Key, now: Date) -> [Effect] {
    let count = framework.skills.count
    let page = reviewTableRows
    switch key {
    case _ where review.handle(key, count: count, visible: page): break
    case .enter:
      guard framework.skills.indices.contains(review.selected) else { return [] }
      skillIndex = review.selected
      open(.rate)
      ratingFromReview = true
    case .character("u"):
      // Skipped skills are not assessed yet: `u` finds them as it finds unanswered ones.
      let (assessment, skills, state) = (assessment, framework.skills, self)
      let unanswered = { (index: Int) in
        state.isWalked(index) && !assessment.isAnswered(skills[index].id)
      }
      let after = framework.skills.indices.dropFirst(review.selected + 1)
      let next = after.first(where: unanswered) ?? framework.skills.indices.first(where: unanswered)
      if let next {
        review.selected = next
        review.scroll(visible: page, count: count)
      } else {
        status = .init("Every skill has an answer.")
      }
    case .character("/"): overlay = .search(LineEditor(), selection: 0)
    case .character("K"): return openCheckPass(now: now)
    default: _ = handleNavigationKey(key)
    }
    return []
  }

  mutating func handleRolesKey(_ key: Key, now: Date) -> [Effect] {
    let count = framework.roles.count
    let page = reviewVisibleRows
    switch key {
    case _ where roles.handle(key, count: count, visible: page): break
    case .enter:
      let ranked = rankedRoleIDs
      guard ranked.indices.contains(roles.selected) else { return [] }
      return setTarget(ranked[roles.selected], now: now, then: .report)
    default: _ = handleNavigationKey(key)
    }
    return []
  }

  mutating func handleReportKey(_ key: Key) -> [Effect] {
    var offset = reportScroll
    if scroll(&offset, key: key, lines: reportLineCount) {
      reportScroll = offset
      return []
    }
    switch key {
    case .character("a"):
      roles.selected = 0
      roles.top = 0
      open(.roles)
    default: _ = handleNavigationKey(key)
    }
    return []
  }

  /// The most study hours a week the plan accepts.
  public static let maximumHoursPerWeek = Int(PlanOptions.maximumHoursPerWeek)

  /// Scrolls a text view of `lines` lines showing `visible` of them (the screen's body unless
  /// given); returns false when the key is not a scrolling key.
  func scroll(_ offset: inout Int, key: Key, lines: Int, visible: Int? = nil) -> Bool {
    let rows = visible ?? bodyRows
    let page = max(1, rows - 1)
    let limit = max(0, lines - rows)
    switch key {
    case .up, .character("k"): offset -= 1
    case .down, .character("j"): offset += 1
    case .pageUp: offset -= page
    case .pageDown, .character(" "): offset += page
    case .home, .character("g"): offset = 0
    case .end, .character("G"): offset = limit
    default: return false
    }
    offset = max(0, min(offset, limit))
    return true
  }

  /// Sets the target role (nil to decide later), saves, and shows `next`.
  mutating func setTarget(_ id: String?, now: Date, then next: Mode? = nil) -> [Effect] {
    assessment.target = id
    assessment.updated = now
    reportScroll = 0
    planControls.scroll = 0
    if let next { open(next) }
    let title = id.flatMap { framework.role($0)?.title }
    status = .init(title.map { "Target: \($0)." } ?? "Target role: decide later.")
    return [.save(assessment)]
  }
}
