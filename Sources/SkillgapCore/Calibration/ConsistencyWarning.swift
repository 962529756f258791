import Foundation

/// A rating that does not fit the others, with why and how to fix it. Never blocking: the
/// person decides.
public struct ConsistencyWarning: Sendable, Equatable, Codable {
  /// The kinds of inconsistency.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Two or more levels above the lowest-rated prerequisite.
    case abovePrerequisites = "above-prerequisites"
    /// Above the level the skill's own ticked indicators support by the level rule.
    case aboveTicks = "above-ticks"
    /// "Not applicable" on an essential (blocking) requirement of the target role.
    case notApplicableEssential = "not-applicable-essential"
    /// Every answer at the top of the scale.
    case allAtTop = "all-at-top"
    /// Every answer at the bottom of the scale.
    case allAtBottom = "all-at-bottom"
  }

  /// What kind of inconsistency it is.
  public var kind: Kind
  /// The skill it is about, or nil for one about every answer.
  public var skill: String?
  /// What is wrong and why it matters, one sentence.
  public var message: String
  /// How to fix it, one sentence.
  public var fix: String

  /// Creates a warning.
  public init(kind: Kind, skill: String?, message: String, fix: String) {
    self.kind = kind
    self.skill = skill
    self.message = message
    self.fix = fix
  }

  /// The fewest level answers before "every answer at the top (bottom)" is said.
  public static let minimumAnswersForExtremes = 5

  /// Every inconsistency of an assessment, in framework order, the ones about all answers last.
  /// - Parameters:
  ///   - framework: The framework.
  ///   - assessment: The answers.
  ///   - target: The target role, if any.
  /// - Returns: The warnings.
  /// - Complexity: O(*skills* × *prerequisites*) plus one gap report for a target.
  public static func warnings(
    framework: Framework, assessment: Assessment, target: Role?
  ) -> [ConsistencyWarning] {
    var result: [ConsistencyWarning] = []
    let scale = framework.scale
    let skills = framework.skills
    // By position: a skill is copied only when it has an answer (most of a large framework
    // has none).
    for position in skills.indices {
      guard let rated = assessment.level(of: skills[position].id) else { continue }
      let skill = skills[position]
      let rules = skill.prerequisites.compactMap { id -> (Skill, Int)? in
        guard let prerequisite = framework.skill(id), let level = assessment.level(of: id)
        else { return nil }
        return (prerequisite, level)
      }
      if let lowest = rules.min(by: { $0.1 < $1.1 }), rated >= lowest.1 + 2 {
        result.append(
          ConsistencyWarning(
            kind: .abovePrerequisites, skill: skill.id,
            message:
              "\(skill.name) is rated \(scale.name(of: rated)), but its prerequisite "
              + "\(lowest.0.name) is rated \(scale.name(of: lowest.1)): a skill built on "
              + "another rarely goes two levels beyond it.",
            fix:
              "Check both ratings against their indicators; raise \(lowest.0.name) or lower "
              + "\(skill.name)."))
      }
      let ticks = assessment.ticks(of: skill.id)
      if !ticks.isEmpty {
        let supported = framework.levelRule.supportedLevel(of: skill, ticks: ticks, scale: scale)
        if rated > supported {
          result.append(
            ConsistencyWarning(
              kind: .aboveTicks, skill: skill.id,
              message:
                "\(skill.name) is rated \(scale.name(of: rated)), but the indicators you ticked "
                + "support \(scale.name(of: supported)) by the level rule.",
              fix:
                "Tick the indicators of \(scale.name(of: rated)) that hold, or pick "
                + "\(scale.name(of: supported))."))
        }
      }
    }
    if let target {
      result += notApplicableWarnings(framework: framework, assessment: assessment, role: target)
    }
    let levels = skills.indices.compactMap { assessment.level(of: skills[$0].id) }
    if levels.count >= minimumAnswersForExtremes, Set(levels).count == 1, let only = levels.first {
      if only == scale.highest {
        result.append(
          ConsistencyWarning(
            kind: .allAtTop, skill: nil,
            message:
              "Every answer is \(scale.name(of: only)), the top of the scale: few people are at "
              + "the top of everything, so the report cannot tell strengths from gaps.",
            fix: "Go through the review and rate each skill by its indicators."))
      } else if only == scale.lowest {
        result.append(
          ConsistencyWarning(
            kind: .allAtBottom, skill: nil,
            message:
              "Every answer is \(scale.name(of: only)), the bottom of the scale: the plan then "
              + "starts everything from scratch.",
            fix:
              "Go through the review and tick the indicators that hold; skip (s) what you do "
              + "not know yet."))
      }
    }
    return result
  }

  private static func notApplicableWarnings(
    framework: Framework, assessment: Assessment, role: Role
  ) -> [ConsistencyWarning] {
    let blocking = role.requirements.filter { requirement in
      framework.importance(requirement.importance)?.blocking == true
        && assessment.ratings[requirement.skill]?.answer == .notApplicable
    }
    guard !blocking.isEmpty else { return [] }
    let figures = readinessFigures(framework: framework, assessment: assessment, role: role)
    return blocking.map { requirement in
      let name = framework.skill(requirement.skill)?.name ?? requirement.skill
      let importance = framework.importance(requirement.importance)?.name ?? ""
      return ConsistencyWarning(
        kind: .notApplicableEssential, skill: requirement.skill,
        message:
          "\(name) is marked not applicable, but \(role.title) requires it "
          + "(\(importance.lowercased())): readiness is \(figures.without) % without it and "
          + "\(figures.with) % with it counted.",
        fix:
          "Rate \(name) (or skip it to count it as not assessed) unless the role truly does "
          + "not need it.")
    }
  }

  /// Readiness for a role as the answers stand (not-applicable essentials left out) and with
  /// those answers counted as not assessed.
  public static func readinessFigures(
    framework: Framework, assessment: Assessment, role: Role
  ) -> (without: Int, with: Int) {
    let engine = GapEngine(framework: framework)
    var counted = assessment
    for requirement in role.requirements
    where framework.importance(requirement.importance)?.blocking == true
      && assessment.ratings[requirement.skill]?.answer == .notApplicable
    {
      counted.ratings[requirement.skill]?.answer = .skipped
    }
    return (
      engine.report(for: role, assessment: assessment).readinessPercent,
      engine.report(for: role, assessment: counted).readinessPercent
    )
  }
}
