import Foundation
import SkillgapCore

/// Everything the interactive app shows, as one value; ``reduce(_:_:now:)`` is the only way it
/// changes and ``render(_:size:)`` the only way it is drawn.
public struct AppState: Sendable, Equatable {
  /// The screens of the app.
  public enum Mode: Sendable, Equatable {
    case start, rate, review, report, roles, plan, export, progress, check
  }

  /// What a second press confirms.
  public enum Confirmation: Sendable, Equatable {
    /// Starting over (Enter on the start menu's item): the current answers are kept aside.
    case startOver
    /// Quitting while the latest answers could not be saved (`q`, or Enter on Quit).
    case quit
    /// Rating a skill at the level a step just marked done reaches (`y` on the plan screen).
    case rerate(skill: String, level: Int)
  }

  /// Panels drawn over a screen, taking the keys while open.
  public enum Overlay: Sendable, Equatable {
    /// Every key of the current screen, scrolled by `top` rows when the window is short.
    case help(top: Int)
    /// The current skill's levels in full, with all their indicators, scrolled by `top` lines.
    case levels(top: Int)
    /// Editing the note of the current skill.
    case note(LineEditor)
    /// Finding a skill by name: the query and the highlighted match.
    case search(LineEditor, selection: Int)
    /// Jumping to a category: the highlighted row, and the number typed so far when it could
    /// still grow (with ten or more categories, "1" waits for a possible second digit).
    case categories(selection: Int, typed: Int = 0)
    /// Choosing the target role; the last row is "decide later".
    case targets(selection: Int)
  }

  /// The framework being assessed.
  public let framework: Framework
  /// The answers so far; saved after every change.
  public var assessment: Assessment
  /// The current screen.
  public var mode: Mode = .start
  /// The screens Esc goes back through, most recent last.
  public var history: [Mode] = []
  /// What waits for the same key once more before it happens; any other key drops it.
  public var confirming: Confirmation?
  /// Why the latest answers are not saved, while saving fails (a folder that cannot be written).
  public var unsavedReason: String?
  /// The terminal size the screens are laid out for.
  public var size = Size(width: 80, height: 24)
  /// The characters the terminal can show (ASCII outside a UTF-8 locale).
  public var glyphs = GlyphSet.unicode
  /// The panel drawn over the screen, if any.
  public var overlay: Overlay?
  /// Whether the rating screen hides the target's required level (on by default, since seeing
  /// the target anchors the answer). Kept in the assessment's preferences, so the choice
  /// survives a restart.
  public var hideRequirements: Bool {
    get { assessment.preferences.hideRequirements ?? true }
    set { assessment.preferences.hideRequirements = newValue }
  }
  /// A one-line message for the status bar, and whether it is bad news.
  public var status: Status?

  /// The highlighted item of the start menu.
  public var startSelection = 0
  /// The skill on the rating screen (index into `framework.skills`).
  public var skillIndex = 0 {
    didSet { if skillIndex != oldValue { ticking = TickFocus() } }
  }
  /// The highlighted level on the rating screen.
  public var highlight = 0 {
    didSet { if highlight != oldValue { ticking.rate = nil } }
  }
  /// The indicator `Space` ticks on the rating screen and in the every-level panel.
  public var ticking = TickFocus()
  /// Whether the rating screen was opened from the review and goes back there on answering.
  public var ratingFromReview = false
  /// The review table's cursor and scroll.
  public var review = ListPosition()
  /// The report's scroll offset, in lines.
  public var reportScroll = 0
  /// The roles ranking's cursor and scroll.
  public var roles = ListPosition()
  /// The plan's hours per week, kept with the assessment's preferences (6 until changed).
  public var hoursPerWeek: Int {
    get { assessment.preferences.planHoursPerWeek ?? Int(PlanOptions.defaultHoursPerWeek) }
    set { assessment.preferences.hoursPerWeek = newValue }
  }
  /// The first day of the plan.
  public var planStart: CalendarDay
  /// Today: the earliest day a plan may start.
  public let today: CalendarDay
  /// The plan screen's own state.
  public var planControls = PlanControls()
  /// The re-assessment under way, if any.
  public var quickPass: QuickPass?
  /// The dated snapshots of earlier assessments, oldest first (read by the runner at start).
  public var snapshots: [Snapshot] = []
  /// The progress screen's scroll offset, in lines.
  public var progressScroll = 0
  /// The export screen's choices.
  public var export: ExportChoices
  /// The knowledge-check screen's state.
  public var check = CheckScreen()
  /// The report, ranking and plan computed for the current answers (see ``Derived``).
  var derived = DerivedMemo()

  /// A status-bar message.
  public struct Status: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Its tone: good, warning or bad.
    public var tone: Tone

    /// Creates a message.
    public init(_ text: String, tone: Tone = .good) {
      self.text = text
      self.tone = tone
    }
  }

  /// Creates the state the app starts in.
  /// - Parameters:
  ///   - framework: The framework to assess.
  ///   - assessment: The saved assessment, or a new empty one.
  ///   - today: The first day of the plan.
  ///   - exportFolder: The folder export paths start in.
  public init(
    framework: Framework, assessment: Assessment, today: CalendarDay,
    exportFolder: String
  ) {
    self.framework = framework
    self.assessment = assessment
    self.today = today
    // A start chosen earlier is kept while it is still ahead; otherwise the plan starts today.
    let saved = assessment.preferences.planStart.flatMap(CalendarDay.init(iso:))
    self.planStart = saved.map { max($0, today) } ?? today
    self.export = ExportChoices(folder: exportFolder, preferences: assessment.preferences)
    if canResume, let index = firstUnansweredIndex { skillIndex = index }
    highlight = currentLevel ?? 0
  }

  /// Whether there are answers to resume (and to keep aside when starting over).
  public var canResume: Bool { !assessment.ratings.isEmpty }

  /// The skill on the rating screen.
  public var currentSkill: Skill? {
    framework.skills.indices.contains(skillIndex) ? framework.skills[skillIndex] : nil
  }

  /// The rated level of the current skill, if it has one.
  public var currentLevel: Int? {
    currentSkill.flatMap { assessment.level(of: $0.id) }
  }

  /// Whether the walk includes the skills of optional categories (off unless the person opts
  /// in on the start screen). Kept in the assessment's preferences.
  public var includeOptional: Bool {
    get { assessment.preferences.includeOptional ?? false }
    set { assessment.preferences.includeOptional = newValue ? true : nil }
  }

  /// Whether the assessment walks the skill at `index`: every skill, except those of optional
  /// categories until the person opts in.
  public func isWalked(_ index: Int) -> Bool {
    guard framework.skills.indices.contains(index) else { return false }
    return includeOptional || !framework.isOptional(framework.skills[index])
  }

  /// The skills the walk goes through, as the header counts them.
  public var walkedCount: Int { walk.count }

  /// The skills of optional categories, when the framework has any.
  public var optionalSkills: [Skill] {
    // The categories first: most frameworks have one optional category or none.
    let optional = framework.categories.filter(\.isOptional).map(\.id)
    guard !optional.isEmpty else { return [] }
    return framework.skills.filter { optional.contains($0.category) }
  }

  /// The first skill the walk goes through without an answer (unanswered or skipped).
  public var firstUnansweredIndex: Int? {
    framework.skills.indices.first {
      isWalked($0) && !assessment.isAnswered(framework.skills[$0].id)
    }
  }

  /// How many skills of the walk have no answer yet (unanswered or skipped), as the header
  /// counts them; skills of optional categories left out of the walk do not count.
  public var unansweredCount: Int { walk.count - walk.answered }

  /// How many skills of the walk have an answer.
  public var walkedAnsweredCount: Int { walk.answered }

  /// The place (from 1) of the skill at `index` among those the walk goes through, or nil for
  /// a skill it leaves out.
  public func walkedPosition(_ index: Int) -> Int? {
    let positions = walk.positions
    return positions.indices.contains(index) ? positions[index] : nil
  }

  /// The walk's counts, from the memo when it holds them for these answers.
  var walk: Derived.Walk { freshDerived?.walk.value ?? computeWalk() }

  /// One pass over the skills: each one's place in the walk, how many it has, how many are
  /// answered.
  func computeWalk() -> Derived.Walk {
    let optional = Set(framework.categories.filter(\.isOptional).map(\.id))
    var positions: [Int?] = []
    positions.reserveCapacity(framework.skills.count)
    var count = 0
    var answered = 0
    for skill in framework.skills {
      guard includeOptional || !optional.contains(skill.category) else {
        positions.append(nil)
        continue
      }
      count += 1
      positions.append(count)
      if assessment.isAnswered(skill.id) { answered += 1 }
    }
    return Derived.Walk(positions: positions, count: count, answered: answered)
  }

  /// The target role, if one is chosen and exists.
  public var targetRole: Role? {
    assessment.target.flatMap { framework.role($0) }
  }
}

/// A cursor in a scrolling list and the first row shown.
public struct ListPosition: Sendable, Equatable {
  /// The highlighted row.
  public var selected = 0
  /// The first row on screen.
  public var top = 0

  /// Creates a position.
  public init(selected: Int = 0, top: Int = 0) {
    self.selected = selected
    self.top = top
  }

  /// Moves the cursor by `delta` rows within `count`, scrolling to keep it in `visible` rows.
  public mutating func move(by delta: Int, count: Int, visible: Int) {
    guard count > 0 else {
      selected = 0
      top = 0
      return
    }
    selected = min(max(0, selected + delta), count - 1)
    scroll(visible: visible, count: count)
  }

  /// Applies a list key (arrows, j/k, PgUp/PgDn, Space, Home/End, g/G); false for others.
  public mutating func handle(_ key: Key, count: Int, visible: Int) -> Bool {
    switch key {
    case .up, .character("k"): move(by: -1, count: count, visible: visible)
    case .down, .character("j"): move(by: 1, count: count, visible: visible)
    case .pageUp: move(by: -visible, count: count, visible: visible)
    case .pageDown, .character(" "): move(by: visible, count: count, visible: visible)
    case .home, .character("g"): move(by: -count, count: count, visible: visible)
    case .end, .character("G"): move(by: count, count: count, visible: visible)
    default: return false
    }
    return true
  }

  /// Scrolls so the cursor is on screen.
  public mutating func scroll(visible: Int, count: Int) {
    let rows = max(1, visible)
    if selected < top { top = selected }
    if selected >= top + rows { top = selected - rows + 1 }
    top = max(0, min(top, max(0, count - rows)))
  }
}

/// The export screen's choices: formats, the path without extension, and the focused row.
public struct ExportChoices: Sendable, Equatable {
  /// The formats a plan can be exported to.
  public typealias Format = ExportFormat

  /// The files' name when only a folder is given.
  public static let defaultName = "skillgap-plan"
  /// The chosen formats, in ``Format`` order.
  public var formats: [Format] = [.markdown, .html, .ics]
  /// The path of the files without extension; each format adds its own.
  public var path: LineEditor
  /// The focused row: 0..<5 are formats, 5 is the path, 6 is the export button.
  public var focus = 0
  /// The path as it was when editing began, while it is being edited (Esc puts it back).
  public var pathBeforeEditing: LineEditor?
  /// Whether the path is being edited.
  public var editingPath: Bool { pathBeforeEditing != nil }
  /// The files written by the last export, or the error it met.
  public var outcome: ExportOutcome?

  /// The folder the files go to when no path is given.
  public let folder: String

  /// Creates the choices last saved with the assessment, or the defaults: Markdown, HTML and
  /// iCalendar files named `skillgap-plan` in `folder`.
  public init(folder: String, preferences: Assessment.Preferences = .init()) {
    self.folder = folder
    path = LineEditor(Self.filesPath(preferences.exportPath ?? "", folder: folder))
    if let names = preferences.exportFormats {
      let chosen = Set(names.compactMap(Format.init(rawValue:)))
      formats = Format.allCases.filter { chosen.contains($0) }
    }
  }

  /// The path of the files for a typed path: the default name in `folder` when it is empty, and
  /// inside the typed folder when it ends in "/".
  public static func filesPath(_ typed: String, folder: String) -> String {
    let text = typed.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return (folder.hasSuffix("/") ? folder : folder + "/") + Self.defaultName }
    return text.hasSuffix("/") ? text + Self.defaultName : text
  }

  /// What the export would need the person to allow before it writes: the answer to the
  /// question of the last try, if it asked one.
  public var pendingQuestion: ExportQuestion? { outcome?.question }
}

/// What an export did: the full paths written, the error that stopped it, or the question it
/// stopped to ask before writing anything.
public struct ExportOutcome: Sendable, Equatable {
  /// The files written, full paths.
  public var written: [String]
  /// The error, one sentence, or nil when every file was written.
  public var error: String?
  /// What must be allowed first; nothing was written.
  public var question: ExportQuestion?

  /// Creates an outcome.
  public init(written: [String], error: String? = nil, question: ExportQuestion? = nil) {
    self.written = written
    self.error = error
    self.question = question
  }
}

/// Why an export stopped before writing: it never replaces files or creates folders unasked.
public enum ExportQuestion: Sendable, Equatable {
  /// The folder does not exist (full path).
  case createFolder(String)
  /// These files exist and would be replaced (full paths).
  case replace([String])
}

extension ExportFormat {
  /// The name shown on the export screen.
  public var title: String {
    switch self {
    case .markdown: return "Markdown checklist"
    case .json: return "JSON (report and plan)"
    case .csv: return "CSV spreadsheet"
    case .html: return "HTML page with charts"
    case .ics: return "iCalendar study sessions"
    }
  }
}
