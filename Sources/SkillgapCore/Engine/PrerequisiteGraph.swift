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
    // The framework's own index, and each skill's fields read in place: copying 20,000 skills
    // to read two fields was half of a report on a framework that large.
    let index = framework.skillPositionIndex
    let skills = framework.skills
    var ids: [String] = []
    var prerequisites: [[Int]] = []
    ids.reserveCapacity(skills.count)
    prerequisites.reserveCapacity(skills.count)
    for position in skills.indices {
      ids.append(skills[position].id)
      prerequisites.append(skills[position].prerequisites.compactMap { index[$0] })
    }
    self.ids = ids
    self.prerequisites = prerequisites
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
  ///
  /// Each skill's ancestors among `subset` are a bit set, the union of its prerequisites' sets,
  /// computed once per skill in prerequisite order; walking every member's ancestors instead
  /// grew with the square of the framework (a long chain of prerequisites gives each of
  /// thousands of skills thousands of ancestors).
  /// - Parameter subset: Skill indices, such as the gaps of a role.
  /// - Returns: Dependents by skill index; each list ascending (framework order).
  /// - Complexity: O((*s* + *l*) × *g* / 64 + *d*) for *s* skills, *l* links, *g* skills in
  ///   `subset` and *d* dependents found.
  public func dependents(within subset: [Int]) -> [Int: [Int]] {
    guard let sets = ancestorSets(among: subset) else { return walkedDependents(within: subset) }
    var result: [Int: [Int]] = [:]
    for skill in subset { result[skill, default: []] += [] }
    for skill in subset {
      for member in sets.members(of: skill) { result[member, default: []].append(skill) }
    }
    return result.mapValues { $0.sorted() }
  }

  /// Each skill's ancestors among `subset`, or nil on a cycle (which the loader rejects).
  private func ancestorSets(among subset: [Int]) -> AncestorSets? {
    var sets = AncestorSets(subset: subset, skills: ids.count)
    // 0: not yet visited, 1: on the walk's path, 2: done.
    var state = [UInt8](repeating: 0, count: ids.count)
    for root in sets.subset where state[root] == 0 {
      var path: [(skill: Int, next: Int)] = [(root, 0)]
      state[root] = 1
      while let (skill, next) = path.last {
        let links = prerequisites[skill]
        if next < links.count {
          path[path.count - 1].next += 1
          let prerequisite = links[next]
          switch state[prerequisite] {
          case 0:
            state[prerequisite] = 1
            path.append((prerequisite, 0))
          case 1: return nil
          default: break
          }
          continue
        }
        for prerequisite in links { sets.add(prerequisite, to: skill) }
        state[skill] = 2
        path.removeLast()
      }
    }
    return sets
  }

  /// ``dependents(within:)`` by walking each member's ancestors; a cycle cannot loop forever.
  private func walkedDependents(within subset: [Int]) -> [Int: [Int]] {
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

/// Sets of skills drawn from one subset, one bit per member, kept for the skills a walk from
/// the subset reaches (a row of bits each, made on first use).
private struct AncestorSets {
  /// The subset's skills, each once, in a fixed order: bit *b* stands for `subset[b]`.
  let subset: [Int]
  private let bit: [Int: Int]
  private let words: Int
  private var rowOf: [Int32]
  private var bits: [UInt64] = []

  init(subset: [Int], skills: Int) {
    var seen: [Int: Int] = [:]
    var unique: [Int] = []
    for skill in subset where seen[skill] == nil {
      seen[skill] = unique.count
      unique.append(skill)
    }
    self.subset = unique
    bit = seen
    words = (unique.count + 63) / 64
    rowOf = [Int32](repeating: -1, count: skills)
  }

  /// Where a skill's bits start, making its row when it has none.
  private mutating func row(_ skill: Int) -> Int {
    if rowOf[skill] >= 0 { return Int(rowOf[skill]) * words }
    rowOf[skill] = Int32(bits.count / max(1, words))
    bits.append(contentsOf: repeatElement(0, count: words))
    return Int(rowOf[skill]) * words
  }

  /// Adds a prerequisite, and everything it needs, to a skill's set.
  mutating func add(_ prerequisite: Int, to skill: Int) {
    guard words > 0 else { return }
    let target = row(skill)
    let source = row(prerequisite)
    if let member = bit[prerequisite] { bits[target + member / 64] |= 1 << UInt64(member % 64) }
    for word in 0..<words { bits[target + word] |= bits[source + word] }
  }

  /// The members in a skill's set.
  func members(of skill: Int) -> [Int] {
    guard words > 0, rowOf[skill] >= 0 else { return [] }
    let start = Int(rowOf[skill]) * words
    var found: [Int] = []
    for word in 0..<words {
      var value = bits[start + word]
      while value != 0 {
        found.append(subset[word * 64 + value.trailingZeroBitCount])
        value &= value - 1
      }
    }
    return found
  }
}
