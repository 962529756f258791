/// How far a person is from one role: readiness, every requirement's standing, the gaps in
/// priority order, what blocks the role, strengths, categories and what is not assessed.
///
/// Built by ``GapEngine/report(for:framework:assessment:)``. Every list is in a fixed order, so
/// the same assessment always gives the same report.
public struct GapReport: Sendable, Equatable, Codable {
  /// The role reported on.
  public var role: RoleHeading
  /// The names of the scale's levels, lowest first.
  public var levelNames: [String]
  /// The weighted share of the requirements reached, 0 to 1 (see ``GapEngine``).
  public var readiness: Double
  /// Readiness in whole percent, rounded down, so 100 means every requirement is met.
  public var readinessPercent: Int
  /// Whether no requirement of a blocking importance has a gap.
  public var isReady: Bool
  /// Every requirement of the role, in the role's order.
  public var requirements: [RequirementStanding]
  /// Ids of the skills with a gap, highest priority first.
  public var gapIDs: [String]
  /// Ids of the gaps that block the role, highest priority first.
  public var blockerIDs: [String]
  /// Ids of the skills above their requirement, largest surplus first, then role order.
  public var strengthIDs: [String]
  /// Current against required per category, in framework category order.
  public var categories: [CategoryStanding]
  /// Ids of required skills that are skipped or unanswered (counted as level 0).
  public var notAssessedIDs: [String]
  /// Ids of required skills answered "not applicable" (left out of readiness and gaps).
  public var notApplicableIDs: [String]

  /// Creates a report from its parts.
  public init(
    role: RoleHeading, levelNames: [String], readiness: Double, readinessPercent: Int,
    isReady: Bool, requirements: [RequirementStanding], gapIDs: [String], blockerIDs: [String],
    strengthIDs: [String], categories: [CategoryStanding], notAssessedIDs: [String],
    notApplicableIDs: [String]
  ) {
    self.role = role
    self.levelNames = levelNames
    self.readiness = readiness
    self.readinessPercent = readinessPercent
    self.isReady = isReady
    self.requirements = requirements
    self.gapIDs = gapIDs
    self.blockerIDs = blockerIDs
    self.strengthIDs = strengthIDs
    self.categories = categories
    self.notAssessedIDs = notAssessedIDs
    self.notApplicableIDs = notApplicableIDs
  }

  /// The standing of a required skill.
  public func standing(_ skillID: String) -> RequirementStanding? {
    requirements.first { $0.skill == skillID }
  }

  /// The gaps, highest priority first.
  public var gaps: [RequirementStanding] { lookUp(gapIDs) }

  /// The gaps that block the role, highest priority first.
  public var blockers: [RequirementStanding] { lookUp(blockerIDs) }

  /// The requirements exceeded, largest surplus first.
  public var strengths: [RequirementStanding] { lookUp(strengthIDs) }

  /// The requirements not assessed, in role order.
  public var notAssessed: [RequirementStanding] { lookUp(notAssessedIDs) }

  /// The requirements answered "not applicable", in role order.
  public var notApplicable: [RequirementStanding] { lookUp(notApplicableIDs) }

  /// The highest level of the scale.
  public var highestLevel: Int { max(levelNames.count - 1, 0) }

  /// The sum of every gap's own worth (`weight × gap`).
  public var totalWeightedGap: Double {
    requirements.reduce(0) { $0 + $1.weightedGap }
  }

  private func lookUp(_ ids: [String]) -> [RequirementStanding] {
    let byID = Dictionary(
      requirements.map { ($0.skill, $0) }, uniquingKeysWith: { first, _ in first })
    return ids.compactMap { byID[$0] }
  }
}

/// The identity of a role as reports show it.
public struct RoleHeading: Sendable, Equatable, Codable {
  /// The role's id.
  public var id: String
  /// The role's title.
  public var title: String
  /// The role's track.
  public var track: String
  /// The role's rank on its track.
  public var seniority: Int

  /// Creates a heading from its parts.
  public init(id: String, title: String, track: String, seniority: Int) {
    self.id = id
    self.title = title
    self.track = track
    self.seniority = seniority
  }

  /// The heading of a role.
  public init(_ role: Role) {
    self.init(id: role.id, title: role.title, track: role.track, seniority: role.seniority)
  }
}
