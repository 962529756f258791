import Foundation

/// Why a skill comes back in a re-assessment.
public enum ReassessReason: String, Sendable, Equatable, Codable {
  /// A plan step of the skill was marked done after it was rated: the level may have moved.
  case moved
  /// Rated longer ago than the framework's `stale_after_months`.
  case stale
  /// Not answered yet (or skipped).
  case unanswered
  /// Every answer is fresh and the person asked to go through them again.
  case retake
  /// The quick assessment: the target role requires it, and it has no answer yet.
  case required
}

extension Assessment {
  /// Whether a rating is older than the framework says ratings stay fresh.
  public func isStale(_ skillID: String, framework: Framework, now: Date) -> Bool {
    guard isAnswered(skillID), let rated = ratings[skillID]?.ratedAt else { return false }
    let days = Double(framework.staleAfterMonths) * 30.436875
    return now.timeIntervalSince(rated) > days * 86_400
  }

  /// The skills a quick re-assessment goes through, each with why: first those a plan step was
  /// finished for since they were rated (their evidence is freshest), then the unanswered ones,
  /// then the stale ones; each group in framework order.
  /// - Parameters:
  ///   - framework: The framework in use.
  ///   - now: The time of the re-assessment.
  /// - Returns: Skill ids and reasons; empty when every answer is fresh.
  /// - Complexity: O(*s* + *p*) for *s* skills and *p* steps with progress.
  public func reassessment(of framework: Framework, now: Date) -> [(
    skill: String, reason: ReassessReason
  )] {
    var finished: [String: Date] = [:]
    for (id, step) in progress where step.status == .done {
      guard let skill = id.split(separator: "@").first.map(String.init) else { continue }
      finished[skill] = max(finished[skill] ?? .distantPast, step.updated)
    }
    let found: [(skill: String, reason: ReassessReason)] = framework.skills.compactMap { skill in
      guard isAnswered(skill.id) else { return (skill.id, .unanswered) }
      if let done = finished[skill.id], let rated = ratings[skill.id]?.ratedAt, done > rated {
        return (skill.id, .moved)
      }
      return isStale(skill.id, framework: framework, now: now) ? (skill.id, .stale) : nil
    }
    let order: [ReassessReason] = [.moved, .unanswered, .stale]
    return order.flatMap { reason in found.filter { $0.reason == reason } }
  }
}
