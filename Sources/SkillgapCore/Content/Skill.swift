/// Something a person can rate with one number on the framework's scale.
public struct Skill: Sendable, Equatable, Codable {
  /// A stable id, such as `python`.
  public var id: String
  /// The name shown to people.
  public var name: String
  /// Other names people search for and tips mention (`sklearn`, `k8s`); `validate` looks for them
  /// in the steps of skills that do not require this one.
  public var aliases: [String]
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
    questions: [Question] = [], sources: [String] = [], aliases: [String] = []
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
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

  /// The resources that serve the step reaching `level`: those naming it, and those naming no
  /// step at all (which serve every step).
  public func resources(forStep level: Int) -> [Resource] {
    resources.filter { $0.serves(step: level) }
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
  /// How a step is learned.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    /// From courses, books, documentation and projects of one's own: booked as study hours.
    case study
    /// By doing it at work (reviews, leading, presenting): listed as weekly practice, with a
    /// short reflection, never as study hours.
    case practice
  }

  /// The level this step reaches.
  public var level: Int
  /// What to do, concretely.
  public var tip: String
  /// A project or milestone that proves the new level, if the content names one.
  public var milestone: String?
  /// Hours the step takes (study, or practice at work), or nil for the framework default.
  public var hours: Double?
  /// Study or practice; nil when the framework does not say (taken as study).
  public var kind: Kind?
  /// Where the hours come from (a course's stated length, an estimate and its grounds).
  public var basis: String?
  /// The part of `hours` spent on the milestone, billed once when steps share a milestone.
  public var milestoneHours: Double?
  /// The step cut into week-sized tasks, in order.
  public var parts: [String]
  /// Levels of other skills this step needs first, beyond the skill's prerequisites (a tool's
  /// Proficient step that needs the concept at Working, say).
  public var requires: [StepNeed]

  /// Creates a step.
  public init(
    level: Int, tip: String, milestone: String? = nil, hours: Double? = nil,
    kind: Kind? = nil, basis: String? = nil, milestoneHours: Double? = nil, parts: [String] = [],
    requires: [StepNeed] = []
  ) {
    self.requires = requires
    self.level = level
    self.tip = tip
    self.milestone = milestone
    self.hours = hours
    self.kind = kind
    self.basis = basis
    self.milestoneHours = milestoneHours
    self.parts = parts
  }
}

/// A level of another skill that one step needs first.
public struct StepNeed: Sendable, Equatable, Codable {
  /// The skill's id.
  public var skill: String
  /// The level it must have reached.
  public var level: Int

  /// Creates a need.
  public init(skill: String, level: Int) {
    self.skill = skill
    self.level = level
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
  /// The levels whose steps it serves; empty for every step.
  public var steps: [Int]

  /// Creates a resource.
  /// Whether it serves the step that reaches `level`: it names that level, or names none.
  public func serves(step level: Int) -> Bool {
    steps.isEmpty || steps.contains(level)
  }

  public init(title: String, kind: Kind, url: String? = nil, steps: [Int] = []) {
    self.title = title
    self.kind = kind
    self.url = url
    self.steps = steps
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
  /// Why the right choice is right (and the others not), shown once the question is answered.
  public var explanation: String?

  /// Creates a question.
  public init(
    prompt: String, choices: [String], answer: Int, level: Int, explanation: String? = nil
  ) {
    self.prompt = prompt
    self.choices = choices
    self.answer = answer
    self.level = level
    self.explanation = explanation
  }
}
