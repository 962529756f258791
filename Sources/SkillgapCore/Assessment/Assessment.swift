import Foundation

/// A person's self-assessment against one framework: an answer per skill, and a target role.
///
/// Saved as a JSON document with a schema version (see ``AssessmentDocument``). Time is always
/// passed in; nothing here reads the clock.
public struct Assessment: Sendable, Equatable {
  /// The framework's id.
  public var frameworkID: String
  /// The framework's version when the assessment was last saved.
  public var frameworkVersion: String
  /// When the assessment was started.
  public var created: Date
  /// When an answer last changed.
  public var updated: Date
  /// The id of the role the person aims at, or nil to decide later.
  public var target: String?
  /// The answers, by skill id.
  public var ratings: [String: Rating]
  /// Choices made in the app (hours per week, export formats and path), so coming back finds
  /// them as they were left. They change neither the answers nor ``updated``.
  public var preferences = Preferences()
  /// Progress on the steps of the plan, by step id (`pytorch@3`). It changes neither the
  /// answers nor ``updated``.
  public var progress: [String: StepProgress] = [:]
  /// Knowledge checks taken, by skill id: the latest check of each skill, finished or under
  /// way. They change neither the answers nor ``updated``.
  public var checks: [String: KnowledgeCheck] = [:]

  /// Choices made in the app that are kept with the assessment.
  public struct Preferences: Sendable, Equatable, Codable {
    /// Hours of study per week on the plan screen.
    public var hoursPerWeek: Int?
    /// The export formats last chosen, as format names (`markdown`, `ics` …).
    public var exportFormats: [String]?
    /// The export path last used, without extension.
    public var exportPath: String?
    /// Weeks planned in detail.
    public var horizonWeeks: Int?
    /// ISO weekdays to study on (1 Monday … 7 Sunday).
    public var studyDays: [Int]?
    /// When sessions start, as `HH:MM`.
    public var sessionStart: String?
    /// The longest study session, in hours.
    public var sessionHours: Double?
    /// The most study in one day, in hours.
    public var dailyHours: Double?
    /// Whether only the gaps that block the target are planned.
    public var blockingOnly: Bool?
    /// The plan's first day, as `YYYY-MM-DD`, when the person chose one.
    public var planStart: String?
    /// The day the person first marked progress on the plan, as `YYYY-MM-DD`: what is overdue
    /// is measured from it.
    public var planSince: String?
    /// Whether the rating screens hide the target's required level (nil: the app's default).
    public var hideRequirements: Bool?
    /// Whether the assessment walks the skills of optional categories too (nil: it does not).
    public var includeOptional: Bool?

    /// Creates preferences; nil fields keep the app's defaults.
    public init(
      hoursPerWeek: Int? = nil, exportFormats: [String]? = nil, exportPath: String? = nil,
      horizonWeeks: Int? = nil, studyDays: [Int]? = nil, sessionStart: String? = nil,
      sessionHours: Double? = nil, dailyHours: Double? = nil, blockingOnly: Bool? = nil,
      planStart: String? = nil, hideRequirements: Bool? = nil
    ) {
      self.planStart = planStart
      self.hideRequirements = hideRequirements
      self.hoursPerWeek = hoursPerWeek
      self.exportFormats = exportFormats
      self.exportPath = exportPath
      self.horizonWeeks = horizonWeeks
      self.studyDays = studyDays
      self.sessionStart = sessionStart
      self.sessionHours = sessionHours
      self.dailyHours = dailyHours
      self.blockingOnly = blockingOnly
    }

    /// The plan settings kept here, each brought within what a plan accepts (a hand-edited file
    /// may hold anything); what is not kept takes the default.
    /// - Parameter start: The plan's first day.
    /// - Returns: Options that always validate.
    public func planOptions(start: CalendarDay) -> PlanOptions {
      func clamp(_ value: Double?, _ range: ClosedRange<Double>, _ fallback: Double) -> Double {
        guard let value, value.isFinite else { return fallback }
        return min(max(value, range.lowerBound), range.upperBound)
      }
      let days = (studyDays ?? []).filter { (1...7).contains($0) }
      let clock = sessionStart.flatMap(Self.minutes(clock:))
      return PlanOptions(
        hoursPerWeek: Double(planHoursPerWeek ?? Int(PlanOptions.defaultHoursPerWeek)),
        start: start,
        horizonWeeks: min(
          max(1, horizonWeeks ?? PlanOptions.defaultHorizonWeeks), PlanOptions.maximumHorizonWeeks),
        sessionHours: clamp(sessionHours, 0.25...12, PlanOptions.defaultSessionHours),
        sessionStart: min(
          max(clock ?? PlanOptions.defaultSessionStart, PlanOptions.earliestStart),
          PlanOptions.latestEnd - 30),
        studyDays: days.isEmpty ? PlanOptions.defaultStudyDays : days,
        dailyHours: clamp(dailyHours, 0.25...12, PlanOptions.defaultDailyHours),
        blockingOnly: blockingOnly ?? false)
    }

    /// Keeps a plan's settings, its first day among them.
    public mutating func keep(_ options: PlanOptions) {
      planStart = options.start.iso
      hoursPerWeek = Int(options.hoursPerWeek.rounded())
      horizonWeeks = options.horizonWeeks
      studyDays = options.studyDays
      sessionStart = CalendarTime.clock(options.sessionStart)
      sessionHours = options.sessionHours
      dailyHours = options.dailyHours
      blockingOnly = options.blockingOnly
    }

    /// Minutes after midnight of a time written `HH:MM` (or `H:MM`), or nil.
    public static func minutes(clock text: String) -> Int? {
      let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]),
        let minutes = Int(parts[1]), (0...23).contains(hours), (0...59).contains(minutes)
      else { return nil }
      return hours * 60 + minutes
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { self == Preferences() }

    /// The saved hours per week brought within what a plan accepts (1 to
    /// ``PlanOptions/maximumHoursPerWeek``), or nil when none were saved. A hand-edited file
    /// may hold anything.
    public var planHoursPerWeek: Int? {
      hoursPerWeek.map { min(max(1, $0), Int(PlanOptions.maximumHoursPerWeek)) }
    }
  }

  /// Creates an empty assessment of a framework.
  public init(framework: Framework, at time: Date, target: String? = nil) {
    self.init(
      frameworkID: framework.id, frameworkVersion: framework.version, created: time,
      updated: time, target: target, ratings: [:])
  }

  /// Creates an assessment from its parts.
  public init(
    frameworkID: String, frameworkVersion: String, created: Date, updated: Date,
    target: String?, ratings: [String: Rating]
  ) {
    self.frameworkID = frameworkID
    self.frameworkVersion = frameworkVersion
    self.created = created
    self.updated = updated
    self.target = target
    self.ratings = ratings
  }

  /// The level rated for a skill, or nil when it is unanswered, skipped or not applicable.
  public func level(of skillID: String) -> Int? {
    if case .level(let value) = ratings[skillID]?.answer { return value }
    return nil
  }

  /// Records an answer, keeping an existing note and ticked indicators.
  public mutating func answer(_ skillID: String, _ answer: Rating.Answer, at time: Date) {
    let kept = ratings[skillID]
    ratings[skillID] = Rating(
      answer: answer, note: kept?.note, ratedAt: time, ticks: kept?.ticks ?? [])
    updated = time
  }

  /// Ticks an "I …" indicator of a skill, or unticks it when it is ticked; the answer is never
  /// changed (a skill not answered yet keeps its ticks without an answer).
  public mutating func toggleTick(_ skillID: String, _ tick: IndicatorTick, at time: Date) {
    var rating = ratings[skillID] ?? Rating(answer: nil, ratedAt: time)
    if rating.ticks.contains(tick) {
      rating.ticks.remove(tick)
    } else {
      rating.ticks.insert(tick)
    }
    ratings[skillID] = rating.isEmpty ? nil : rating
    updated = time
  }

  /// The indicators ticked for a skill.
  public func ticks(of skillID: String) -> Set<IndicatorTick> {
    ratings[skillID]?.ticks ?? []
  }

  /// Sets or clears the note of a skill; an empty note removes it.
  ///
  /// The answer is never changed: a note on an unanswered skill is kept without an answer, and
  /// clearing it leaves the skill as it was before.
  public mutating func setNote(_ skillID: String, _ note: String, at time: Date) {
    let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
    var rating = ratings[skillID] ?? Rating(answer: nil, note: nil, ratedAt: time)
    rating.note = trimmed.isEmpty ? nil : trimmed
    guard !rating.isEmpty else {
      if ratings[skillID] != nil {
        ratings[skillID] = nil
        updated = time
      }
      return
    }
    ratings[skillID] = rating
    updated = time
  }

  /// Whether a skill has an answer: a level or not applicable. A skipped skill is still to be
  /// assessed, so it counts as unanswered everywhere (the progress, the review's next
  /// unanswered skill, the report's "not assessed").
  public func isAnswered(_ skillID: String) -> Bool {
    switch ratings[skillID]?.answer {
    case .level?, .notApplicable?: return true
    case .skipped?, nil: return false
    }
  }

  /// How many of the framework's skills have an answer (see ``isAnswered(_:)``).
  public func answeredCount(in framework: Framework) -> Int {
    framework.skills.reduce(0) { $0 + (isAnswered($1.id) ? 1 : 0) }
  }

  /// Whether every skill outside the optional categories has an answer: skills of optional
  /// categories never make an assessment incomplete.
  public func isComplete(in framework: Framework) -> Bool {
    framework.skills.allSatisfy { framework.isOptional($0) || isAnswered($0.id) }
  }

  /// The assessment fitted to a framework: ratings of skills it lacks, and levels above its
  /// scale, are dropped and listed.
  /// - Parameter framework: The framework in use, possibly of another version.
  /// - Returns: The fitted assessment and the ids of the skills whose ratings were dropped.
  public func fitted(to framework: Framework) -> (assessment: Assessment, dropped: [String]) {
    var fitted = self
    var dropped: [String] = []
    // Skills are looked at in place by position: `framework.skill(_:)` copies one out, and this
    // runs before a returning person's first frame.
    let skills = framework.skills
    for (id, rating) in ratings {
      var outOfScale = false
      if case .level(let value) = rating.answer { outOfScale = !framework.scale.contains(value) }
      if framework.skillPosition(id) == nil || outOfScale {
        fitted.ratings[id] = nil
        dropped.append(id)
      }
    }
    dropped.sort()
    // Ticks and checks that point past what the skill now has are left out silently: they are
    // evidence, not answers.
    for (id, rating) in fitted.ratings where !rating.ticks.isEmpty {
      guard let position = framework.skillPosition(id) else { continue }
      let kept = rating.ticks.filter {
        $0.index < (skills[position].level($0.level)?.indicators.count ?? 0)
      }
      guard kept.count != rating.ticks.count else { continue }
      fitted.ratings[id]?.ticks = kept
      if fitted.ratings[id]?.isEmpty == true { fitted.ratings[id] = nil }
    }
    fitted.checks = fitted.checks.filter { id, check in
      guard let position = framework.skillPosition(id) else { return false }
      return check.questions.allSatisfy { question in
        skills[position].questions.indices.contains(question)
      }
    }
    if let target, framework.role(target) == nil { fitted.target = nil }
    fitted.frameworkVersion = framework.version
    return (fitted, dropped)
  }
}

/// One answer: a level, skipped, or not applicable, with an optional note of evidence; or only
/// a note, on a skill not answered yet.
public struct Rating: Sendable, Equatable {
  /// What the person answered.
  public enum Answer: Sendable, Equatable, Hashable {
    /// A level of the scale.
    case level(Int)
    /// Not assessed yet; counts as the lowest level in reports and is listed as not assessed.
    case skipped
    /// The skill does not apply to this person; it is left out of reports.
    case notApplicable
  }

  /// The answer, or nil when only a note was written.
  public var answer: Answer?
  /// Evidence: a project, a link.
  public var note: String?
  /// When the answer was given.
  public var ratedAt: Date
  /// The "I …" indicators the person ticked as holding: evidence for the answer.
  public var ticks: Set<IndicatorTick>

  /// Creates a rating.
  public init(
    answer: Answer?, note: String? = nil, ratedAt: Date, ticks: Set<IndicatorTick> = []
  ) {
    self.answer = answer
    self.note = note
    self.ratedAt = ratedAt
    self.ticks = ticks
  }

  /// Whether the rating holds nothing: no answer, no note, no tick.
  public var isEmpty: Bool { answer == nil && note == nil && ticks.isEmpty }
}
