/// A job a person may aim at, with the level it needs in each skill.
public struct Role: Sendable, Equatable, Codable {
  /// A stable id, such as `ml-engineer-senior`.
  public var id: String
  /// The title shown to people.
  public var title: String
  /// The career track the role is on; seniority is compared within a track.
  public var track: String
  /// The rank on the track, 1 for the first rung.
  public var seniority: Int
  /// Typical years of experience.
  public var years: YearsRange?
  /// Pay, one band per source figure; sources that disagree each keep their band.
  public var pay: [PayBand]
  /// The domain a variant role asks depth in (`applied-llm`), nil for a role without domains.
  public var domain: String?
  /// What the role does, in a few sentences.
  public var summary: String
  /// Ids of the sources the role's facts come from.
  public var sources: [String]
  /// What the role needs, in file order.
  public var requirements: [Requirement]

  /// Creates a role.
  public init(
    id: String, title: String, track: String, seniority: Int, years: YearsRange? = nil,
    pay: [PayBand] = [], domain: String? = nil, summary: String = "", sources: [String] = [],
    requirements: [Requirement]
  ) {
    self.id = id
    self.title = title
    self.track = track
    self.seniority = seniority
    self.years = years
    self.pay = pay
    self.domain = domain
    self.summary = summary
    self.sources = sources
    self.requirements = requirements
  }

  /// The requirement for a skill, if the role has one.
  public func requirement(for skillID: String) -> Requirement? {
    requirements.first { $0.skill == skillID }
  }
}

/// The level a role needs in one skill, and how much it matters.
public struct Requirement: Sendable, Equatable, Codable {
  /// The skill's id.
  public var skill: String
  /// The required level's value.
  public var level: Int
  /// The importance kind's id.
  public var importance: String

  /// Creates a requirement.
  public init(skill: String, level: Int, importance: String) {
    self.skill = skill
    self.level = level
    self.importance = importance
  }
}
