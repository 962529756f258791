import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Properties the default Machine Learning Engineer framework must keep through every edit.
@Suite struct DefaultFrameworkTests {
  let result: LoadResult
  let framework: Framework

  init() throws {
    result = try FrameworkFolder.load(TestPaths.content)
    framework = try #require(result.framework)
  }

  @Test func itLoadsWithNoErrorAndNoWarning() {
    #expect(result.diagnostics.map(\.description) == [])
  }

  @Test func itHasTheDocumentedShape() {
    #expect(framework.categories.count == 15)
    #expect(framework.skills.count == 74)
    #expect(framework.scale.levels.count == 5)
    #expect(framework.sources.count == 5)
    for category in framework.categories {
      #expect(!framework.skills(in: category.id).isEmpty, "\(category.id) has no skills")
    }
  }

  @Test func everySkillAreaOfTheArticlesIsCovered() {
    let expected = [
      "python", "r-language", "java-cpp", "sql", "scikit-learn", "tensorflow-keras", "pytorch",
      "linear-algebra", "calculus-optimisation", "probability", "statistics", "data-cleaning",
      "data-quality", "scaling-normalisation", "feature-engineering", "supervised-learning",
      "unsupervised-learning", "reinforcement-learning", "model-evaluation",
      "hyperparameter-tuning", "neural-networks", "convolutional-networks", "sequence-models",
      "generative-models", "nlp", "computer-vision", "data-structures", "algorithms-complexity",
      "computer-architecture", "version-control", "automated-testing", "code-review",
      "containers", "kubernetes", "cloud-ml-platforms", "distributed-processing",
      "stream-processing", "nosql-databases", "data-pipelines", "ml-pipelines", "model-serving",
      "model-monitoring", "experiment-tracking", "ml-ci-cd", "llm-foundations",
      "llm-fine-tuning", "bias-fairness", "explainability", "ai-regulation",
      "stakeholder-communication", "data-storytelling", "collaboration", "problem-framing",
      "project-management", "portfolio-interviewing",
      // What a 2026 hiring loop and ladder assess beyond the articles' areas.
      "linux-shell", "ml-system-design", "training-data-labelling", "time-series-forecasting",
      "recommender-systems", "model-compression", "distributed-training", "llm-evaluation",
      "llm-inference-serving", "agents-tool-use", "ml-security", "infrastructure-as-code",
      "observability-on-call", "feature-stores", "people-management",
    ]
    let ids = Set(framework.skills.map(\.id))
    #expect(expected.filter { !ids.contains($0) } == [])
  }

  @Test func everySkillDescribesEveryLevelWithDistinctAnchors() {
    for skill in framework.skills {
      #expect(skill.levels.count == framework.scale.levels.count, "\(skill.id)")
      let summaries = skill.levels.map(\.summary)
      #expect(Set(summaries).count == summaries.count, "\(skill.id) repeats a level summary")
      for (value, level) in skill.levels.enumerated() {
        #expect(level.summary.count >= 20, "\(skill.id) level \(value) is too thin")
        if value > 0 {
          // Enough statements for "most of them hold" to mean something, few enough to read.
          #expect((3...5).contains(level.indicators.count), "\(skill.id) level \(value)")
          // Each is something the person checks about themselves ("In the last year I have …").
          #expect(
            level.indicators.allSatisfy { $0.contains(#/\b(I|My|my|me)\b/#) },
            "\(skill.id) level \(value)")
        }
      }
      let indicators = skill.levels.flatMap(\.indicators)
      #expect(Set(indicators).count == indicators.count, "\(skill.id) repeats an indicator")
    }
  }

  @Test func everyStepUpHasATipAMilestoneAndTheSkillHasResources() {
    for skill in framework.skills {
      #expect(skill.steps.map(\.level) == Array(1...framework.scale.highest), "\(skill.id)")
      for step in skill.steps {
        #expect(step.tip.count >= 30, "\(skill.id) step \(step.level)")
        #expect((step.milestone ?? "").count >= 20, "\(skill.id) step \(step.level)")
      }
      #expect((2...12).contains(skill.resources.count), "\(skill.id) resources")
      // Every resource says which steps it serves, and names only steps the skill has.
      for resource in skill.resources {
        #expect(!resource.steps.isEmpty, "\(skill.id): \(resource.title)")
        #expect(resource.steps.allSatisfy { skill.step(toReach: $0) != nil })
      }
      // Every step says what kind it is and how long it takes, and why.
      for step in skill.steps {
        #expect(
          step.kind != nil && step.hours != nil && step.basis != nil, "\(skill.id)@\(step.level)")
      }
      #expect(!skill.sources.isEmpty, "\(skill.id) cites no source")
    }
  }

  @Test func levelsMeasureSkillDepthNotTeamsOrOpportunity() {
    // Scope and influence belong to roles; a level a freelancer or a student cannot reach by
    // skill alone is the wrong anchor.
    let gated = [
      #/(?i)\b(adopted by|other teams|several teams|my team|the team|led a team|promoted|received (an )?offers?)\b/#
    ]
    // Managing people is the one skill whose depth is about a team.
    for skill in framework.skills where skill.id != "people-management" {
      for (value, level) in skill.levels.enumerated() {
        for text in [level.summary] + level.indicators {
          for pattern in gated {
            #expect(!text.contains(pattern), "\(skill.id) level \(value): \(text)")
          }
        }
      }
    }
    #expect(framework.scale.levels.last?.summary.contains("team") == false)
  }

  @Test func everySkillHasKnowledgeChecksAtEveryLevelAboveTheLowest() {
    var positions = [Int: Int]()
    var longest = 0
    var total = 0
    for skill in framework.skills {
      let levels = skill.questions.map(\.level)
      // One at the first level above the lowest, two at each level above it.
      #expect(levels.filter { $0 == 1 }.count >= 1, "\(skill.id) has no Aware question")
      for level in 2...framework.scale.highest {
        #expect(levels.filter { $0 == level }.count >= 2, "\(skill.id) level \(level)")
      }
      for question in skill.questions {
        #expect(!(question.explanation ?? "").isEmpty, "\(skill.id): \(question.prompt)")
        positions[question.answer, default: 0] += 1
        let lengths = question.choices.map(\.count)
        if lengths[question.answer] == lengths.max(), lengths.filter({ $0 == lengths.max() }).count == 1 {
          longest += 1
        }
        total += 1
      }
    }
    // A test-wise guess (always the same place, always the longest) gains little.
    #expect(positions.values.allSatisfy { Double($0) <= 0.35 * Double(total) }, "\(positions)")
    #expect(Double(longest) <= 0.40 * Double(total), "longest right answer: \(longest) of \(total)")
  }

  @Test func linksAreHTTPSAndToolsAreCurrent() {
    for skill in framework.skills {
      for resource in skill.resources {
        if let url = resource.url { #expect(url.hasPrefix("https://"), "\(skill.id): \(url)") }
        #expect(resource.url?.contains("://pytorch.org/docs") != true, "\(skill.id): old PyTorch docs")
      }
    }
    // Deprecated tools appear only as legacy, never as what to learn now.
    let text = framework.skills.flatMap { skill in
      skill.levels.flatMap { [$0.summary] + $0.indicators } + skill.steps.map(\.tip)
    }
    for legacy in ["TensorFlow Lite", "TorchScript", "TorchServe", "MapReduce", "model stages"] {
      for line in text where line.contains(legacy) {
        #expect(
          line.contains(#/(?i)legacy|deprecated|formerly|old name|was renamed|limited maintenance|instead of|replaced|rather than/#),
          "\(legacy) presented as current: \(line)")
      }
    }
  }

  /// The words of a text as the copy check compares them: lowercased letters, digits and `'`.
  static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
  }

  /// FNV-1a 64-bit, in hex: stable across runs and platforms.
  static func digest(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The digests of every run of ten words in the articles the content takes its facts from.
  ///
  /// The articles live outside the repository (`../shared/sources`), so the digests are kept
  /// in `Fixtures/source-runs.txt` (no article text is copied): where the articles are present,
  /// the fixture must match them (`RECORD_SNAPSHOTS=1` rewrites it); elsewhere, as on CI, the
  /// fixture alone is checked against.
  static func sourceRuns() throws -> Set<String> {
    let fixture = TestPaths.packageRoot.appendingPathComponent(
      "Tests/SkillgapLoadingTests/Fixtures/source-runs.txt")
    let stored = Set(
      try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("#") }.map(String.init))
    let articles = TestPaths.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/sources")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted()
    guard !files.isEmpty else { return stored }
    var runs = Set<String>()
    for file in files {
      let article = words(
        try String(contentsOf: articles.appendingPathComponent(file), encoding: .utf8))
      for start in article.indices.dropLast(9) {
        runs.insert(digest(article[start..<start + 10].joined(separator: " ")))
      }
    }
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      let header = "# FNV-1a 64 digests of every 10-word run of the source articles (\(files.count) files)\n"
      try Data((header + runs.sorted().joined(separator: "\n") + "\n").utf8).write(to: fixture)
      return runs
    }
    #expect(runs == stored, "Fixtures/source-runs.txt is out of date: RECORD_SNAPSHOTS=1")
    return runs
  }

  @Test func noTenWordRunOfASourceArticleIsCopied() throws {
    let runs = try Self.sourceRuns()
    try #require(runs.count > 10_000, "the articles' runs are missing")
    let enumerator = FileManager.default.enumerator(atPath: TestPaths.content.path)
    var checked = 0
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".yaml") || path.hasSuffix(".md") else { continue }
      let text = try String(
        contentsOf: TestPaths.content.appendingPathComponent(path), encoding: .utf8)
      // The whole file as one run of words: YAML folds a sentence over several lines.
      let found = Self.words(text)
      for start in found.indices.dropLast(9) {
        let run = found[start..<start + 10].joined(separator: " ")
        checked += 1
        #expect(!runs.contains(Self.digest(run)), "\(path) copies \"\(run)\"")
      }
    }
    #expect(checked > 50_000)
  }

  @Test func prerequisitesPointBackwardsWithoutCycles() {
    // The loader rejects cycles; here, the graph also has a learning order that starts somewhere.
    let roots = framework.skills.filter(\.prerequisites.isEmpty)
    #expect(!roots.isEmpty)
    #expect(framework.skill("kubernetes")?.prerequisites.contains("containers") == true)
    #expect(framework.skill("neural-networks")?.prerequisites.contains("linear-algebra") == true)
    #expect(framework.skill("pytorch")?.prerequisites.contains("python") == true)
  }

  @Test func everyRoleIsSourcedAndRequiresOnlyKnownSkills() {
    let roles = Set(framework.roles.map(\.id))
    for id in [
      "ml-engineer-junior", "ml-engineer-mid", "ml-engineer-senior", "ml-engineer-lead",
      "ml-research-scientist", "mlops-engineer", "ml-infrastructure-architect",
      "data-scientist", "data-engineer", "ai-engineer", "ml-engineering-manager",
    ] {
      #expect(roles.contains(id), "missing role \(id)")
    }
    for role in framework.roles {
      #expect(role.requirements.count >= 15, "\(role.id) requires too little")
      #expect(
        role.requirements.allSatisfy { framework.skill($0.skill) != nil }, "\(role.id)")
      #expect(
        role.requirements.allSatisfy { framework.scale.contains($0.level) && $0.level > 0 })
      #expect(role.requirements.contains { framework.importance($0.importance)?.blocking == true })
      if let pay = role.pay { #expect(pay.source != nil, "\(role.id) pay has no source") }
      if let years = role.years { #expect(years.source != nil, "\(role.id) years have no source") }
    }
  }

  @Test func aMoreSeniorRoleNeverAsksLessOnItsTrack() {
    let tracks = Dictionary(grouping: framework.roles, by: \.track)
    for (_, roles) in tracks {
      let ladder = roles.sorted { $0.seniority < $1.seniority }
      for (lower, higher) in zip(ladder, ladder.dropFirst()) {
        #expect(lower.seniority < higher.seniority, "\(lower.id) and \(higher.id) share a rung")
        for requirement in lower.requirements {
          let above = higher.requirement(for: requirement.skill)?.level ?? -1
          #expect(above >= requirement.level, "\(higher.id) asks less \(requirement.skill)")
        }
      }
    }
  }

  @Test func theEngineerLadderCarriesTheArticlesFigures() throws {
    let junior = try #require(framework.role("ml-engineer-junior"))
    #expect(junior.years == YearsRange(min: 0, max: 2, source: "mle-jobs"))
    #expect(junior.pay?.min == 80_000 && junior.pay?.max == 110_000)
    let senior = try #require(framework.role("ml-engineer-senior"))
    #expect(senior.pay?.min == 150_000)
    #expect(senior.requirement(for: "python")?.importance == "essential")
  }

  /// Our words only: no run of ten words from an article appears in the content.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: Self.sourcesFolder.path)))
  func theContentCopiesNoSentenceOfTheArticles() throws {
    func words(_ text: String) -> [String] {
      text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    var shingles: Set<String> = []
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.sourcesFolder.path)
    for file in files {
      let text = try String(
        contentsOf: Self.sourcesFolder.appendingPathComponent(file), encoding: .utf8)
      let list = words(text)
      guard list.count >= 10 else { continue }
      for start in 0...(list.count - 10) {
        shingles.insert(list[start..<start + 10].joined(separator: " "))
      }
    }
    let content = try FrameworkFolder.read(TestPaths.content)
    for file in content {
      let list = words(file.text)
      guard list.count >= 10 else { continue }
      let copied = (0...(list.count - 10)).map { list[$0..<$0 + 10].joined(separator: " ") }
        .filter { shingles.contains($0) }
      #expect(copied == [], "\(file.path) copies an article")
    }
  }

  static var sourcesFolder: URL {
    TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/sources")
  }
}
