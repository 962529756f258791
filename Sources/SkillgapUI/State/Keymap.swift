import SkillgapCore

/// The keys of each screen, for the footer and the `?` help panel.
public struct KeyHelp: Sendable, Equatable {
  /// The keys as printed, such as `↑/↓ j/k`.
  public var keys: String
  /// What they do.
  public var action: String
  /// The footer's short form, or nil to show the key only in help.
  public var footer: String?
  /// Whether the footer keeps this hint when the others do not all fit (help and quit).
  public var pinned: Bool

  init(_ keys: String, _ action: String, footer: String? = nil, pinned: Bool = false) {
    self.keys = keys
    self.action = action
    self.footer = footer
    self.pinned = pinned
  }
}

extension AppState.Mode {
  /// The screen's name in the title bar.
  public var title: String {
    switch self {
    case .start: return "Start"
    case .rate: return "Rate"
    case .review: return "Review"
    case .report: return "Gap report"
    case .roles: return "All roles"
    case .plan: return "Study plan"
    case .export: return "Export"
    case .progress: return "Progress"
    case .check: return "Knowledge check"
    }
  }

  /// The screen Esc goes back to.
  var parent: AppState.Mode? {
    switch self {
    case .start: return nil
    case .rate: return .start
    case .review: return .rate
    case .report: return .review
    case .roles, .plan, .progress: return .report
    case .check: return .rate
    case .export: return .plan
    }
  }

  /// Every key of the screen, most used first.
  public var keys: [KeyHelp] {
    let common = [
      KeyHelp("?", "show every key of this screen", footer: "?:help", pinned: true),
      KeyHelp("Esc", "go back"),
      KeyHelp("q", "quit (answers are already saved)", footer: "q:quit", pinned: true),
      KeyHelp("Ctrl-L", "repaint the screen"),
      KeyHelp("Ctrl-Z", "suspend to the shell ('fg' comes back)"),
    ]
    let screens = [
      KeyHelp("r v p e m", "review, gap report, study plan, export, progress over time"),
      KeyHelp("t", "choose the target role"),
    ]
    switch self {
    case .start:
      return [
        KeyHelp("↑/↓ j/k", "move", footer: "↑↓:move"),
        KeyHelp("Enter", "choose", footer: "Enter:choose"),
        KeyHelp("t", "choose the target role", footer: "t:target"),
      ] + common
    case .rate:
      return [
        KeyHelp("0–9", "pick that level and go on", footer: "0-9:pick"),
        KeyHelp("↑/↓ j/k", "highlight a level", footer: "↑↓:level"),
        KeyHelp("Enter", "pick the highlighted level and go on"),
        KeyHelp("← h Backspace", "previous skill", footer: "←→:skill"),
        KeyHelp("→ l", "next skill without answering"),
        KeyHelp("s", "skip: not assessed yet", footer: "s:skip"),
        KeyHelp("x", "not applicable to me"),
        KeyHelp("Space", "tick or untick the focused \"I …\" indicator", footer: "Space:tick"),
        KeyHelp("[ ]", "focus the previous or next indicator of the level"),
        KeyHelp("a", "take the level your ticks support"),
        KeyHelp("i", "all levels in full, with indicators", footer: "i:levels"),
        KeyHelp("K", "knowledge check: a few questions on the rating", footer: "K:check"),
        KeyHelp("n", "note evidence: a project, a link", footer: "n:note"),
        KeyHelp("/", "find a skill by name"),
        KeyHelp("c", "jump to a category"),
        KeyHelp("Tab", "show or hide required levels"),
      ] + screens + common
    case .review:
      return [
        KeyHelp("↑/↓ j/k", "move", footer: "↑↓:move"),
        KeyHelp("PgUp/PgDn", "page up or down"),
        KeyHelp("Home/End g/G", "first or last skill"),
        KeyHelp("Enter", "rate the highlighted skill", footer: "Enter:edit"),
        KeyHelp("u", "next unanswered skill", footer: "u:unanswered"),
        KeyHelp("K", "knowledge checks of every rating not yet supported", footer: "K:checks"),
        KeyHelp("/", "find a skill by name"),
        KeyHelp("v", "gap report", footer: "v:report"),
        KeyHelp("p e", "study plan, export"), KeyHelp("t", "choose the target role"),
      ] + common
    case .report:
      return [
        KeyHelp("↑/↓ PgUp/PgDn", "scroll", footer: "↑↓:scroll"),
        KeyHelp("t", "change the target role", footer: "t:target"),
        KeyHelp("a", "every role ranked by readiness", footer: "a:all roles"),
        KeyHelp("p", "study plan", footer: "p:plan"),
        KeyHelp("e", "export the plan"),
        KeyHelp("r", "review every answer"),
      ] + common
    case .roles:
      return [
        KeyHelp("↑/↓ j/k", "move", footer: "↑↓:move"),
        KeyHelp("Enter", "make the role the target", footer: "Enter:target"),
      ] + common
    case .plan:
      return [
        KeyHelp(
          "←/→ h/l Tab", "choose the setting that +/- change", footer: "←→:setting"),
        KeyHelp("+/-", "change the chosen setting", footer: "+/-:change"),
        KeyHelp("1–7", "on days: turn Monday … Sunday on or off"),
        KeyHelp("b", "blocking gaps only, or the whole role", footer: "b:blocking"),
        KeyHelp("[ ]", "choose the previous or next step", footer: "[]:step"),
        KeyHelp(
          "d s x", "mark the step done, under way or dropped (again: take it back)",
          footer: "d:done"),
        KeyHelp("H", "log an hour on the step"),
        KeyHelp("↑/↓ PgUp/PgDn", "scroll", footer: "↑↓:scroll"),
        KeyHelp("e", "export the plan", footer: "e:export"),
        KeyHelp("t", "change the target role"),
        KeyHelp("v", "gap report"),
      ] + common
    case .progress:
      return [
        KeyHelp("↑/↓ PgUp/PgDn", "scroll", footer: "↑↓:scroll"),
        KeyHelp("p", "study plan", footer: "p:plan"),
        KeyHelp("v", "gap report", footer: "v:report"),
      ] + common
    case .check:
      return [
        KeyHelp("1–9", "answer with that choice", footer: "1-9:answer"),
        KeyHelp("↑/↓ j/k", "highlight a choice", footer: "↑↓:choice"),
        KeyHelp("Enter", "answer with the highlighted choice; then go on", footer: "Enter:go on"),
        KeyHelp("Esc", "leave the check (it resumes where it stopped with K)"),
        KeyHelp("?", "show every key of this screen", footer: "?:help", pinned: true),
        KeyHelp("q", "quit (answers are already saved)", footer: "q:quit", pinned: true),
      ]
    case .export:
      return [
        KeyHelp("↑/↓ j/k", "move", footer: "↑↓:move"),
        KeyHelp("w", "write the files; w again answers yes", footer: "w:write"),
        KeyHelp("Space", "turn a format on or off", footer: "Space:toggle"),
        KeyHelp("Enter", "edit the path, or write the files", footer: "Enter:choose"),
      ] + screens + common
    }
  }
}
