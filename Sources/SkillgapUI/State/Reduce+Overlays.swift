import Foundation
import SkillgapCore

extension AppState {
  mutating func handleOverlayKey(_ key: Key, now: Date) -> [Effect] {
    guard let overlay else { return [] }
    switch overlay {
    case .help(let top):
      // Scrolling keys scroll a help list taller than the window; any other key closes it.
      var offset = top
      let lines = helpEntries.count
      guard lines > helpVisibleRows,
        scroll(&offset, key: key, lines: lines, visible: helpVisibleRows)
      else {
        self.overlay = nil
        return []
      }
      self.overlay = .help(top: offset)
    case .levels(let top):
      // `[ ]` focus an indicator and Space ticks it; scrolling keys scroll; a digit closes the
      // panel and picks that level; other keys close.
      if let effects = handleSheetTickKey(key, top: top, now: now) { return effects }
      var offset = top
      let sheet = LevelSheet(self)
      if scroll(&offset, key: key, lines: sheet.lines.count, visible: sheet.visibleRows) {
        self.overlay = .levels(top: offset)
        return []
      }
      self.overlay = nil
      if case .character(let character) = key, character.isWholeNumber {
        return handleRateKey(key, now: now)
      }
    case .note(var editor):
      switch key {
      case .escape:
        self.overlay = nil
        status = .init("Note unchanged.", tone: .warning)
      case .enter:
        self.overlay = nil
        guard let skill = currentSkill else { return [] }
        assessment.setNote(skill.id, editor.text, at: now)
        status = .init(editor.text.isEmpty ? "Note removed." : "Note saved.")
        return [.save(assessment)]
      default:
        _ = editor.handle(key)
        self.overlay = .note(editor)
      }
    case .search(var editor, var selection):
      let matches = searchMatches(editor.text)
      switch key {
      case .escape: self.overlay = nil
      case .up, .control("p"): selection = max(0, selection - 1)
      case .down, .control("n"), .tab: selection = min(max(0, matches.count - 1), selection + 1)
      case .enter:
        guard matches.indices.contains(selection) else { return [] }
        self.overlay = nil
        skillIndex = matches[selection]
        open(.rate)
        return []
      default:
        if editor.handle(key) { selection = 0 }
      }
      if self.overlay != nil { self.overlay = .search(editor, selection: selection) }
    case .categories(var selection, var typed):
      let count = framework.categories.count
      switch key {
      case .escape: self.overlay = nil
      case .up, .character("k"):
        selection = max(0, selection - 1)
        typed = 0
      case .down, .character("j"):
        selection = min(count - 1, selection + 1)
        typed = 0
      case .character(let digit) where digit.isWholeNumber:
        // Digits type a category's number (1 is the first). It opens as soon as no longer
        // number could follow; until then it is highlighted and Enter opens it.
        let number = typed * 10 + (digit.wholeNumberValue ?? 0)
        guard number >= 1, number <= count else {
          typed = 0
          status = .init(
            "There is no category \(number); they go from 1 to \(count).", tone: .warning)
          break
        }
        guard number * 10 > count else {
          selection = number - 1
          typed = number
          break
        }
        self.overlay = nil
        jumpToCategory(number - 1)
        return []
      case .enter:
        self.overlay = nil
        jumpToCategory(selection)
        return []
      default: break
      }
      if self.overlay != nil { self.overlay = .categories(selection: selection, typed: typed) }
    case .targets(var selection):
      let count = framework.roles.count + 1
      switch key {
      case .escape: self.overlay = nil
      case .up, .character("k"): selection = max(0, selection - 1)
      case .down, .character("j"): selection = min(count - 1, selection + 1)
      case .home, .character("g"): selection = 0
      case .end, .character("G"): selection = count - 1
      case .enter:
        self.overlay = nil
        let id = selection < framework.roles.count ? framework.roles[selection].id : nil
        return setTarget(id, now: now)
      default: break
      }
      if self.overlay != nil { self.overlay = .targets(selection: selection) }
    }
    return []
  }

  /// Opens the first unanswered skill of a category (or its first skill).
  mutating func jumpToCategory(_ index: Int) {
    guard framework.categories.indices.contains(index) else { return }
    let id = framework.categories[index].id
    let skills = framework.skills.indices.filter { framework.skills[$0].category == id }
    let unanswered = skills.first { assessment.ratings[framework.skills[$0].id] == nil }
    if let index = unanswered ?? skills.first {
      skillIndex = index
      open(.rate)
    }
  }

  /// Indices of skills whose name, id, aliases (`sklearn`, `k8s`, `pandas`) or category name
  /// holds every word of the query, ignoring case and accents; names and aliases that start with
  /// the query come first.
  public func searchMatches(_ query: String) -> [Int] {
    let words = query.folded.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return Array(framework.skills.indices) }
    let scored = framework.skills.indices.compactMap { index -> (Int, Int)? in
      let skill = framework.skills[index]
      let category = framework.category(skill.category)?.name ?? ""
      let aliases = skill.aliases.joined(separator: " ")
      let haystack = "\(skill.name) \(skill.id) \(aliases) \(category)".folded
      guard words.allSatisfy({ haystack.contains($0) }) else { return nil }
      let leads = ([skill.name] + skill.aliases).contains { $0.folded.hasPrefix(words[0]) }
      return (leads ? 0 : 1, index)
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
  }
}

extension String {
  /// Lowercased without accents, for matching what people type.
  var folded: String {
    folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

extension AppState {
  /// Ticking in the every-level panel: `[ ]` move the focus over every indicator of every
  /// level, scrolling to show it, and Space ticks it. Nil for other keys.
  fileprivate mutating func handleSheetTickKey(_ key: Key, top: Int, now: Date) -> [Effect]? {
    guard let skill = currentSkill else { return nil }
    let all = TickFocus.all(skill)
    guard !all.isEmpty else { return nil }
    // Before the first move, the focus starts at the highlighted level's first indicator.
    let start = all.firstIndex { $0.level >= highlight } ?? 0
    let position = ticking.sheet.flatMap { all.firstIndex(of: $0) }
    var effects: [Effect] = []
    switch key {
    case .character("]"): ticking.sheet = all[position.map { min(all.count - 1, $0 + 1) } ?? start]
    case .character("["): ticking.sheet = all[position.map { max(0, $0 - 1) } ?? start]
    case .character(" "):
      let tick = ticking.sheet ?? all[start]
      ticking.sheet = tick
      effects = toggle(tick, now: now)
    default: return nil
    }
    let sheet = LevelSheet(self)
    var offset = top
    if let line = sheet.focusLine {
      if line < offset { offset = line }
      if line >= offset + sheet.visibleRows { offset = line - sheet.visibleRows + 1 }
    }
    overlay = .levels(top: sheet.clamped(offset))
    return effects
  }
}
