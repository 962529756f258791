/// What unusual settings mean for a plan, with a better setting to try.
public enum PlanAdvice: Sendable, Equatable, Codable {
  /// So few hours a week that the plan stretches over years.
  case fewHours(
    hoursPerWeek: Double, weeks: Int, suggested: Double, suggestedWeeks: Int, blockingWeeks: Int)
  /// A full-time load.
  case manyHours(hoursPerWeek: Double, suggested: Double, suggestedWeeks: Int)
  /// The study days cannot hold the hours asked for; what they hold is planned.
  case daysTooShort(askedMinutes: Int, plannedMinutes: Int, days: Int, dailyMinutes: Int)

  /// The advice in one or two sentences.
  public var message: String {
    switch self {
    case .fewHours(let hours, let weeks, let suggested, let suggestedWeeks, let blocking):
      return "At \(PlanText.hours(hours)) h a week the study takes \(PlanText.duration(weeks)), "
        + "and a step of 20 h takes 20 weeks or more. At \(PlanText.hours(suggested)) h a week it "
        + "takes \(PlanText.duration(suggestedWeeks))"
        + (blocking > 0
          ? "; the blocking gaps alone take \(PlanText.duration(blocking)) at "
            + "\(PlanText.hours(hours)) h." : ".")
    case .manyHours(let hours, let suggested, let suggestedWeeks):
      return "\(PlanText.hours(hours)) h a week is a full-time load. If you also work, a plan "
        + "you can keep is nearer \(PlanText.hours(suggested)) h a week (the study then takes "
        + "\(PlanText.duration(suggestedWeeks)))."
    case .daysTooShort(let asked, let planned, let days, let daily):
      return "\(PlanText.hours(Double(asked) / 60)) h a week does not fit into "
        + "\(days == 1 ? "1 study day" : "\(days) study days") of at most "
        + "\(PlanText.hours(Double(daily) / 60)) h, so \(PlanText.hours(Double(planned) / 60)) h "
        + "a week are planned. Add a study day or raise the daily limit."
    }
  }
}

/// Durations and hours as plans say them, shared by the screen and every export.
public enum PlanText {
  /// Hours with at most one decimal: `6`, `2.5`.
  public static func hours(_ hours: Double) -> String {
    let tenths = Int((min(max(hours, 0), 1e12) * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  /// Minutes as hours: `6 h`, `2.5 h`.
  public static func hours(minutes: Int) -> String { hours(Double(minutes) / 60) + " h" }

  /// Weeks as people think of them: `3 weeks`, `about 5 months`, `about 2.5 years`.
  public static func duration(_ weeks: Int) -> String {
    if weeks <= 0 { return "no time" }
    if weeks == 1 { return "1 week" }
    if weeks < 9 { return "\(weeks) weeks" }
    let months = Double(weeks) * 7 / 30.436875
    if months < 23.5 { return "about \(Int(months.rounded())) months" }
    let halfYears = (months / 6).rounded() / 2
    return "about \(hours(halfYears)) years"
  }
}
