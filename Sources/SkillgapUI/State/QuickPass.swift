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

  /// Why a skill comes back, in words.
  func why(_ skill: String, months: Int) -> String {
    switch reasons[skill] {
    case .moved?: return "a plan step was finished since it was rated"
    case .stale?: return "rated over \(months) months ago"
    case .unanswered?: return "not answered yet"
    case .retake?: return "going through every answer again"
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
  public var reassessmentList: [(skill: String, reason: ReassessReason)] {
    let list = assessment.reassessment(of: framework, now: todayInstant)
    if list.contains(where: { $0.reason != .unanswered }) { return list }
    guard list.isEmpty, canResume else { return [] }
    return framework.skills.map { ($0.id, .retake) }
  }

  /// Starts the quick pass at its first skill.
  mutating func startQuickPass() {
    let list = reassessmentList
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
    status = .init(
      "Re-assessment done: \(pass.confirmed) kept, \(pass.changed) changed. v for the report.")
    return true
  }
}
