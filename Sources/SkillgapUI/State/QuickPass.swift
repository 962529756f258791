import Foundation
import SkillgapCore

/// The re-assessment's own state: the skills it goes through, where it is, and what changed.
public struct QuickPass: Sendable, Equatable {
  /// The skills to look at, in order, with why each comes back.
  public var skills: [String]
  /// Why each skill comes back, by skill id.
  public var reasons: [String: ReassessReason]
  /// The position in `skills`.
  public var position = 0
  /// Answers kept as they were (confirmed with Enter).
  public var confirmed = 0
  /// Answers changed.
  public var changed = 0

  /// Creates a pass over `list`.
  public init(_ list: [(skill: String, reason: ReassessReason)]) {
    skills = list.map(\.skill)
    reasons = Dictionary(list.map { ($0.skill, $0.reason) }, uniquingKeysWith: { a, _ in a })
  }

  /// Whether this is the quick assessment (only what the target requires), not a
  /// re-assessment.
  public var isQuick: Bool { !reasons.isEmpty && reasons.values.allSatisfy { $0 == .required } }

  /// Seconds one skill takes in the quick assessment's estimate: reading the skill and its
  /// levels and picking one. An estimate from trying it, not a measurement; ticking indicators
  /// or writing notes takes longer.
  public static let secondsPerSkill = 30

  /// The estimate for `count` skills, in whole minutes (at least 1), rounded to 5 from 20 on.
  public static func minutes(for count: Int) -> Int {
    let exact = Double(count * secondsPerSkill) / 60
    guard exact >= 20 else { return max(1, Int(exact.rounded())) }
    return Int((exact / 5).rounded()) * 5
  }

  /// Why a skill comes back, in words.
  func why(_ skill: String, months: Int) -> String {
    switch reasons[skill] {
    case .moved?: return "a plan step was finished since it was rated"
    case .stale?: return "rated over \(months) months ago"
    case .unanswered?: return "not answered yet"
    case .retake?: return "going through every answer again"
    case .required?: return "the target role requires it"
    case nil: return ""
    }
  }
}

extension AppState {
  /// The day the app runs on, as an instant (noon UTC), for how old a rating is.
  var todayInstant: Date { Date(timeIntervalSince1970: Double(today.dayNumber) * 86_400 + 43_200) }

  /// The skills a re-assessment goes through now: the moved, stale and unanswered ones when
  /// some answers moved or went stale; every skill, on request, when all answers are fresh and
  /// complete; nothing while a first assessment is still under way.
  /// Skills of optional categories come back only when the person opted in to them.
  public var reassessmentList: [(skill: String, reason: ReassessReason)] {
    freshDerived?.startLists.value?.reassess ?? computeReassessmentList()
  }

  /// Works out ``reassessmentList`` (a pass over every skill and answer).
  func computeReassessmentList() -> [(skill: String, reason: ReassessReason)] {
    // Without an answer every skill is unanswered, and a first assessment under way is not a
    // re-assessment.
    guard canResume else { return [] }
    let skills = framework.skills
    let walked = Set(skills.indices.lazy.filter(isWalked).map { skills[$0].id })
    let list = assessment.reassessment(of: framework, now: todayInstant).filter {
      walked.contains($0.skill)
    }
    if list.contains(where: { $0.reason != .unanswered }) { return list }
    guard list.isEmpty else { return [] }
    return skills.indices.filter(isWalked).map { (skills[$0].id, .retake) }
  }

  /// The skills the quick assessment walks: those the target role requires that have no
  /// answer yet, in framework order; empty without a target.
  public var quickList: [(skill: String, reason: ReassessReason)] {
    freshDerived?.startLists.value?.quick ?? computeQuickList()
  }

  /// Works out ``quickList``.
  func computeQuickList() -> [(skill: String, reason: ReassessReason)] {
    guard let role = targetRole else { return [] }
    let required = Set(role.requirements.map(\.skill))
    return framework.skills.lazy.map(\.id)
      .filter { required.contains($0) && !assessment.isAnswered($0) }
      .map { ($0, .required) }
  }

  /// Starts the quick pass at its first skill.
  mutating func startQuickPass(quick: Bool = false) {
    let list = quick ? quickList : reassessmentList
    guard let first = list.first,
      let index = framework.skills.firstIndex(where: { $0.id == first.skill })
    else {
      status = .init("Every answer is fresh: nothing to re-assess.")
      return
    }
    quickPass = QuickPass(list)
    skillIndex = index
    open(.rate)
    highlight = currentLevel ?? 0
  }

  /// Moves the quick pass on after an answer; true when it handled the move.
  mutating func advanceQuickPass(changed: Bool) -> Bool {
    guard var pass = quickPass else { return false }
    if changed { pass.changed += 1 } else { pass.confirmed += 1 }
    pass.position += 1
    if pass.position < pass.skills.count,
      let index = framework.skills.firstIndex(where: { $0.id == pass.skills[pass.position] })
    {
      quickPass = pass
      skillIndex = index
      highlight = currentLevel ?? 0
      return true
    }
    quickPass = nil
    open(.review)
    if pass.isQuick {
      let left = unansweredCount
      let rest =
        left == 0
        ? "every skill has an answer"
        : "\(left) skill\(left == 1 ? "" : "s") it does not require stay\(left == 1 ? "s" : "") "
          + "unanswered (u finds them)"
      status = .init(
        "Quick assessment done: the \(pass.skills.count) skills of the target; \(rest). v for "
          + "the report.")
      return true
    }
    status = .init(
      "Re-assessment done: \(pass.confirmed) kept, \(pass.changed) changed. v for the report.")
    return true
  }
}
