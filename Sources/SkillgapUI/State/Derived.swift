import SkillgapCore

/// The report, the ranking of roles and the plan, computed from the answers and kept between
/// key presses. On the full framework they take milliseconds each, and one key used to compute
/// them several times (once to clamp a scroll, again to draw).
///
/// They are a function of ``Inputs``: whenever the inputs change, the values are computed again,
/// and only those the current screen needs.
struct Derived: Sendable {
  /// What the values depend on (the hours per week are among the assessment's preferences).
  struct Inputs: Sendable, Equatable {
    var assessment: Assessment
    var planStart: CalendarDay
  }

  /// A value computed on demand: not yet, or computed (which may be nil, as a report without
  /// a target is).
  enum Slot<Value: Sendable>: Sendable {
    case pending
    case computed(Value)

    var value: Value? {
      if case .computed(let value) = self { return value }
      return nil
    }
  }

  let inputs: Inputs
  var report: Slot<GapReport?> = .pending
  var ranking: Slot<RoleRanking> = .pending
  var plan: Slot<StudyPlan?> = .pending
  var warnings: Slot<[ConsistencyWarning]> = .pending
}

/// Holds the derived values in the state without making them part of its identity: they follow
/// from the rest, so two states that differ only here are equal.
struct DerivedMemo: Sendable, Equatable {
  var value: Derived?

  static func == (lhs: DerivedMemo, rhs: DerivedMemo) -> Bool { true }
}

extension AppState {
  var derivedInputs: Derived.Inputs {
    Derived.Inputs(assessment: assessment, planStart: planStart)
  }

  /// The derived values, if they were computed for the current inputs.
  var freshDerived: Derived? {
    guard let derived = derived.value, derived.inputs == derivedInputs else { return nil }
    return derived
  }

  /// Computes what the current screen shows from the answers, unless it is already known.
  mutating func refreshDerived() {
    var next = freshDerived ?? Derived(inputs: derivedInputs)
    let needsReport = [.report, .plan].contains(mode)
    let needsRanking = mode == .roles || (mode == .report && targetRole == nil)
    if needsReport, case .pending = next.report {
      next.report = .computed(computeReport())
    }
    if needsRanking, case .pending = next.ranking { next.ranking = .computed(computeRanking()) }
    if [.review, .report].contains(mode), case .pending = next.warnings {
      next.warnings = .computed(computeWarnings())
    }
    if mode == .plan, case .pending = next.plan {
      next.plan = .computed(computePlan(report: next.report.value ?? nil))
    }
    derived.value = next
  }

  /// The gap report for the target role, if one is chosen.
  var targetReport: GapReport? {
    if let known = freshDerived?.report.value { return known }
    return computeReport()
  }

  /// Every role ranked by readiness.
  var ranking: RoleRanking {
    freshDerived?.ranking.value ?? computeRanking()
  }

  /// The study plan for the target role at the chosen hours per week.
  public var targetPlan: StudyPlan? {
    if let known = freshDerived?.plan.value { return known }
    return computePlan(report: targetReport)
  }

  /// The consistency warnings of the answers (never blocking), for the review and the report.
  public var consistencyWarnings: [ConsistencyWarning] {
    freshDerived?.warnings.value ?? computeWarnings()
  }

  private func computeWarnings() -> [ConsistencyWarning] {
    ConsistencyWarning.warnings(framework: framework, assessment: assessment, target: targetRole)
  }

  private func computeReport() -> GapReport? {
    targetRole.map { GapEngine(framework: framework).report(for: $0, assessment: assessment) }
  }

  private func computeRanking() -> RoleRanking {
    RoleRanking.rank(
      GapEngine(framework: framework), assessment: assessment, target: targetRole?.id)
  }

  private func computePlan(report: GapReport?) -> StudyPlan? {
    guard let report else { return nil }
    let options = assessment.preferences.planOptions(start: planStart)
    return try? Planner.plan(
      for: report, framework: framework, options: options, progress: assessment.progress)
  }
}
