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
  /// Typical pay.
  public var pay: PayRange?
  /// What the role does, in a few sentences.
  public var summary: String
  /// Ids of the sources the role's facts come from.
  public var sources: [String]
  /// What the role needs, in file order.
  public var requirements: [Requirement]

  /// Creates a role.
  public init(
    id: String, title: String, track: String, seniority: Int, years: YearsRange? = nil,
    pay: PayRange? = nil, summary: String = "", sources: [String] = [],
    requirements: [Requirement]
  ) {
    self.id = id
    self.title = title
    self.track = track
    self.seniority = seniority
    self.years = years
    self.pay = pay
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

/// A range of years of experience; `max` is nil for "or more".
public struct YearsRange: Sendable, Equatable, Codable {
  /// The fewest years.
  public var min: Int
  /// The most years, or nil for open-ended.
  public var max: Int?
  /// The id of the source the figure comes from.
  public var source: String?

  /// Creates a range.
  public init(min: Int, max: Int? = nil, source: String? = nil) {
    self.min = min
    self.max = max
    self.source = source
  }

  /// The range as people write it: `0–2 years`, `8+ years`.
  public var text: String {
    if let max, max != min { return "\(min)–\(max) years" }
    if max == nil { return "\(min)+ years" }
    return min == 1 ? "1 year" : "\(min) years"
  }
}

/// A range of pay with its currency, period and source.
public struct PayRange: Sendable, Equatable, Codable {
  /// The lower figure.
  public var min: Int
  /// The upper figure, or nil for "or more".
  public var max: Int?
  /// An ISO 4217 code, such as `USD`.
  public var currency: String
  /// `year` or `hour`.
  public var period: String
  /// The id of the source the figure comes from.
  public var source: String?

  /// Creates a pay range.
  public init(min: Int, max: Int? = nil, currency: String, period: String, source: String? = nil) {
    self.min = min
    self.max = max
    self.currency = currency
    self.period = period
    self.source = source
  }

  /// The range as people write it: `USD 80k–110k a year`.
  public var text: String {
    func short(_ value: Int) -> String {
      value >= 1000 && value % 1000 == 0 ? "\(value / 1000)k" : String(value)
    }
    let upper = max.map { "–" + short($0) } ?? "+"
    return "\(currency) \(short(min))\(upper) a \(period)"
  }
}
