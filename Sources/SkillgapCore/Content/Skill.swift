/// Something a person can rate with one number on the framework's scale.
public struct Skill: Sendable, Equatable, Codable {
  /// A stable id, such as `python`.
  public var id: String
  /// The name shown to people.
  public var name: String
  /// The id of the category the skill belongs to.
  public var category: String
  /// What the skill is and why it matters.
  public var summary: String
  /// What each scale level looks like for this skill, indexed by level value.
  public var levels: [SkillLevel]
  /// How to climb to each level above the lowest, in level order.
  public var steps: [Step]
  /// Skills to learn first (ids).
  public var prerequisites: [String]
  /// Well-known material to learn from.
  public var resources: [Resource]
  /// Optional knowledge-check questions.
  public var questions: [Question]
  /// Ids of the sources the skill's facts come from.
  public var sources: [String]

  /// Creates a skill.
  public init(
    id: String, name: String, category: String, summary: String, levels: [SkillLevel],
    steps: [Step] = [], prerequisites: [String] = [], resources: [Resource] = [],
    questions: [Question] = [], sources: [String] = []
  ) {
    self.id = id
    self.name = name
    self.category = category
    self.summary = summary
    self.levels = levels
    self.steps = steps
    self.prerequisites = prerequisites
    self.resources = resources
    self.questions = questions
    self.sources = sources
  }

  /// The step that reaches `level`, if the skill describes one.
  public func step(toReach level: Int) -> Step? {
    steps.first { $0.level == level }
  }

  /// The description of `level`, if the skill has one.
  public func level(_ value: Int) -> SkillLevel? {
    levels.indices.contains(value) ? levels[value] : nil
  }
}

/// What one scale level looks like for one skill.
public struct SkillLevel: Sendable, Equatable, Codable {
  /// What a person at this level has done, in one or two sentences.
  public var summary: String
  /// Observable "I can…" / "I have…" statements.
  public var indicators: [String]

  /// Creates a level description.
  public init(summary: String, indicators: [String] = []) {
    self.summary = summary
    self.indicators = indicators
  }
}

/// How to climb from the level below to `level`.
public struct Step: Sendable, Equatable, Codable {
  /// The level this step reaches.
  public var level: Int
  /// What to do, concretely.
  public var tip: String
  /// A project or milestone that proves the new level, if the content names one.
  public var milestone: String?
  /// Hours of study for this step when they differ from the framework default.
  public var hours: Double?

  /// Creates a step.
  public init(level: Int, tip: String, milestone: String? = nil, hours: Double? = nil) {
    self.level = level
    self.tip = tip
    self.milestone = milestone
    self.hours = hours
  }
}

/// A book, course, documentation or practice to learn from.
public struct Resource: Sendable, Equatable, Codable {
  /// The kinds of resource a framework may name.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    case book, course, docs, practice, article, video
  }

  /// The title.
  public var title: String
  /// What kind of resource it is.
  public var kind: Kind
  /// A stable address, if there is one.
  public var url: String?

  /// Creates a resource.
  public init(title: String, kind: Kind, url: String? = nil) {
    self.title = title
    self.kind = kind
    self.url = url
  }
}

/// A knowledge-check question with one right choice.
public struct Question: Sendable, Equatable, Codable {
  /// The question.
  public var prompt: String
  /// The choices, in display order.
  public var choices: [String]
  /// The index of the right choice.
  public var answer: Int
  /// The level a right answer supports.
  public var level: Int

  /// Creates a question.
  public init(prompt: String, choices: [String], answer: Int, level: Int) {
    self.prompt = prompt
    self.choices = choices
    self.answer = answer
    self.level = level
  }
}
