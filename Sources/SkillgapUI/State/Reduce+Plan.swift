import SkillgapCore

extension AppState {
  /// The plan's settings: the assessment's preferences, starting on the plan's first day.
  public var planOptions: PlanOptions {
    assessment.preferences.planOptions(start: planStart)
  }

  /// Keys of the plan screen: scrolling, choosing a setting (←/→), changing it (+/−), a weekday
  /// digit on the days setting, `b` for blocking gaps only.
  mutating func handlePlanKey(_ key: Key) -> [Effect] {
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
