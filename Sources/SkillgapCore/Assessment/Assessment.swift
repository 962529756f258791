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

  /// Choices made in the app that are kept with the assessment.
  public struct Preferences: Sendable, Equatable, Codable {
    /// Hours of study per week on the plan screen.
    public var hoursPerWeek: Int?
    /// The export formats last chosen, as format names (`markdown`, `ics` …).
    public var exportFormats: [String]?
    /// The export path last used, without extension.
    public var exportPath: String?

    /// Creates preferences; nil fields keep the app's defaults.
    public init(hoursPerWeek: Int? = nil, exportFormats: [String]? = nil, exportPath: String? = nil)
    {
      self.hoursPerWeek = hoursPerWeek
      self.exportFormats = exportFormats
      self.exportPath = exportPath
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

  /// Records an answer, keeping an existing note unless a new one is given.
  public mutating func answer(_ skillID: String, _ answer: Rating.Answer, at time: Date) {
    let note = ratings[skillID]?.note
    ratings[skillID] = Rating(answer: answer, note: note, ratedAt: time)
    updated = time
  }

  /// Sets or clears the note of a skill; an empty note removes it.
  public mutating func setNote(_ skillID: String, _ note: String, at time: Date) {
    let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
    var rating = ratings[skillID] ?? Rating(answer: .skipped, note: nil, ratedAt: time)
    rating.note = trimmed.isEmpty ? nil : trimmed
    if ratings[skillID] == nil && rating.note == nil { return }
    ratings[skillID] = rating
    updated = time
  }

  /// Whether a skill has an answer: a level or not applicable (a skipped skill is still to be
  /// assessed).
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

  /// The assessment fitted to a framework: ratings of skills it lacks, and levels above its
  /// scale, are dropped and listed.
  /// - Parameter framework: The framework in use, possibly of another version.
  /// - Returns: The fitted assessment and the ids of the skills whose ratings were dropped.
  public func fitted(to framework: Framework) -> (assessment: Assessment, dropped: [String]) {
    var fitted = self
    var dropped: [String] = []
    for id in ratings.keys.sorted() {
      let unknown = framework.skill(id) == nil
      var outOfScale = false
      if case .level(let value) = ratings[id]?.answer {
        outOfScale = !framework.scale.contains(value)
      }
      if unknown || outOfScale {
        fitted.ratings[id] = nil
        dropped.append(id)
      }
    }
    if let target, framework.role(target) == nil { fitted.target = nil }
    fitted.frameworkVersion = framework.version
    return (fitted, dropped)
  }
}

/// One answer: a level, skipped, or not applicable, with an optional note of evidence.
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

  /// The answer.
  public var answer: Answer
  /// Evidence: a project, a link.
  public var note: String?
  /// When the answer was given.
  public var ratedAt: Date

  /// Creates a rating.
  public init(answer: Answer, note: String? = nil, ratedAt: Date) {
    self.answer = answer
    self.note = note
    self.ratedAt = ratedAt
  }
}
