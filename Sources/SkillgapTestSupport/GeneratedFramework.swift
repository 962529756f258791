import Foundation
import SkillgapCore
import SkillgapLoading

/// Large frameworks written as YAML text, for the benchmark and for tests that need size.
///
/// Generation is deterministic: the same arguments give the same text.
public enum GeneratedFramework {
  /// The five level ids of the generated scale.
  public static let levels = ["none", "aware", "working", "proficient", "expert"]

  /// The files of a generated framework.
  ///
  /// Skills are spread over `categories` files; skill *i* has up to two prerequisites among
  /// the 30 skills before it, so there is no cycle. Roles sit on five tracks with ten rungs; a
  /// rung requires a prefix of its track's skills that grows with seniority, at levels that
  /// never fall as seniority rises, so the framework loads without a single diagnostic.
  /// - Parameters:
  ///   - skills: How many skills.
  ///   - roles: How many roles.
  ///   - categories: How many categories (and category files).
  ///   - seed: The seed of the pseudo-random choices.
  /// - Returns: The YAML files.
  public static func files(
    skills: Int = 2000, roles: Int = 50, categories: Int = 20, seed: UInt64 = 42
  ) -> [SourceFile] {
    var random = SplitMix(seed: seed)
    var files = [SourceFile(path: "framework.yaml", text: header())]
    let perCategory = (skills + categories - 1) / max(categories, 1)
    for category in 0..<categories {
      let range = (category * perCategory)..<min(skills, (category + 1) * perCategory)
      guard !range.isEmpty else { continue }
      var text = """
        category:
          id: cat-\(category)
          name: Category \(category)
          description: Generated category \(category).
        skills:

        """
      for index in range {
        let candidates = max(0, index - 30)..<index
        var prerequisites: [String] = []
        if !candidates.isEmpty {
          for _ in 0..<Int(random.next() % 3) {
            let pick = "s\(candidates.lowerBound + Int(random.next() % UInt64(candidates.count)))"
            if !prerequisites.contains(pick) { prerequisites.append(pick) }
          }
        }
        text += skillYAML(index, prerequisites: prerequisites)
      }
      files.append(SourceFile(path: "categories/\(pad(category))-cat.yaml", text: text))
    }
    let tracks = 5
    let rungs = max(1, (roles + tracks - 1) / tracks)
    var rolesText = "roles:\n"
    for role in 0..<roles {
      let track = role % tracks
      let rung = role / tracks + 1
      // Each track draws from its own slice of the skills.
      let pool = (0..<skills).filter { $0 % tracks == track }
      let count = min(pool.count, 20 + rung * max(1, (pool.count - 20) / (rungs * 4)))
      rolesText += """
          - id: role-\(track)-\(rung)
            title: Role \(track)-\(rung)
            track: track-\(track)
            seniority: \(rung)
            years: {min: \(rung - 1), max: \(rung), source: gen}
            requires:

        """
      for (position, skill) in pool.prefix(count).enumerated() {
        let level = min(4, 1 + (rung + position % 3) / 3)
        let importance = ["essential", "important", "useful"][position % 3]
        rolesText += "      s\(skill): {level: \(levels[level]), importance: \(importance)}\n"
      }
    }
    files.append(SourceFile(path: "roles/generated.yaml", text: rolesText))
    return files
  }

  /// A deterministic assessment of a framework: most skills rated, some skipped, a few not
  /// applicable.
  /// - Parameters:
  ///   - framework: The framework.
  ///   - time: The time of every answer.
  ///   - seed: The seed of the pseudo-random choices.
  /// - Returns: The assessment.
  public static func assessment(of framework: Framework, at time: Date, seed: UInt64 = 7)
    -> Assessment
  {
    var random = SplitMix(seed: seed)
    var assessment = Assessment(framework: framework, at: time)
    for skill in framework.skills {
      let roll = random.next() % 20
      let answer: Rating.Answer =
        roll == 0
        ? .notApplicable
        : roll < 3 ? .skipped : .level(Int(random.next() % UInt64(framework.scale.levels.count)))
      assessment.answer(skill.id, answer, at: time)
    }
    return assessment
  }

  private static func header() -> String {
    let scale = levels.map {
      "  - id: \($0)\n    name: \($0.capitalized)\n    description: Level \($0).\n"
    }.joined()
    return """
      id: generated
      title: Generated framework
      version: "1"
      description: A large generated framework for the benchmark.
      scale:
      \(scale)importance:
        - id: essential
          name: Essential
          weight: 3
          blocking: true
        - id: important
          name: Important
          weight: 2
        - id: useful
          name: Useful
          weight: 1
      hours_per_step: {aware: 6, working: 25, proficient: 60, expert: 120}
      sources:
        - id: gen
          title: The generator
          url: https://example.org/generator

      """
  }

  private static func skillYAML(_ index: Int, prerequisites: [String]) -> String {
    let described = levels.map { level in
      "      \(level):\n        summary: Skill \(index) at \(level).\n"
        + "        indicators: [\"I can show skill \(index) at \(level).\"]\n"
    }.joined()
    // Hours like the default framework's; every third skill learns its top step at work; tips
    // name the first prerequisite's tool, which the alias check must find allowed.
    let hours = [0, 6, 24, 40, 80]
    let tool = prerequisites.first.map { " with tool\($0.dropFirst())" } ?? ""
    let steps = levels.enumerated().dropFirst().map { value, level in
      let kind = value == levels.count - 1 && index % 3 == 0 ? "practice" : "study"
      let parts =
        hours[value] > 10
        ? "        parts: [Read about skill \(index)., Build the project., Write it up.]\n" : ""
      return "      \(level):\n        kind: \(kind)\n        hours: \(hours[value])\n"
        + "        basis: \"estimate: generated.\"\n"
        + "        tip: Practise skill \(index)\(tool) until \(level).\n"
        + "        milestone: A project showing skill \(index) at \(level).\n" + parts
    }.joined()
    return """
        - id: s\(index)
          name: Skill \(index)
          aliases: [tool\(index)]
          description: Generated skill number \(index).
          prerequisites: [\(prerequisites.joined(separator: ", "))]
          levels:
      \(described)    steps:
      \(steps)    resources:
            - title: Guide to skill \(index)
              kind: docs
              url: https://example.org/s\(index)
          sources: [gen]

      """
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}

/// A small, fast, seedable pseudo-random generator (SplitMix64), so generated data is the same
/// on every machine.
public struct SplitMix: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
