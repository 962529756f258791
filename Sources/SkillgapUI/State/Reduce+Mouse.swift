import Foundation
import SkillgapCore

extension AppState {
  mutating func handleMouse(_ event: MouseEvent, now: Date) -> [Effect] {
    switch event {
    case .wheelUp: return wheel(-3, now: now)
    case .wheelDown: return wheel(3, now: now)
    case .click(let x, let y): return click(x: x, y: y, now: now)
    }
  }

  private mutating func wheel(_ delta: Int, now: Date) -> [Effect] {
    if overlay != nil {
      // The wheel scrolls the panels that scroll, as their keys do.
      let key: Key = delta < 0 ? .up : .down
      switch overlay {
      case .levels:
        for _ in 0..<abs(delta) { _ = handleOverlayKey(key, now: now) }
      case .help where helpEntries.count > helpVisibleRows:
        // A help panel that fits would take the key as "close".
        for _ in 0..<abs(delta) { _ = handleOverlayKey(key, now: now) }
      default: break
      }
      return []
    }
    switch mode {
    case .rate:
      highlight = min(framework.scale.highest, max(0, highlight + delta.signum()))
    case .review:
      review.move(by: delta, count: framework.skills.count, visible: reviewTableRows)
    case .roles:
      roles.move(by: delta, count: framework.roles.count, visible: reviewVisibleRows)
    case .report:
      reportScroll = max(0, min(reportScroll + delta, reportLineCount - bodyRows))
    case .plan:
      planControls.scroll = max(0, min(planControls.scroll + delta, planLineCount - planBodyRows))
    case .progress:
      progressScroll = max(
        0, min(progressScroll + delta, progressLines(width: size.width).count - bodyRows))
    case .start:
      startSelection = min(startItems.count - 1, max(0, startSelection + delta.signum()))
    case .export, .check:
      break
    }
    return []
  }

  private mutating func click(x: Int, y: Int, now: Date) -> [Effect] {
    guard overlay == nil else { return [] }
    switch mode {
    case .rate:
      let layout = rateLayout(width: size.width)
      guard let level = layout.level(atRow: y) else { return [] }
      highlight = level
      return answer(.level(level), now: now)
    case .review:
      let index = review.top + y - 2
      guard y >= 2, framework.skills.indices.contains(index) else { return [] }
      review.selected = index
    case .roles:
      let index = roles.top + y - 2
      guard y >= 2, framework.roles.indices.contains(index) else { return [] }
      roles.selected = index
    case .start:
      let index = y - startMenuRow(self, width: size.width)
      guard startItems.indices.contains(index) else { return [] }
      startSelection = index
      return activate(startItems[index], now: now)
    case .report, .plan, .export, .progress, .check:
      break
    }
    return []
  }
}
