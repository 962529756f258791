import SkillgapCore

/// The plan screen's own state: which setting `+`/`-` change.
///
/// The settings themselves are the assessment's preferences (so they are saved with it and
/// exports and `skillgap plan` use them); this holds only what the screen needs on top.
public struct PlanControls: Sendable, Equatable {
  /// A setting of the plan that the screen can change.
  public enum Control: Int, Sendable, Equatable, CaseIterable {
    case hours, horizon, start, days, time, session, daily, blocking

    /// Its label in the settings row.
    var label: String {
      switch self {
      case .hours: return "hours"
      case .horizon: return "horizon"
      case .start: return "start"
      case .days: return "days"
      case .time: return "from"
      case .session: return "session"
      case .daily: return "a day"
      case .blocking: return "gaps"
      }
    }
  }

  /// The setting `+`/`-` change.
  public var selected: Control = .hours
  /// The plan's scroll offset below the pinned summary, in lines.
  public var scroll = 0
  /// The step that `d`, `s`, `x` and `H` act on (its id), or nil before one is chosen.
  public var step: String?

  /// Creates the screen's state.
  public init(selected: Control = .hours, scroll: Int = 0, step: String? = nil) {
    self.selected = selected
    self.scroll = scroll
    self.step = step
  }

  /// Day presets `+`/`-` step through on the days control.
  static let dayPresets: [[Int]] = [
    [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [1, 3, 5], [2, 4, 6], [6, 7], [1, 2, 3, 4],
  ]

  /// The options with one setting moved one step up (`by` 1) or down (`by` −1), within what a
  /// plan accepts.
  /// - Parameters:
  ///   - options: The current options.
  ///   - control: The setting to change.
  ///   - step: 1 or −1.
  ///   - today: The earliest start day.
  /// - Returns: The changed options (unchanged at a limit).
  static func step(_ options: PlanOptions, _ control: Control, by step: Int, today: CalendarDay)
    -> PlanOptions
  {
    var next = options
    switch control {
    case .hours:
      next.hoursPerWeek = min(
        PlanOptions.maximumHoursPerWeek, max(1, options.hoursPerWeek.rounded() + Double(step)))
    case .horizon:
      next.horizonWeeks = min(
        PlanOptions.maximumHorizonWeeks, max(1, options.horizonWeeks + step * 4))
      if options.horizonWeeks < 4 || (step < 0 && options.horizonWeeks <= 4) {
        next.horizonWeeks = min(
          PlanOptions.maximumHorizonWeeks, max(1, options.horizonWeeks + step))
      }
    case .start:
      let day = options.start.adding(days: step)
      next.start = day < today ? today : day
    case .days:
      let index = dayPresets.firstIndex(of: options.studyDays) ?? -1
      let count = dayPresets.count
      next.studyDays = dayPresets[((index + step) % count + count) % count]
    case .time:
      next.sessionStart = min(
        PlanOptions.latestEnd - 30, max(PlanOptions.earliestStart, options.sessionStart + 30 * step)
      )
    case .session:
      next.sessionHours = min(8, max(0.5, options.sessionHours + 0.5 * Double(step)))
    case .daily:
      next.dailyHours = min(12, max(0.5, options.dailyHours + 0.5 * Double(step)))
    case .blocking:
      next.blockingOnly.toggle()
    }
    return next
  }

  /// A setting's value as the settings row shows it.
  static func value(_ options: PlanOptions, _ control: Control) -> String {
    switch control {
    case .hours: return "\(PlanText.hours(options.hoursPerWeek)) h/week"
    case .horizon:
      return options.horizonWeeks == 1 ? "1 week" : "\(options.horizonWeeks) weeks"
    case .start: return options.start.iso
    case .days: return CalendarTime.days(options.studyDays)
    case .time: return CalendarTime.clock(options.sessionStart)
    case .session: return "≤ \(PlanText.hours(options.sessionHours)) h"
    case .daily: return "≤ \(PlanText.hours(options.dailyHours)) h"
    case .blocking: return options.blockingOnly ? "blocking only" : "all"
    }
  }
}
