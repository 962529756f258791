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
    #expect(framework.skills.count == 75)
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
      "observability-on-call", "feature-stores", "people-management", "jax",
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

  @Test func linksAreHTTPSAndToolsAreCurrent() {
    for skill in framework.skills {
      for resource in skill.resources {
        if let url = resource.url { #expect(url.hasPrefix("https://"), "\(skill.id): \(url)") }
        #expect(
          resource.url?.contains("://pytorch.org/docs") != true, "\(skill.id): old PyTorch docs")
      }
    }
    // Deprecated tools appear only as legacy, never as what to learn now.
    let text = framework.skills.flatMap { skill in
      skill.levels.flatMap { [$0.summary] + $0.indicators } + skill.steps.map(\.tip)
    }
    for legacy in ["TensorFlow Lite", "TorchScript", "TorchServe", "MapReduce", "model stages"] {
      for line in text where line.contains(legacy) {
        #expect(
          line.contains(
            #/(?i)legacy|deprecated|formerly|old name|was renamed|limited maintenance|instead of|replaced|rather than/#
          ),
          "\(legacy) presented as current: \(line)")
      }
    }
  }

  /// The words of a text as the copy check compares them: lowercased letters, digits and `'`.
  static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
  }

  /// FNV-1a 64-bit, in hex: stable across runs and platforms (the calendar record's digest).
  static func digest(_ text: String) -> String { CalendarRecord.digest(text) }

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
      let header =
        "# FNV-1a 64 digests of every 10-word run of the source articles (\(files.count) files)\n"
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
      "ml-engineer-junior", "ml-engineer-mid", "ml-engineer-senior", "ml-engineer-staff",
      "ml-engineer-lead", "ml-engineer-principal", "ml-research-scientist", "mlops-engineer",
      "ml-infrastructure-architect", "data-scientist", "data-engineer", "ai-engineer",
      "ml-engineering-manager",
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
      #expect(!role.sources.isEmpty, "\(role.id) cites no source")
    }
  }

  /// Every pay band and every years figure names a source of the framework, and says what it
  /// is; no figure is made up.
  @Test func everyFigureIsSourced() {
    let sources = Set(framework.sources.map(\.id))
    for role in framework.roles {
      for band in role.pay {
        #expect(band.source.map(sources.contains) == true, "\(role.id): \(band.detail)")
        #expect(band.max.map { $0 >= band.min } ?? true, "\(role.id): \(band.detail)")
        #expect(band.country == "unstated" || band.country.count == 2, "\(role.id)")
      }
      if let years = role.years {
        #expect(years.source.map(sources.contains) == true, "\(role.id) years")
        for reported in years.reported ?? [] {
          #expect(reported.source.map(sources.contains) == true, "\(role.id) years")
        }
      }
    }
  }

  /// The figures of the source articles, each kept with its source, none cut: a "200k+" stays
  /// open-ended, and juniors from 128k sit beside 80k–110k.
  @Test func theEngineerLadderCarriesEveryArticlesFigures() throws {
    let junior = try #require(framework.role("ml-engineer-junior"))
    #expect(junior.years?.min == 0 && junior.years?.max == 3)
    #expect(junior.years?.source == "mle-review")
    #expect(
      junior.pay.map { [$0.min, $0.max ?? -1] } == [
        [80_000, 110_000], [128_000, -1], [35_000, 35_000],
      ])
    #expect(junior.pay.map(\.source) == ["mle-jobs", "mle-review", "mle-job-description"])
    #expect(PayBand.summary(junior.pay) == "USD 80k–128k+ a year · GBP 35k a year (3 sources)")
    let mid = try #require(framework.role("ml-engineer-mid"))
    #expect(mid.pay.map { [$0.min, $0.max ?? -1] } == [[110_000, 150_000], [150_000, 165_000]])
    let senior = try #require(framework.role("ml-engineer-senior"))
    #expect(senior.pay.map(\.min) == [150_000, 200_000])
    // "150k to 200k+": the 200k is kept, and so is its +.
    #expect(senior.pay[0].max == 200_000 && senior.pay[0].openMax)
    #expect(senior.pay[0].text == "USD 150k–200k+ a year")
    // "Exceeding 200k in some cases" is an upper tail, said so in the band, not a floor.
    #expect(senior.pay[1].max == nil && senior.pay[1].note?.contains("in some cases") == true)
    #expect(senior.pay.allSatisfy { $0.isOpen }, "a source's + is never cut")
    #expect(PayBand.summary(senior.pay) == "USD 150k–200k+ a year (2 sources)")
    #expect(senior.pay.map(\.basis) == [.unstated, .base])
    #expect(senior.pay.allSatisfy { $0.year == nil }, "the articles are undated")
  }

  /// Junior, mid and senior years meet end to end (half-open: 0–3, 3–5, 5+), each bound quoted
  /// by the source the range cites; no rung above an open-ended one states years, and every
  /// rung on a track that states years is contiguous.
  @Test func yearsOnTheEngineerLadderAreContiguous() throws {
    let ladder = ["ml-engineer-junior", "ml-engineer-mid", "ml-engineer-senior"]
    let years = try ladder.map { try #require(framework.role($0)?.years) }
    #expect(years.map(\.min) == [0, 3, 5])
    #expect(years.map(\.source) == ["mle-review", "mle-jobs", "mle-jobs"])
    for (lower, higher) in zip(years, years.dropFirst()) {
      #expect(lower.max == higher.min, "\(lower.text) then \(higher.text)")
    }
    #expect(years.last?.max == nil)
    let above = framework.roles.filter { $0.track == "ml-engineering" && $0.seniority > 3 }
    #expect(above.allSatisfy { $0.years == nil }, "no source gives years above Senior")
    #expect(!result.diagnostics.contains { $0.message.contains("years of") })
  }

  /// Skills that are a domain of machine learning rather than a general skill. The tabular
  /// variant's domain skill, supervised learning, is a general skill elsewhere, so it counts
  /// only for that variant (``tabularDomainSkill``).
  static let domainSkills: Set<String> = [
    "time-series-forecasting", "recommender-systems", "computer-vision", "nlp",
    "llm-applications", "llm-evaluation", "llm-inference-serving", "agents-tool-use",
    "generative-models", "sequence-models", "reinforcement-learning", "distributed-training",
    "model-compression",
  ]

  /// The domain skill of the tabular variant.
  static let tabularDomainSkill = "supervised-learning"

  /// Every senior-and-above role asks for depth (Proficient or above, important or essential)
  /// in at least one domain; the engineer ladder lets a person choose the domain.
  @Test func everySeniorRoleAsksForDepthInADomain() throws {
    let proficient = try #require(framework.scale.value(named: "proficient"))
    for role in framework.roles where role.seniority >= 3 {
      let skills = Self.domainSkills.union(
        role.domain == "tabular" ? [Self.tabularDomainSkill] : [])
      let deep = role.requirements.filter {
        skills.contains($0.skill) && $0.level >= proficient && $0.importance != "useful"
      }
      #expect(!deep.isEmpty, "\(role.id) asks for depth in no domain")
    }
    for rung in ["senior", "staff", "lead", "principal"] {
      let variants = framework.roles.filter { $0.id.hasPrefix("ml-engineer-\(rung)") }
      #expect(
        Set(variants.compactMap(\.domain)) == [
          "tabular", "forecasting", "llm", "recsys", "vision",
        ],
        "\(rung)")
      // The default keeps the role's own id: a general tabular ML engineer, as saved targets
      // meant before domains.
      #expect(framework.role("ml-engineer-\(rung)")?.domain == "tabular")
      #expect(
        framework.role("ml-engineer-\(rung)-forecasting")?.requirement(
          for: "time-series-forecasting")?.level ?? 0 >= proficient)
    }
  }

  /// Roles on one track never ask less than one on the rung below of the same domain (or one
  /// without a domain); roles of different domains are not compared.
  @Test func aMoreSeniorRoleNeverAsksLessOnItsTrack() {
    let tracks = Dictionary(grouping: framework.roles, by: \.track)
    for (_, roles) in tracks {
      let rungs = Set(roles.map(\.seniority)).sorted()
      for (below, rung) in zip(rungs, rungs.dropFirst()) {
        for higher in roles where higher.seniority == rung {
          for lower in roles where lower.seniority == below {
            guard lower.domain == nil || higher.domain == nil || lower.domain == higher.domain
            else { continue }
            for requirement in lower.requirements {
              let above = higher.requirement(for: requirement.skill)?.level ?? -1
              #expect(above >= requirement.level, "\(higher.id) asks less \(requirement.skill)")
            }
          }
        }
      }
    }
  }

  /// Essential means a gap blocks the role: few per role, and fewer than one in five overall.
  @Test func essentialIsRare() {
    var essential = 0
    var all = 0
    for role in framework.roles {
      let count = role.requirements.filter { $0.importance == "essential" }.count
      #expect((1...5).contains(count), "\(role.id) has \(count) essential requirements")
      essential += count
      all += role.requirements.count
    }
    #expect(essential * 5 < all)
  }

  @Test func noRoleRequiresTheJobSearchChecklist() {
    for role in framework.roles {
      #expect(role.requirement(for: "portfolio-interviewing") == nil, "\(role.id)")
    }
  }

  /// The mid engineer is not held to a data scientist's statistics; the AI engineer, MLOps and
  /// the manager cover what their jobs are about.
  @Test func rolesCoverWhatTheirJobIsAbout() throws {
    let working = try #require(framework.scale.value(named: "working"))
    let mid = try #require(framework.role("ml-engineer-mid"))
    #expect(mid.requirement(for: "statistics")?.level == working)
    let ai = try #require(framework.role("ai-engineer"))
    for skill in [
      "llm-applications", "llm-evaluation", "agents-tool-use", "llm-inference-serving",
      "ml-security", "software-design", "cloud-ml-platforms",
    ] {
      #expect((ai.requirement(for: skill)?.level ?? 0) >= working, "ai-engineer \(skill)")
    }
    let mlops = try #require(framework.role("mlops-engineer"))
    for skill in ["infrastructure-as-code", "observability-on-call", "cloud-ml-platforms"] {
      #expect((mlops.requirement(for: skill)?.level ?? 0) >= working, "mlops-engineer \(skill)")
    }
    let manager = try #require(framework.role("ml-engineering-manager"))
    #expect(manager.requirement(for: "people-management")?.importance == "essential")
    let expert = try #require(framework.scale.value(named: "expert"))
    #expect((manager.requirement(for: "project-management")?.level ?? expert) < expert)
  }

  /// Links in framework.yaml and the role files are https only.
  @Test func linksInTheFrameworkAndRolesAreHTTPS() throws {
    for source in framework.sources {
      if let url = source.url { #expect(url.hasPrefix("https://"), "\(source.id)") }
    }
    let files = try FrameworkFolder.read(TestPaths.content).filter {
      $0.path == "framework.yaml" || $0.path.hasPrefix("roles/")
    }
    #expect(files.count >= 2)
    for file in files { #expect(!file.text.contains("http:"), "\(file.path)") }
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
