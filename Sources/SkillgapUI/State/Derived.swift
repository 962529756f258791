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

  /// Text laid out for one width (and whatever else of the screen it shows), kept until the
  /// values or the key change: a scroll only picks rows out of it.
  struct Layout<Key: Equatable & Sendable>: Sendable {
    let key: Key
    let lines: [StyledLine]
  }

  /// What the plan's scrolling part shows besides the plan: the width and the chosen step.
  struct PlanLinesKey: Equatable, Sendable {
    var width: Int
    var chosen: String?
  }

  /// What the plan's pinned header shows besides the plan: the size and the chosen setting.
  struct PlanHeaderKey: Equatable, Sendable {
    var width: Int
    var height: Int
    var selected: PlanControls.Control
  }

  /// What the progress screen shows besides the answers: the width and the history.
  struct ProgressKey: Equatable, Sendable {
    var width: Int
    var snapshots: [Snapshot]
  }

  /// What the rating screen's layout depends on besides the framework: which skill, the window,
  /// whether a note takes a row, and whether the target's required level is marked.
  struct RateKey: Equatable, Sendable {
    var skill: String
    var width: Int
    var height: Int
    var hasNote: Bool
    var required: String?
  }

  /// Where each skill is in the walk (nil for one it leaves out), how many skills it goes
  /// through and how many of them are answered.
  struct Walk: Sendable {
    let positions: [Int?]
    let count: Int
    let answered: Int
  }

  /// The start menu's lists (see ``AppState/reassessmentList`` and ``AppState/quickList``):
  /// the menu, its summary and the menu's rows each ask for them, five times a frame.
  struct StartLists: Sendable {
    let reassess: [(skill: String, reason: ReassessReason)]
    let quick: [(skill: String, reason: ReassessReason)]
  }

  /// The week of the plan, its first day and the overdue steps (see ``AppState/planPace``).
  typealias Pace = (week: Int, since: CalendarDay, overdue: [PlanItem])

  let inputs: Inputs
  var report: Slot<GapReport?> = .pending
  var ranking: Slot<RoleRanking> = .pending
  var plan: Slot<StudyPlan?> = .pending
  var warnings: Slot<[ConsistencyWarning]> = .pending
  var pace: Slot<Pace?> = .pending
  var startLists: Slot<StartLists> = .pending
  var planLines: Layout<PlanLinesKey>?
  var planHeader: Layout<PlanHeaderKey>?
  var progressLines: Layout<ProgressKey>?
  /// The walk's counts the title bar and the rating screen show (a pass over every skill).
  var walk: Slot<Walk> = .pending
  /// The rating screen's layout (it wraps every level to find the tallest), kept while the
  /// highlight moves and indicators are ticked.
  var rateLayout: (key: RateKey, layout: RateLayout)?
  /// The report's lines for one width (the target and the answers are in ``Inputs``).
  var reportLines: Layout<Int>?
  /// The title bar's and the footer's rows as last drawn, with what they were drawn from: a key
  /// that changes neither (a highlight move, a scroll) copies them instead of laying them out.
  var titleRow: (key: ChromeKey, cells: ArraySlice<Cell>)?
  var footerRow: (key: ChromeKey, cells: ArraySlice<Cell>)?

  /// What the title bar or the footer is drawn from, as text, with the window's width and
  /// glyphs.
  struct ChromeKey: Equatable, Sendable {
    var parts: [String]
    var width: Int
    var glyphs: GlyphSet
  }
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
    if case .pending = next.walk { next.walk = .computed(computeWalk()) }
    if mode == .start, case .pending = next.startLists {
      next.startLists = .computed(
        .init(reassess: computeReassessmentList(), quick: computeQuickList()))
    }
    derived.value = next
    if size.isUsable {
      let title = titleKey(width: size.width)
      if next.titleRow?.key != title {
        var row = Screen(width: size.width, height: 1, glyphs: glyphs)
        drawTitleBarRow(self, &row)
        next.titleRow = (title, row.row(0))
        derived.value = next
      }
      if let footer = footerKey(width: size.width), next.footerRow?.key != footer {
        var row = Screen(width: size.width, height: 1, glyphs: glyphs)
        drawFooterRow(self, &row)
        next.footerRow = (footer, row.row(0))
        derived.value = next
      }
    }
    if mode == .report, size.isUsable, next.reportLines?.key != size.width {
      next.reportLines = .init(key: size.width, lines: layOutReportLines(width: size.width))
      derived.value = next
    }
    if mode == .rate, size.isUsable, let key = rateKey(width: size.width),
      next.rateLayout?.key != key
    {
      next.rateLayout = (key, RateLayout(self, width: size.width))
      derived.value = next
    }
    if mode == .progress, size.isUsable {
      // The chart and what moved since the last snapshot (a readiness for every role) are
      // laid out once; scrolling picks rows out of them.
      let key = Derived.ProgressKey(width: size.width, snapshots: snapshots)
      if next.progressLines?.key != key {
        next.progressLines = .init(key: key, lines: layOutProgressLines(width: size.width))
        derived.value = next
      }
    }
    guard mode == .plan, size.isUsable else { return }
    // The plan's text, laid out once for this width: a scroll then costs a page of cells.
    if case .pending = next.pace { next.pace = .computed(computePace()) }
    derived.value = next
    let headerKey = planHeaderKey(width: size.width)
    if next.planHeader?.key != headerKey {
      next.planHeader = .init(key: headerKey, lines: layOutPlanHeader(width: size.width))
      derived.value = next
    }
    let linesKey = planLinesKey(width: size.width)
    if next.planLines?.key != linesKey {
      next.planLines = .init(key: linesKey, lines: layOutPlanLines(width: size.width))
      derived.value = next
    }
  }

  /// The rating screen's layout key for the current skill, or nil without one.
  func rateKey(width: Int) -> Derived.RateKey? {
    guard let skill = currentSkill else { return nil }
    let required =
      hideRequirements ? nil : targetRole?.requirement(for: skill.id).map { "\($0.importance)" }
    return Derived.RateKey(
      skill: skill.id, width: width, height: size.height,
      hasNote: assessment.ratings[skill.id]?.note != nil, required: required)
  }

  /// The rating screen's layout, from the memo when it was laid out for this skill and window.
  func rateLayout(width: Int) -> RateLayout {
    if let known = freshDerived?.rateLayout, known.key == rateKey(width: width) {
      return known.layout
    }
    return RateLayout(self, width: width)
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
