/// Every role of a framework ranked by readiness, and the closest next step on the person's
/// track.
///
/// - The ranking orders roles by readiness, then ready before not, then fewer blocking gaps, then
///   lower seniority, then framework order.
/// - The person's **track** is the target role's track when there is a target, otherwise the
///   track of the first role in the ranking.
/// - The person's **current rung** is the most senior role on that track they are ready for.
/// - The **next step** is the least senior role on the track above the current rung (the first
///   rung when they are ready for none); among roles of equal seniority, the more ready one,
///   then framework order. There is none at the top of the track.
public struct RoleRanking: Sendable, Equatable, Codable {
  /// The roles, best fit first.
  public var entries: [RoleStanding]
  /// The track the next step is looked for on, or nil for a framework without roles.
  public var track: String?
  /// The id of the most senior role on the track the person is ready for, if any.
  public var currentRole: String?
  /// The id of the closest next step on the track, or nil at the top.
  public var nextStep: String?

  /// Creates a ranking from its parts.
  public init(
    entries: [RoleStanding], track: String?, currentRole: String?, nextStep: String?
  ) {
    self.entries = entries
    self.track = track
    self.currentRole = currentRole
    self.nextStep = nextStep
  }

  /// The entry of a role.
  public func entry(_ roleID: String) -> RoleStanding? {
    entries.first { $0.role.id == roleID }
  }

  /// Ranks every role of the engine's framework.
  ///
  /// The target is a parameter rather than read from the assessment, so a role chosen for one
  /// run (`--target`) picks the track exactly as a saved target does.
  /// - Parameters:
  ///   - engine: The engine of the framework.
  ///   - assessment: The person's answers.
  ///   - target: The target role, which picks the track when the framework has it; nil for the
  ///     best-ranked role's track.
  /// - Returns: The ranking.
  /// - Complexity: One ``GapEngine/report(for:assessment:)`` per role, plus O(*n* log *n*) to
  ///   sort *n* roles.
  public static func rank(
    _ engine: GapEngine, assessment: Assessment, target: String?
  ) -> RoleRanking {
    let roles = engine.framework.roles
    let standings = roles.enumerated().map { offset, role in
      (offset, RoleStanding(engine.report(for: role, assessment: assessment)))
    }
    let ranked = standings.sorted { lhs, rhs in
      let (a, b) = (lhs.1, rhs.1)
      if a.readiness != b.readiness { return a.readiness > b.readiness }
      if a.isReady != b.isReady { return a.isReady }
      if a.blockers != b.blockers { return a.blockers < b.blockers }
      if a.role.seniority != b.role.seniority { return a.role.seniority < b.role.seniority }
      return lhs.0 < rhs.0
    }.map(\.1)
    let targetTrack = target.flatMap { engine.framework.role($0) }?.track
    guard let track = targetTrack ?? ranked.first?.role.track else {
      return RoleRanking(entries: ranked, track: nil, currentRole: nil, nextStep: nil)
    }
    // Framework order within the track keeps ties stable.
    let onTrack = standings.map(\.1).filter { $0.role.track == track }
    let current = onTrack.filter(\.isReady).enumerated().max { lhs, rhs in
      let (a, b) = (lhs.element, rhs.element)
      if a.role.seniority != b.role.seniority { return a.role.seniority < b.role.seniority }
      if a.readiness != b.readiness { return a.readiness < b.readiness }
      return lhs.offset > rhs.offset
    }?.element
    let rung = current?.role.seniority ?? Int.min
    let above = onTrack.filter { $0.role.seniority > rung }
    let lowest = above.map(\.role.seniority).min()
    let next = above.filter { $0.role.seniority == lowest }.enumerated().min { lhs, rhs in
      if lhs.element.readiness != rhs.element.readiness {
        return lhs.element.readiness > rhs.element.readiness
      }
      return lhs.offset < rhs.offset
    }?.element
    return RoleRanking(
      entries: ranked, track: track, currentRole: current?.role.id, nextStep: next?.role.id)
  }
}

/// One role's line in the ranking.
public struct RoleStanding: Sendable, Equatable, Codable {
  /// The role.
  public var role: RoleHeading
  /// Readiness, 0 to 1.
  public var readiness: Double
  /// Readiness in whole percent, rounded down.
  public var readinessPercent: Int
  /// Whether no blocking requirement has a gap.
  public var isReady: Bool
  /// How many requirements have a gap.
  public var gaps: Int
  /// How many gaps block the role.
  public var blockers: Int
  /// The sum of the gaps' worth.
  public var weightedGap: Double

  /// Creates a line from its parts.
  public init(
    role: RoleHeading, readiness: Double, readinessPercent: Int, isReady: Bool, gaps: Int,
    blockers: Int, weightedGap: Double
  ) {
    self.role = role
    self.readiness = readiness
    self.readinessPercent = readinessPercent
    self.isReady = isReady
    self.gaps = gaps
    self.blockers = blockers
    self.weightedGap = weightedGap
  }

  /// The line summarising a gap report.
  public init(_ report: GapReport) {
    self.init(
      role: report.role, readiness: report.readiness, readinessPercent: report.readinessPercent,
      isReady: report.isReady, gaps: report.gapIDs.count, blockers: report.blockerIDs.count,
      weightedGap: report.totalWeightedGap)
  }
}
