/// A career framework: its rating scale, categories, skills and roles.
///
/// A framework is plain data. It is built by the loading layer from YAML, or decoded from the
/// ready-made form embedded in the binary, and every other part of skillgap reads it.
public struct Framework: Sendable, Equatable, Codable {
  /// A short stable identifier, such as `ml-engineer`.
  public var id: String
  /// The title shown to people.
  public var title: String
  /// The content version; assessments remember it.
  public var version: String
  /// What the framework covers, in a few sentences.
  public var summary: String
  /// The ordered rating scale every skill is rated on.
  public var scale: RatingScale
  /// The kinds of importance a requirement can have, most important first.
  public var importances: [Importance]
  /// Hours of study assumed for a step up to each level, indexed by level value.
  public var hoursPerStep: [Double]
  /// The documents the content takes its facts from.
  public var sources: [Source]
  /// The categories, in the order people walk through them.
  public var categories: [Category]
  /// The skills, grouped by category in category order.
  public var skills: [Skill] {
    didSet { skillPositions = Positions(skills) }
  }
  /// The roles, in file order.
  public var roles: [Role]
  /// Months after which a rating is stale: a re-assessment brings it back (6 unless the
  /// framework says `stale_after_months`).
  public var staleAfterMonths = 6
  /// How a level is reached from its indicators (``LevelRule/standard`` unless the framework
  /// states `level_rule`).
  public var levelRule = LevelRule.standard
  /// Where each skill is in `skills`, for ``skill(_:)``: a ratings file looks up every row.
  private var skillPositions = Positions([])

  private enum CodingKeys: String, CodingKey {
    case id, title, version, summary, scale, importances, hoursPerStep, sources, categories
    case skills, roles, staleAfterMonths, levelRule
  }

  /// Positions by id; it follows from the skills, so it takes no part in comparing frameworks.
  private struct Positions: Sendable, Equatable {
    let index: [String: Int]

    init(_ skills: [Skill]) {
      index = Dictionary(
        skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func == (lhs: Positions, rhs: Positions) -> Bool { true }
  }

  /// Creates a framework from its parts.
  public init(
    id: String, title: String, version: String, summary: String, scale: RatingScale,
    importances: [Importance], hoursPerStep: [Double], sources: [Source],
    categories: [Category], skills: [Skill], roles: [Role]
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.summary = summary
    self.scale = scale
    self.importances = importances
    self.hoursPerStep = hoursPerStep
    self.sources = sources
    self.categories = categories
    self.skills = skills
    self.roles = roles
    skillPositions = Positions(skills)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(String.self, forKey: .id),
      title: try container.decode(String.self, forKey: .title),
      version: try container.decode(String.self, forKey: .version),
      summary: try container.decode(String.self, forKey: .summary),
      scale: try container.decode(RatingScale.self, forKey: .scale),
      importances: try container.decode([Importance].self, forKey: .importances),
      hoursPerStep: try container.decode([Double].self, forKey: .hoursPerStep),
      sources: try container.decode([Source].self, forKey: .sources),
      categories: try container.decode([Category].self, forKey: .categories),
      skills: try container.decode([Skill].self, forKey: .skills),
      roles: try container.decode([Role].self, forKey: .roles))
    staleAfterMonths = try container.decode(Int.self, forKey: .staleAfterMonths)
  }

  /// Where the skill with the given id is in ``skills``, if the framework has one: for reading
  /// one field of it without copying the whole skill.
  /// - Complexity: O(1).
  public func skillPosition(_ id: String) -> Int? { skillPositions.index[id] }

  /// Every skill id's position in ``skills`` (the first, for an id given twice).
  var skillPositionIndex: [String: Int] { skillPositions.index }

  /// The step that reaches `level` of the skill with the given id, read in place (without
  /// copying the skill).
  /// - Complexity: O(1) to find the skill.
  public func step(of id: String, toReach level: Int) -> Step? {
    skillPosition(id).flatMap { skills[$0].step(toReach: level) }
  }

  /// The skill with the given id, if the framework has one.
  /// - Complexity: O(1).
  public func skill(_ id: String) -> Skill? {
    guard let position = skillPositions.index[id] else { return nil }
    return skills[position]
  }

  /// The role with the given id, if the framework has one.
  public func role(_ id: String) -> Role? {
    roles.first { $0.id == id }
  }

  /// The category with the given id, if the framework has one.
  public func category(_ id: String) -> Category? {
    categories.first { $0.id == id }
  }

  /// The importance kind with the given id, if the framework has one.
  public func importance(_ id: String) -> Importance? {
    importances.first { $0.id == id }
  }

  /// The source with the given id, if the framework has one.
  public func source(_ id: String) -> Source? {
    sources.first { $0.id == id }
  }

  /// Whether a skill belongs to an optional category (walked only on request, never required).
  public func isOptional(_ skill: Skill) -> Bool {
    category(skill.category)?.isOptional ?? false
  }

  /// The skills of one category, in framework order.
  public func skills(in categoryID: String) -> [Skill] {
    skills.filter { $0.category == categoryID }
  }

  /// Hours assumed for the step that reaches `level`, from the skill or the framework default.
  public func hours(toReach level: Int, in skill: Skill) -> Double {
    if let step = skill.step(toReach: level), let hours = step.hours { return hours }
    guard hoursPerStep.indices.contains(level) else { return 0 }
    return hoursPerStep[level]
  }
}

/// A document the content takes facts from.
public struct Source: Sendable, Equatable, Codable {
  /// The id other fields cite.
  public var id: String
  /// The document's title.
  public var title: String
  /// A file name (for documents shipped beside the content) or nil.
  public var file: String?
  /// A stable web address, or nil.
  public var url: String?

  /// Creates a source.
  public init(id: String, title: String, file: String? = nil, url: String? = nil) {
    self.id = id
    self.title = title
    self.file = file
    self.url = url
  }
}

/// A group of related skills.
public struct Category: Sendable, Equatable, Codable {
  /// The id skills refer to.
  public var id: String
  /// The name shown to people.
  public var name: String
  /// What the category covers.
  public var summary: String
  /// Whether the category is optional (`optional: true`): the assessment walks its skills only
  /// when the person opts in, no role requires them, and leaving them unanswered never makes
  /// an assessment incomplete.
  public var isOptional: Bool

  /// Creates a category.
  public init(id: String, name: String, summary: String, isOptional: Bool = false) {
    self.id = id
    self.name = name
    self.summary = summary
    self.isOptional = isOptional
  }
}

/// How much a requirement matters to a role, and how much its gap weighs.
public struct Importance: Sendable, Equatable, Codable {
  /// The id requirements use, such as `essential`.
  public var id: String
  /// The name shown to people.
  public var name: String
  /// The weight of a gap of one level in this kind of requirement.
  public var weight: Double
  /// Whether a gap here keeps a person from being ready for the role.
  public var blocking: Bool
  /// What the kind means, for people editing roles.
  public var summary: String

  /// Creates an importance kind.
  public init(id: String, name: String, weight: Double, blocking: Bool, summary: String = "") {
    self.id = id
    self.name = name
    self.weight = weight
    self.blocking = blocking
    self.summary = summary
  }
}
