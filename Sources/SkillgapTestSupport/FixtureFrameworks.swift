import Foundation
import SkillgapCore

/// Small frameworks built in code for engine, planner and export tests.
public enum FixtureFrameworks {
  /// A fixed instant for assessments: 2026-01-02 09:30:00 UTC.
  public static let time = Date(timeIntervalSince1970: 1_767_346_200)

  /// A fixed first day for plans: Monday 2026-01-05.
  public static let monday = CalendarDay.fromDayNumber(20_458)

  /// The importance kinds every fixture uses: essential (3, blocking), important (2),
  /// useful (1).
  public static let importances = [
    Importance(id: "essential", name: "Essential", weight: 3, blocking: true),
    Importance(id: "important", name: "Important", weight: 2, blocking: false),
    Importance(id: "useful", name: "Useful", weight: 1, blocking: false),
  ]

  /// A three-level framework (novice, capable, lead) with two categories, six skills and four
  /// roles: three on the `kitchen` track, one on `bakery`.
  ///
  /// Prerequisites: algebra needs arithmetic; calculus needs algebra. Steps take 10 hours to
  /// capable and 20 to lead, except calculus to lead (30).
  public static func threeLevel() -> Framework {
    let scale = RatingScale(names: ["Novice", "Capable", "Lead"])
    let skills = [
      skill("arithmetic", "Arithmetic", "basics", scale),
      skill("algebra", "Algebra", "basics", scale, prerequisites: ["arithmetic"]),
      skill("calculus", "Calculus", "craft", scale, prerequisites: ["algebra"], hours: [2: 30]),
      skill("drawing", "Drawing", "craft", scale),
      skill("estimation", "Estimation", "basics", scale),
      skill("geometry", "Geometry", "craft", scale),
    ]
    let roles = [
      Role(
        id: "apprentice", title: "Apprentice", track: "kitchen", seniority: 1,
        requirements: [
          .init(skill: "arithmetic", level: 1, importance: "essential"),
          .init(skill: "drawing", level: 1, importance: "useful"),
        ]),
      Role(
        id: "journeyman", title: "Journeyman", track: "kitchen", seniority: 2,
        years: YearsRange(
          min: 2, max: 5, source: "guild",
          reported: [
            YearsRange(min: 3, max: 5, source: "guild"), YearsRange(min: 2, source: "survey"),
          ]),
        pay: [
          PayBand(
            min: 30000, max: 40000, currency: "EUR", period: "year", basis: .base,
            country: "DE", year: 2025, source: "guild"),
          PayBand(min: 45000, currency: "EUR", period: "year", source: "survey"),
        ],
        summary: "Works a station alone through a whole service.",
        requirements: [
          .init(skill: "arithmetic", level: 2, importance: "essential"),
          .init(skill: "algebra", level: 1, importance: "important"),
          .init(skill: "calculus", level: 1, importance: "essential"),
          .init(skill: "drawing", level: 1, importance: "useful"),
          .init(skill: "estimation", level: 2, importance: "useful"),
          .init(skill: "geometry", level: 1, importance: "useful"),
        ]),
      Role(
        id: "master", title: "Master", track: "kitchen", seniority: 3,
        requirements: skills.map { .init(skill: $0.id, level: 2, importance: "essential") }),
      Role(
        id: "baker", title: "Baker", track: "bakery", seniority: 1,
        requirements: [.init(skill: "drawing", level: 2, importance: "essential")]),
    ]
    return Framework(
      id: "three", title: "Three levels", version: "1", summary: "A three-level fixture.",
      scale: scale, importances: importances, hoursPerStep: [0, 10, 20], sources: [],
      categories: [
        Category(id: "basics", name: "Basics", summary: ""),
        Category(id: "craft", name: "Craft", summary: ""),
      ],
      skills: skills, roles: roles)
  }

  /// An eight-level framework (`L0`…`L7`) with one category, three skills and two roles on one
  /// track; every step takes 4 hours except signal's, which take 9.
  ///
  /// Prerequisites: signal needs noise; filters needs signal.
  public static func eightLevel() -> Framework {
    let scale = RatingScale(names: (0...7).map { "L\($0)" })
    let skills = [
      skill("noise", "Noise", "audio", scale),
      skill("signal", "Signal", "audio", scale, prerequisites: ["noise"], hours: [:], every: 9),
      skill("filters", "Filters", "audio", scale, prerequisites: ["signal"]),
    ]
    return Framework(
      id: "eight", title: "Eight levels", version: "2", summary: "An eight-level fixture.",
      scale: scale, importances: importances, hoursPerStep: [Double](repeating: 4, count: 8),
      sources: [], categories: [Category(id: "audio", name: "Audio", summary: "")],
      skills: skills,
      roles: [
        Role(
          id: "engineer", title: "Audio engineer", track: "audio", seniority: 1,
          requirements: [
            .init(skill: "noise", level: 3, importance: "important"),
            .init(skill: "signal", level: 5, importance: "essential"),
            .init(skill: "filters", level: 4, importance: "useful"),
          ]),
        Role(
          id: "lead", title: "Lead audio engineer", track: "audio", seniority: 2,
          requirements: [
            .init(skill: "noise", level: 6, importance: "essential"),
            .init(skill: "signal", level: 7, importance: "essential"),
            .init(skill: "filters", level: 7, importance: "important"),
          ]),
      ])
  }

  /// A framework written by someone hostile: names with `<script>`, quotes, formulas, CSV and
  /// iCalendar separators, line breaks, long multi-byte text and a `javascript:` address.
  public static func hostile() -> Framework {
    let scale = RatingScale(names: ["<b>None</b>", "\"Some\"", "=Lots"])
    let script = "<script>alert(\"pwned\")</script>"
    var first = skill("xss", "\(script) & 'quotes'", "evil", scale)
    first.resources = [
      Resource(title: "Click <me>", kind: .article, url: "javascript:alert(1)"),
      Resource(title: "Safe \"docs\"", kind: .docs, url: "https://example.org/a?b=1&c=2"),
    ]
    first.steps = [
      Step(level: 1, tip: "Line one;\nline two, with \\ backslash", milestone: "=HYPERLINK(\"x\")"),
      Step(
        level: 2,
        tip: String(repeating: "Ünïcødé 日本語 🚀 ", count: 8) + "end",
        milestone: "+cmd|' /C calc'!A0"),
    ]
    let second = skill("formula", "=SUM(A1:A9)", "evil", scale, prerequisites: ["xss"])
    let third = skill("at", "@import, -2+3; \"x\"", "evil", scale)
    return Framework(
      id: "hostile", title: "Hostile <i>framework</i>", version: "\"1\"",
      summary: "Names that try to break exports.", scale: scale, importances: importances,
      hoursPerStep: [0, 3, 5], sources: [],
      categories: [Category(id: "evil", name: "Evil <category> & \"co\"", summary: "")],
      skills: [first, second, third],
      roles: [
        Role(
          id: "villain", title: "Villain </title><script>x()</script>", track: "dark'track",
          seniority: 1,
          pay: [
            PayBand(
              min: 1, max: 2, currency: "<b>", period: "year", country: "*x* | y",
              source: "</li><script>z()</script>")
          ],
          summary: "Plots <em>in</em> the | dark & *more*.",
          requirements: [
            .init(skill: "xss", level: 2, importance: "essential"),
            .init(skill: "formula", level: 2, importance: "important"),
            .init(skill: "at", level: 1, importance: "useful"),
          ])
      ])
  }

  /// The assessment the export golden files are made from: journeyman is the target; arithmetic
  /// is capable (with a note), algebra skipped, calculus unanswered, drawing lead, estimation
  /// novice and geometry not applicable.
  public static func goldenAssessment() -> Assessment {
    assessment(
      threeLevel(),
      [
        "arithmetic": .level(1), "algebra": .skipped, "drawing": .level(2),
        "estimation": .level(0), "geometry": .notApplicable,
      ],
      notes: ["arithmetic": "Kept the books, see https://example.org/books; \"audited\", twice"],
      target: "journeyman")
  }

  /// An assessment of `framework` with the given answers, stamped with ``time``.
  /// - Parameters:
  ///   - framework: The framework.
  ///   - answers: Answers by skill id.
  ///   - notes: Notes by skill id.
  ///   - target: The target role.
  /// - Returns: The assessment.
  public static func assessment(
    _ framework: Framework, _ answers: [String: Rating.Answer], notes: [String: String] = [:],
    target: String? = nil
  ) -> Assessment {
    var assessment = Assessment(framework: framework, at: time, target: target)
    for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
      assessment.answer(id, answer, at: time)
    }
    for (id, note) in notes.sorted(by: { $0.key < $1.key }) {
      assessment.setNote(id, note, at: time)
    }
    return assessment
  }

  /// A skill with a level description and a step for every level of `scale`.
  /// - Parameters:
  ///   - id: The skill's id.
  ///   - name: The skill's name.
  ///   - category: The id of its category.
  ///   - scale: The framework's scale.
  ///   - prerequisites: Ids of the skills to learn first.
  ///   - hours: Hours for some steps, by the level they reach.
  ///   - every: Hours for every other step, or nil for the framework default.
  /// - Returns: The skill, with one resource.
  public static func skill(
    _ id: String, _ name: String, _ category: String, _ scale: RatingScale,
    prerequisites: [String] = [], hours: [Int: Double] = [:], every: Double? = nil
  ) -> Skill {
    Skill(
      id: id, name: name, category: category, summary: "The skill \(name).",
      levels: scale.levels.map { SkillLevel(summary: "\(name) at \($0.name).") },
      steps: (1...scale.highest).map { level in
        Step(
          level: level, tip: "Practise \(id) until \(scale.name(of: level)).",
          milestone: "A project showing \(id) at \(scale.name(of: level)).",
          hours: hours[level] ?? every)
      },
      prerequisites: prerequisites,
      resources: [
        Resource(title: "Guide to \(name)", kind: .docs, url: "https://example.org/\(id)")
      ])
  }
}

extension RatingScale {
  /// A scale whose level ids are the lowercased names.
  public init(names: [String]) {
    self.init(
      levels: names.map { ScaleLevel(id: $0.lowercased(), name: $0, summary: "Level \($0).") })
  }
}
