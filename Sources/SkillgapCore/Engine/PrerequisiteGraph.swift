/// The framework's prerequisites as an index graph, for finding which gaps need which.
///
/// Built once per framework and shared by every report, so ranking many roles does not
/// rebuild it.
public struct PrerequisiteGraph: Sendable, Equatable {
  /// Skill ids in framework order; a skill's index is its position here.
  public let ids: [String]
  /// For each skill, the indices of its direct prerequisites that exist in the framework.
  public let prerequisites: [[Int]]
  private let indexByID: [String: Int]

  /// Builds the graph of a framework.
  /// - Parameter framework: The framework; unknown prerequisite ids are ignored.
  /// - Complexity: O(*s* + *p*) for *s* skills and *p* prerequisite links.
  public init(_ framework: Framework) {
    var index: [String: Int] = [:]
    for (position, skill) in framework.skills.enumerated() where index[skill.id] == nil {
      index[skill.id] = position
    }
    ids = framework.skills.map(\.id)
    prerequisites = framework.skills.map { skill in
      skill.prerequisites.compactMap { index[$0] }
    }
    indexByID = index
  }

  /// The framework position of a skill, or nil when the framework lacks it.
  public func index(of id: String) -> Int? {
    indexByID[id]
  }

  /// Every skill `skill` needs first, directly or through other skills (never itself).
  /// - Parameter skill: A skill index.
  /// - Returns: The indices, ascending.
  /// - Complexity: O(*a* + *l*) for the *a* ancestors and the *l* links between them; a cycle
  ///   (which the loader rejects) cannot loop forever.
  public func ancestors(of skill: Int) -> [Int] {
    var seen = Set<Int>([skill])
    var stack = prerequisites[skill]
    var found: [Int] = []
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      found.append(next)
      stack.append(contentsOf: prerequisites[next])
    }
    return found.sorted()
  }

  /// For each skill in `subset`, the others of `subset` that need it first, directly or
  /// through any skill of the framework.
  /// - Parameter subset: Skill indices, such as the gaps of a role.
  /// - Returns: Dependents by skill index; each list ascending (framework order).
  /// - Complexity: O(*g* × (*a* + *l*)) for *g* skills in `subset`.
  public func dependents(within subset: [Int]) -> [Int: [Int]] {
    let members = Set(subset)
    var result: [Int: [Int]] = [:]
    for skill in subset {
      result[skill, default: []] += []
      for ancestor in ancestors(of: skill) where members.contains(ancestor) {
        result[ancestor, default: []].append(skill)
      }
    }
    return result.mapValues { $0.sorted() }
  }
}
