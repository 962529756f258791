import Foundation

/// Turns an assessment into gap reports and a ranking of roles, by the rules below.
///
/// - A skill's **counted level** is its rated level; skipped and unanswered skills count as 0 and
///   are listed as not assessed; "not applicable" skills are left out of readiness and gaps.
/// - A **gap** is `required − counted`, or 0 when met. Its **worth** is
///   `importance weight × gap`.
/// - A gap's **priority** is its own worth plus the worth of every other gap of the role that
///   needs it first (its prerequisites, followed through any skill of the framework). So a
///   prerequisite always ranks above what needs it, whenever it has weight.
/// - Gaps are ordered by priority, then blocking before not, then worth, then size, then
///   framework order.
/// - **Readiness** is the weighted share of the requirements reached: each requirement adds its
///   weight × `min(counted, required) / required` (a requirement of level 0 is reached), divided
///   by the sum of weights. A role is **ready** when no requirement of a blocking importance has a
///   gap.
public struct GapEngine: Sendable {
  /// Problems that stop a report.
  public enum EngineError: LocalizedError, Equatable {
    /// The framework has no role with this id; `suggestions` are the nearest ids.
    case unknownRole(id: String, suggestions: [String])

    public var errorDescription: String? {
      switch self {
      case .unknownRole(let id, let suggestions):
        guard !suggestions.isEmpty else { return "The framework has no role '\(id)'." }
        let quoted = suggestions.map { "'\($0)'" }
        let names =
          quoted.count > 1
          ? quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
          : quoted.joined()
        return "The framework has no role '\(id)'; did you mean \(names)?"
      }
    }
  }

  /// The framework every report is made against.
  public let framework: Framework
  /// The framework's prerequisites.
  public let graph: PrerequisiteGraph

  /// Creates an engine for a framework.
  /// - Parameter framework: The framework.
  public init(framework: Framework) {
    self.framework = framework
    self.graph = PrerequisiteGraph(framework)
  }

  /// The role with an id, or an error naming the nearest ids.
  /// - Parameter id: The role's id.
  /// - Returns: The role.
  /// - Throws: ``EngineError/unknownRole(id:suggestions:)``.
  public func role(_ id: String) throws(EngineError) -> Role {
    if let role = framework.role(id) { return role }
    throw .unknownRole(id: id, suggestions: Suggestions.nearest(id, in: framework.roles.map(\.id)))
  }

  /// The gap report of one role.
  /// - Parameters:
  ///   - roleID: The role's id.
  ///   - assessment: The person's answers; ratings of skills the framework lacks are ignored.
  /// - Returns: The report.
  /// - Throws: ``EngineError/unknownRole(id:suggestions:)``.
  /// - Complexity: O(*r* × (*a* + *l*)) for *r* requirements whose prerequisites have *a*
  ///   ancestors linked by *l* links, plus O(*r* log *r*) to order the gaps.
  public func report(for roleID: String, assessment: Assessment) throws(EngineError) -> GapReport {
    report(for: try role(roleID), assessment: assessment)
  }

  /// The gap report of one role.
  /// - Parameters:
  ///   - role: The role, usually one of the framework's.
  ///   - assessment: The person's answers.
  /// - Returns: The report.
  public func report(for role: Role, assessment: Assessment) -> GapReport {
    var standings = role.requirements.map { standing(of: $0, assessment: assessment) }
    rankGaps(&standings)
    let applicable = standings.filter { $0.answer != .notApplicable }
    let readiness = Self.readiness(of: applicable)
    let byRank = standings.filter { $0.rank != nil }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
    let strengths = standings.enumerated().filter { $0.element.surplus > 0 }.sorted {
      ($1.element.surplus, $0.offset) < ($0.element.surplus, $1.offset)
    }.map(\.element.skill)
    let allMet = applicable.allSatisfy(\.isMet)
    let percent = allMet ? 100 : min(99, Int((readiness * 100 + 1e-9).rounded(.down)))
    return GapReport(
      role: RoleHeading(role), levelNames: framework.scale.levels.map(\.name),
      readiness: readiness, readinessPercent: percent,
      isReady: !standings.contains(where: \.isBlocker), requirements: standings,
      gapIDs: byRank.map(\.skill), blockerIDs: byRank.filter(\.isBlocker).map(\.skill),
      strengthIDs: strengths,
      categories: framework.categories.compactMap { CategoryStanding.summarising($0, standings) },
      notAssessedIDs: standings.filter { $0.answer == .skipped || $0.answer == .unanswered }
        .map(\.skill),
      notApplicableIDs: standings.filter { $0.answer == .notApplicable }.map(\.skill))
  }

  /// Readiness of applicable standings: the weighted mean of how much of each is reached.
  /// - Parameter standings: Standings that are not "not applicable".
  /// - Returns: 0 to 1; 1 when there is nothing to reach; an unweighted mean when every weight
  ///   is 0.
  public static func readiness(of standings: [RequirementStanding]) -> Double {
    guard !standings.isEmpty else { return 1 }
    let totalWeight = standings.reduce(0) { $0 + max(0, $1.weight) }
    guard totalWeight > 0 else {
      return standings.reduce(0) { $0 + $1.fulfilment } / Double(standings.count)
    }
    let reached = standings.reduce(0) { $0 + max(0, $1.weight) * $1.fulfilment }
    return min(1, max(0, reached / totalWeight))
  }

  private func standing(of requirement: Requirement, assessment: Assessment)
    -> RequirementStanding
  {
    let skill = graph.index(of: requirement.skill).map { framework.skills[$0] }
    let importance = framework.importance(requirement.importance)
    let rating = assessment.ratings[requirement.skill]
    let answer: RequirementStanding.Answer
    var current = 0
    switch rating?.answer {
    case .level(let value):
      answer = .rated
      current = max(0, value)
    case .skipped: answer = .skipped
    case .notApplicable: answer = .notApplicable
    case nil: answer = .unanswered
    }
    let gap = answer == .notApplicable ? 0 : max(0, requirement.level - current)
    let weight = importance?.weight ?? 1
    return RequirementStanding(
      skill: requirement.skill, name: skill?.name ?? requirement.skill,
      category: skill?.category ?? "", required: requirement.level,
      requiredName: framework.scale.name(of: requirement.level), current: current,
      currentName: framework.scale.name(of: current), answer: answer, note: rating?.note,
      importance: requirement.importance,
      importanceName: importance?.name ?? requirement.importance,
      weight: weight, blocking: importance?.blocking ?? false, gap: gap,
      weightedGap: weight * Double(gap), priority: 0, rank: nil, unlocks: [])
  }

  /// Fills `priority`, `unlocks` and `rank` of the standings that have a gap.
  private func rankGaps(_ standings: inout [RequirementStanding]) {
    let gapPositions = standings.indices.filter { standings[$0].gap > 0 }
    var positionBySkill: [Int: Int] = [:]
    for position in gapPositions {
      if let index = graph.index(of: standings[position].skill) {
        positionBySkill[index] = position
      }
    }
    let dependents = graph.dependents(within: positionBySkill.keys.sorted())
    for (index, position) in positionBySkill {
      let needing = (dependents[index] ?? []).compactMap { positionBySkill[$0] }
      standings[position].unlocks = needing.map { standings[$0].skill }
      standings[position].priority =
        standings[position].weightedGap
        + needing.reduce(0) { $0 + standings[$1].weightedGap }
    }
    for position in gapPositions where graph.index(of: standings[position].skill) == nil {
      standings[position].priority = standings[position].weightedGap
    }
    let order = gapPositions.sorted { lhs, rhs in
      let (a, b) = (standings[lhs], standings[rhs])
      if a.priority != b.priority { return a.priority > b.priority }
      if a.blocking != b.blocking { return a.blocking }
      if a.weightedGap != b.weightedGap { return a.weightedGap > b.weightedGap }
      if a.gap != b.gap { return a.gap > b.gap }
      let (ia, ib) = (graph.index(of: a.skill) ?? Int.max, graph.index(of: b.skill) ?? Int.max)
      return ia != ib ? ia < ib : lhs < rhs
    }
    for (rank, position) in order.enumerated() { standings[position].rank = rank + 1 }
  }
}
