import Foundation

/// Everything an export shows: the framework, the gap report of one role, the ranking of every
/// role, and optionally the study plan for the reported role.
public struct Results: Sendable, Equatable, Codable {
  /// The framework the results were made against.
  public var framework: FrameworkHeading
  /// When the ratings last changed (the assessment's `updated` time, to the second).
  public var assessedAt: Date
  /// The report of the focus role, or nil for a framework without roles.
  public var report: GapReport?
  /// Every role ranked by readiness.
  public var ranking: RoleRanking
  /// The plan for the reported role, when one was asked for.
  public var plan: StudyPlan?
  /// Readiness for the focus role at each dated snapshot, oldest first; nil without history.
  public var readinessHistory: [ReadinessPoint]?
  /// The focus role's description, years and pay bands; nil without a focus role.
  public var role: RoleFacts?
  /// Ratings that do not fit the others, with why and how to fix them (never blocking).
  public var warnings: [ConsistencyWarning] = []
  /// What the knowledge checks say about the ratings; nil when no rating can be checked.
  public var calibration: Calibration?

  /// Creates results from their parts.
  public init(
    framework: FrameworkHeading, assessedAt: Date, report: GapReport?, ranking: RoleRanking,
    plan: StudyPlan?
  ) {
    self.framework = framework
    self.assessedAt = Date(timeIntervalSince1970: assessedAt.timeIntervalSince1970.rounded(.down))
    self.report = report
    self.ranking = ranking
    self.plan = plan
  }

  /// Computes the results of an assessment.
  ///
  /// The focus role is `target` when given, else the closest next step of the ranking, else
  /// the best-ranked role.
  /// - Parameters:
  ///   - framework: The framework.
  ///   - assessment: The person's answers, fitted to the framework.
  ///   - target: The role to report on, or nil to pick the closest next step.
  ///   - plan: Options for a plan of the focus role, or nil for no plan.
  ///   - history: Earlier snapshots of the assessment, for readiness over time.
  /// - Returns: The results.
  /// - Throws: ``GapEngine/EngineError`` for an unknown target; ``PlanOptions/OptionsError``
  ///   for options that cannot make a plan.
  public static func make(
    framework: Framework, assessment: Assessment, target: String?, plan: PlanOptions?,
    history: [Snapshot] = []
  ) throws -> Results {
    let engine = GapEngine(framework: framework)
    let report = try target.map { try engine.report(for: $0, assessment: assessment) }
    let ranking = RoleRanking.rank(engine, assessment: assessment, target: target)
    let focus =
      report
      ?? (ranking.nextStep ?? ranking.entries.first?.role.id).flatMap {
        try? engine.report(for: $0, assessment: assessment)
      }
    let studyPlan = try plan.flatMap { options in
      try focus.map {
        try Planner.plan(
          for: $0, framework: framework, options: options, progress: assessment.progress)
      }
    }
    var results = Results(
      framework: FrameworkHeading(framework), assessedAt: assessment.updated, report: focus,
      ranking: ranking, plan: studyPlan)
    results.role = focus.flatMap { framework.role($0.role.id) }.map(RoleFacts.init)
    if let role = focus?.role.id {
      let points = history.compactMap { snapshot in
        snapshot.readiness[role].map { ReadinessPoint(taken: snapshot.taken, percent: $0) }
      }
      results.readinessHistory = points.isEmpty ? nil : points
    }
    results.warnings = ConsistencyWarning.warnings(
      framework: framework, assessment: assessment, target: target.flatMap(framework.role))
    let calibration = Calibration(framework: framework, assessment: assessment)
    results.calibration = calibration.entries.isEmpty ? nil : calibration
    return results
  }
}

/// The identity of a framework as exports show it.
public struct FrameworkHeading: Sendable, Equatable, Codable {
  /// The framework's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its content version.
  public var version: String

  /// Creates a heading from its parts.
  public init(id: String, title: String, version: String) {
    self.id = id
    self.title = title
    self.version = version
  }

  /// The heading of a framework.
  public init(_ framework: Framework) {
    self.init(id: framework.id, title: framework.title, version: framework.version)
  }
}

/// Readiness for one role at one snapshot.
public struct ReadinessPoint: Sendable, Equatable, Codable {
  /// When the snapshot was taken.
  public var taken: Date
  /// Readiness, in percent.
  public var percent: Int

  /// Creates a point.
  public init(taken: Date, percent: Int) {
    self.taken = Date(timeIntervalSince1970: taken.timeIntervalSince1970.rounded(.down))
    self.percent = percent
  }
}
