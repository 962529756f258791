import Foundation
import SkillgapCore

extension AppState {
  /// Opens the knowledge check of the skill just rated at a higher level, right after its
  /// rating (`K` as the next key), else of the current skill (`K` on the rating screen).
  mutating func openCheck(offered: String?, now: Date) -> [Effect] {
    let candidates = [offered, currentSkill?.id].compactMap { $0 }
    guard let id = candidates.first(where: { assessment.level(of: $0) ?? 0 > 0 }) else {
      status = .init(
        "Rate the skill above \(framework.scale.name(of: 0)) first; K then checks the rating.",
        tone: .warning)
      return []
    }
    return startChecks([id], now: now)
  }

  /// The review's pass: every rated skill with questions whose rating no check supports yet.
  mutating func openCheckPass(now: Date) -> [Effect] {
    let ids = framework.skills.filter { skill in
      (assessment.level(of: skill.id) ?? 0) > 0
        && !questions(for: skill).isEmpty
        && !{
          if case .supported = assessment.checkStatus(of: skill) { return true }
          return false
        }()
    }.map(\.id)
    guard !ids.isEmpty else {
      status = .init(
        "No rated skill is left to check: every rating with questions is supported.",
        tone: .warning)
      return []
    }
    return startChecks(ids, now: now)
  }

  /// The questions a new check of a skill at its rating would ask.
  func questions(for skill: Skill) -> [Int] {
    guard let level = assessment.level(of: skill.id) else { return [] }
    let earlier = assessment.checks[skill.id]
    let asked = Set((earlier?.askedBefore ?? []) + (earlier?.questions ?? []))
    return KnowledgeCheck.questions(
      for: skill, level: level, askedBefore: asked, seed: assessment.checkSeed)
  }

  private mutating func startChecks(_ ids: [String], now: Date) -> [Effect] {
    var screen = CheckScreen()
    screen.skills = ids
    check = screen
    let effects = beginCurrentCheck(now: now)
    guard check.skill != nil else { return effects }
    open(.check)
    return effects
  }

  /// Starts or resumes the check of the pass's current skill, skipping skills that have no
  /// question at or just below their rating.
  private mutating func beginCurrentCheck(now: Date) -> [Effect] {
    while let id = check.skill {
      guard let skill = framework.skill(id), let level = assessment.level(of: id) else {
        check.position += 1
        continue
      }
      if let existing = assessment.checks[id], existing.level == level, !existing.isFinished {
        check.selection = 0
        check.revealed = false
        return []
      }
      let picked = questions(for: skill)
      guard !picked.isEmpty else {
        if check.skills.count == 1 {
          status = .init(
            "\(skill.name) has no question at or just below \(framework.scale.name(of: level)).",
            tone: .warning)
        }
        check.position += 1
        continue
      }
      let earlier = assessment.checks[id]
      let asked = Set((earlier?.askedBefore ?? []) + (earlier?.questions ?? [])).sorted()
      assessment.checks[id] = KnowledgeCheck(
        level: level, questions: picked, started: now, askedBefore: asked)
      check.selection = 0
      check.revealed = false
      return [.save(assessment)]
    }
    return []
  }

  /// The check under way on the screen, its skill and the question shown.
  var currentCheck: (skill: Skill, check: KnowledgeCheck, question: Int)? {
    guard let id = check.skill, let skill = framework.skill(id),
      let progress = assessment.checks[id]
    else { return nil }
    let shown = check.revealed ? progress.answers.count - 1 : progress.answers.count
    guard progress.questions.indices.contains(shown) else {
      return (skill, progress, progress.questions.count)
    }
    return (skill, progress, shown)
  }

  /// The shown question's choices in display order (indices into its own choices).
  var shownChoiceOrder: [Int] {
    guard let current = currentCheck, current.check.questions.indices.contains(current.question)
    else { return [] }
    return KnowledgeCheck.choiceOrder(
      of: current.check.questions[current.question], in: current.skill,
      seed: assessment.checkSeed)
  }

  mutating func handleCheckKey(_ key: Key, now: Date) -> [Effect] {
    guard let current = currentCheck else {
      goBack()
      return []
    }
    let order = shownChoiceOrder
    if current.question >= current.check.questions.count || check.revealed {
      // The answer is shown (or the result): Enter goes on; other keys wait.
      guard key == .enter || key == .character(" ") || key == .right else { return [] }
      return next(now: now)
    }
    switch key {
    case .up, .character("k"): check.selection = max(0, check.selection - 1)
    case .down, .character("j"): check.selection = min(order.count - 1, check.selection + 1)
    case .character(let character) where character.isWholeNumber:
      guard let value = character.wholeNumberValue, (1...order.count).contains(value) else {
        status = .init("Choices go from 1 to \(order.count).", tone: .warning)
        return []
      }
      check.selection = value - 1
      return choose(order[value - 1], now: now)
    case .enter:
      guard order.indices.contains(check.selection) else { return [] }
      return choose(order[check.selection], now: now)
    default: break
    }
    return []
  }

  private mutating func choose(_ choice: Int, now: Date) -> [Effect] {
    guard let id = check.skill, var progress = assessment.checks[id] else { return [] }
    progress.answers.append(choice)
    if progress.isFinished { progress.finished = now }
    assessment.checks[id] = progress
    check.revealed = true
    return [.save(assessment)]
  }

  /// After an explained answer: the next question, the skill's result, or the next skill.
  private mutating func next(now: Date) -> [Effect] {
    guard let current = currentCheck else { return [] }
    if check.revealed {
      check.revealed = false
      check.selection = 0
      if !current.check.isFinished { return [] }
      // The result of the skill is shown next.
      switch current.check.outcome(in: current.skill) {
      case .supported?: check.supported += 1
      case .looksHigh?: check.looksHigh += 1
      case nil: break
      }
      return []
    }
    check.position += 1
    let effects = beginCurrentCheck(now: now)
    if check.skill == nil { finishPass() }
    return effects
  }

  private mutating func finishPass() {
    let done = check.supported + check.looksHigh
    let fromRate = history.last == .rate
    goBack()
    if !fromRate && mode != .review { open(.review) }
    status = .init(
      done == 0
        ? "No check was finished."
        : "Knowledge checks: \(check.supported) supported, \(check.looksHigh) look high. "
          + "Your ratings stay as they are: you decide.",
      tone: check.looksHigh > 0 ? .warning : .good)
    check = CheckScreen()
  }
}
