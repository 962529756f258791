import Foundation
import SkillgapLoading

/// Small framework folders written as YAML text, for loader and CLI tests.
public enum YAMLFixtures {
  /// A valid framework whose scale has the given level ids, with two categories, three skills
  /// and two roles on one track.
  public static func valid(levels: [String]) -> [SourceFile] {
    let scale = levels.map {
      "  - id: \($0)\n    name: \($0.capitalized)\n    description: Level \($0).\n"
    }.joined()
    let top = levels.count - 1
    func skill(_ id: String, prerequisites: [String]) -> String {
      let described = levels.map { level in
        "      \(level):\n        summary: \(id) at \(level).\n"
          + "        indicators: [\"I can show \(id) at \(level).\"]\n"
      }.joined()
      let steps = levels.dropFirst().map { level in
        "      \(level):\n        kind: study\n        hours: 10\n        basis: \"estimate: a fixture.\"\n"
          + "        tip: Practise \(id) until \(level).\n"
          + "        milestone: A project showing \(id) at \(level).\n"
      }.joined()
      return """
          - id: \(id)
            name: \(id.capitalized)
            description: The skill \(id).
            prerequisites: [\(prerequisites.joined(separator: ", "))]
            levels:
        \(described)    steps:
        \(steps)    resources:
              - title: Guide to \(id)
                kind: docs
                url: https://example.org/\(id)
            sources: [guide]

        """
    }
    return [
      SourceFile(
        path: "framework.yaml",
        text: """
          id: fixture
          title: Fixture framework
          version: "1"
          description: A framework for tests.
          scale:
          \(scale)importance:
            - id: essential
              name: Essential
              weight: 3
              blocking: true
            - id: useful
              name: Useful
              weight: 1
          hours_per_step: 10
          sources:
            - id: guide
              title: The guide
              url: https://example.org/guide

          """),
      SourceFile(
        path: "categories/01-basics.yaml",
        text: """
          category:
            id: basics
            name: Basics
            description: The basics.
          skills:
          \(skill("alpha", prerequisites: []))\(skill("beta", prerequisites: ["alpha"]))
          """),
      SourceFile(
        path: "categories/02-advanced.yaml",
        text: """
          category:
            id: advanced
            name: Advanced
          skills:
          \(skill("gamma", prerequisites: ["alpha", "beta"]))
          """),
      SourceFile(
        path: "roles/track.yaml",
        text: """
          roles:
            - id: first
              title: First rung
              track: main
              seniority: 1
              years: {min: 0, max: 2, source: guide}
              pay: {min: 50000, max: 70000, currency: EUR, period: year, basis: base, country: DE, year: 2025, source: guide}
              requires:
                alpha: {level: \(levels[min(1, top)]), importance: essential}
            - id: second
              title: Second rung
              track: main
              seniority: 2
              years: {min: 2, source: guide}
              requires:
                alpha: {level: \(levels[top]), importance: essential}
                gamma: {level: \(top), importance: useful}

          """),
    ]
  }

  /// The valid fixture with one file's text changed by `edit`.
  public static func editing(
    _ files: [SourceFile], _ path: String, _ edit: (String) -> String
  ) -> [SourceFile] {
    files.map { $0.path == path ? SourceFile(path: path, text: edit($0.text)) : $0 }
  }

  /// Writes files into a new temporary folder and returns it.
  public static func write(_ files: [SourceFile]) throws -> URL {
    let folder = try TestPaths.temporaryFolder("skillgap-framework")
    for file in files {
      let url = folder.appendingPathComponent(file.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.text.utf8).write(to: url)
    }
    return folder
  }

  /// The valid five-level fixture where alpha has three "I …" indicators at every level and
  /// two knowledge-check questions, with explanations, at each level above none: for ticking
  /// and knowledge checks.
  public static func withChecks() -> [SourceFile] {
    let levels = ["none", "aware", "working", "proficient", "expert"]
    return editing(valid(levels: levels), "categories/01-basics.yaml") { text in
      var text = text
      for level in levels {
        text = text.replacingOccurrences(
          of: "indicators: [\"I can show alpha at \(level).\"]",
          with: "indicators: [\"I can show alpha at \(level).\", \"I have used alpha at \(level) "
            + "on a real task.\", \"I can explain alpha at \(level) to a colleague.\"]")
      }
      var questions = "    questions:\n"
      for (number, level) in levels.dropFirst().enumerated() {
        for variant in 0..<2 {
          let right = "Right \(level) \(variant)"
          questions += """
                  - prompt: "\(variant == 0 ? "Which is right about alpha at \(level)?" : "Alpha at \(level): what goes wrong first?")"
                    choices: ["\(right)", "Wrong \(level) \(variant)a", "Wrong \(level) \(variant)b"]
                    answer: "\(right)"
                    level: \(level)
                    explanation: "\(right) is how alpha works at \(level) (question \(number * 2 + variant))."

            """
        }
      }
      // The first skill's sources line ends alpha; its questions go just before it.
      guard let range = text.range(of: "    sources: [guide]\n") else { return text }
      return text.replacingCharacters(in: range, with: questions + "    sources: [guide]\n")
    }
  }
}
