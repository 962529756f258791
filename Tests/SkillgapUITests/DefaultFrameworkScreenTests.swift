import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import SkillgapUI
import Testing

/// The rating screen and its level sheet with the default framework's real text, which is longer
/// than any fixture's: nothing may be cut without saying so, and the sheet holds all of it.
@Suite struct DefaultFrameworkScreenTests {
  let framework: Framework

  init() throws {
    framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
  }

  /// The screen's text as one line, without frames and bullets, so wrapped text can be found.
  func flattened(_ screen: Screen) -> String {
    screen.lines.joined(separator: " ")
      .replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "•", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func ratingState(_ size: Size) -> AppState {
    var state = AppState(
      framework: framework, assessment: Assessment(framework: framework, at: UIFixtures.now),
      today: UIFixtures.today, exportFolder: "/work")
    _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.enter), now: UIFixtures.now)
    return state
  }

  /// Wrapping depends on the width only; a tall window reads the long plan in a few pages.
  @Test(arguments: [80, 60])
  func thePlanAndReportWrapTheirTextWithoutCuttingIt(width: Int) throws {
    let size = Size(width: width, height: 400)
    let role = try #require(framework.roles.first { $0.seniority >= 3 })
    var state = ratingState(size)
    _ = reduce(&state, .keyPressed(.character("3")), now: UIFixtures.now)
    state.assessment.target = role.id
    for screen in [Key.character("p"), .character("v")] {
      _ = reduce(&state, .keyPressed(screen), now: UIFixtures.now)
      var seen: [String] = []
      var previous: [String] = []
      while true {
        let body = Array(render(state, size: size).lines.dropFirst().dropLast())
        if body == previous { break }
        previous = body
        seen += body
        _ = reduce(&state, .keyPressed(.pageDown), now: UIFixtures.now)
      }
      // Paragraphs are wrapped to the view: a line cut with "…" lost words.
      let cut = seen.filter {
        $0.trimmingCharacters(in: .whitespaces).dropLast().hasSuffix("…")
          || $0.trimmingCharacters(in: .whitespaces).hasSuffix("…")
      }
      #expect(cut.isEmpty, "\(screen) at width \(width): \(cut.prefix(3))")
    }
  }

  /// The header's right-aligned counter keeps its column from 9 to 10 answered, because the
  /// count is padded to the total's digits.
  @Test func theHeadersAnsweredCounterKeepsItsColumnFromNineToTen() throws {
    let size = Size(width: 100, height: 30)
    var state = ratingState(size)
    /// The header line and the column where its right-aligned part ("Rate  …") begins.
    func header() throws -> (line: String, column: Int) {
      let line = try #require(render(state, size: size).lines.first)
      let start = try #require(line.range(of: "Rate  ", options: .backwards))
      return (line, DisplayWidth.of(line[..<start.lowerBound]))
    }
    for _ in 0..<9 { _ = reduce(&state, .keyPressed(.character("2")), now: UIFixtures.now) }
    let total = state.walkedCount
    #expect(total >= 10)
    #expect(state.walkedAnsweredCount == 9)
    let nine = try header()
    #expect(nine.line.contains(" 9/\(total) answered"), "\(nine.line)")
    _ = reduce(&state, .keyPressed(.character("2")), now: UIFixtures.now)
    #expect(state.walkedAnsweredCount == 10)
    let ten = try header()
    #expect(ten.line.contains("10/\(total) answered"), "\(ten.line)")
    #expect(nine.column == ten.column, "\(nine.line)\n\(ten.line)")
  }

  @Test func categoryNumbersOfTwoDigitsCanBeTyped() throws {
    #expect(framework.categories.count >= 12)
    var state = ratingState(Size(width: 80, height: 24))
    func press(_ keys: Key...) {
      for key in keys { _ = reduce(&state, .keyPressed(key), now: UIFixtures.now) }
    }
    func category() -> String? { state.currentSkill?.category }

    // "1" could start 10 to 14: it waits; "2" makes 12 and opens it.
    press(.character("c"), .character("1"))
    #expect(state.overlay == .categories(selection: 0, typed: 1))
    press(.character("2"))
    #expect(state.overlay == nil)
    #expect(category() == framework.categories[11].id)
    #expect(state.assessment.ratings.isEmpty)

    // "3" cannot grow: it opens at once. "1" then Enter opens the first.
    press(.character("c"), .character("3"))
    #expect(category() == framework.categories[2].id)
    press(.character("c"), .character("1"), .enter)
    #expect(category() == framework.categories[0].id)

    // A number past the last says so and keeps the panel open.
    press(.character("c"), .character("1"), .character("9"))
    #expect(state.overlay == .categories(selection: 0, typed: 0))
    #expect(state.status?.text.contains("no category 19") == true)
    press(.escape)
    #expect(state.assessment.ratings.isEmpty)
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 60, height: 16)])
  func theRatingScreenShowsEachLevelInFullOrSaysWhereToReadIt(size: Size) {
    var state = ratingState(size)
    #expect(state.mode == .rate)
    var shownInFull = 0
    var reachable = 0
    for index in framework.skills.indices {
      state.skillIndex = index
      for level in framework.scale.levels.indices {
        state.highlight = level
        let text = flattened(render(state, size: size))
        let skill = framework.skills[index]
        let wanted = [skill.levels[level].summary] + skill.levels[level].indicators
        if wanted.allSatisfy({ text.contains(collapsed($0)) }) {
          shownInFull += 1
        } else {
          #expect(
            text.contains("more lines · [ ] move · i: every level in full"),
            "\(skill.id) at level \(level) is cut at \(size.width)×\(size.height) without a word")
          // With the tick focus on it, each indicator is on the screen, to read and tick here.
          if size == Size(width: 80, height: 24) {
            for (index, indicator) in skill.levels[level].indicators.enumerated() {
              state.ticking.rate = index
              let focused = flattened(render(state, size: size))
              #expect(
                focused.contains(collapsed(indicator)),
                "\(skill.id) level \(level) indicator \(index) cannot be reached")
              if focused.contains(collapsed(indicator)) { reachable += 1 }
            }
            state.ticking.rate = nil
          }
        }
        if level == 0, !text.contains(collapsed(skill.summary)) {
          #expect(text.contains("i: read it all"), "\(skill.id)'s description is cut silently")
        }
      }
    }
    // At the usual size, a level either fits or each of its indicators comes into view as the
    // tick focus reaches it; the smallest size leaves the rest to the sheet.
    if size == Size(width: 80, height: 24) {
      let cutLevels = framework.skills.count * framework.scale.levels.count - shownInFull
      #expect(
        reachable >= cutLevels * 3, "\(reachable) indicators reached in \(cutLevels) cut levels")
    }
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 60, height: 16)])
  func theLevelSheetHoldsEveryLevelAndIndicator(size: Size) {
    var state = ratingState(size)
    for index in framework.skills.indices {
      state.skillIndex = index
      state.overlay = nil
      _ = reduce(&state, .keyPressed(.character("i")), now: UIFixtures.now)
      _ = reduce(&state, .keyPressed(.character("g")), now: UIFixtures.now)
      // The panel's text lines by their number in the sheet, read page by page.
      var sheet: [Int: String] = [:]
      var previous: AppState.Overlay?
      while case .levels(let top)? = state.overlay, state.overlay != previous {
        previous = state.overlay
        // Rows inside the frame, from "│" to the right frame (or its scroll arrow).
        let framed = render(state, size: size).lines
          .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("│") }
        for (row, line) in framed.dropLast().enumerated() {
          sheet[top + row] = String(line.dropFirst().dropLast())
        }
        _ = reduce(&state, .keyPressed(.pageDown), now: UIFixtures.now)
      }
      let text = collapsed(
        sheet.sorted { $0.key < $1.key }.map(\.value).joined(separator: " ")
          .replacingOccurrences(of: "•", with: " "))
      let skill = framework.skills[index]
      let wanted =
        [skill.summary] + skill.levels.flatMap { [$0.summary] + $0.indicators }
        + framework.scale.levels.map(\.name)
      for part in wanted {
        #expect(text.contains(collapsed(part)), "\(skill.id): the sheet lacks “\(part)”")
      }
    }
  }
}

/// The find box knows the names people type for tools, not only the skills' own names.
@Suite struct FindByAliasTests {
  @Test(arguments: [
    ("pandas", "data-cleaning"), ("sklearn", "scikit-learn"), ("k8s", "kubernetes"),
    ("mlflow", "experiment-tracking"), ("docker", "containers"),
  ])
  func aToolsNameFindsTheSkillThatOwnsIt(query: String, skill: String) throws {
    let framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    let state = AppState(
      framework: framework, assessment: Assessment(framework: framework, at: UIFixtures.now),
      today: UIFixtures.today, exportFolder: "/work")
    let first = try #require(state.searchMatches(query).first)
    #expect(framework.skills[first].id == skill)
  }
}

/// A tall window shows every level's summary whole instead of cutting it to one row.
@Suite struct LevelSummaryWrapTests {
  @Test func atOneHundredTwentyByFortyNoLevelSummaryIsCut() throws {
    let framework = try #require(try FrameworkFolder.load(TestPaths.content).framework)
    var state = AppState(
      framework: framework, assessment: Assessment(framework: framework, at: UIFixtures.now),
      today: UIFixtures.today, exportFolder: "/work")
    let size = Size(width: 120, height: 40)
    _ = reduce(&state, .terminalResized(size), now: UIFixtures.now)
    _ = reduce(&state, .keyPressed(.enter), now: UIFixtures.now)
    var cut: [String] = []
    for index in framework.skills.indices {
      state.skillIndex = index
      let lines = render(state, size: size).lines
      let levelRows = lines.filter { line in
        framework.scale.levels.contains { line.contains(" \($0.name) ") }
      }
      if levelRows.contains(where: { $0.trimmingCharacters(in: .whitespaces).hasSuffix("…") }) {
        cut.append(framework.skills[index].id)
      }
    }
    #expect(cut == [])
    // Python's Working level reads whole: its second line is drawn under the first.
    state.skillIndex = 0
    let text = render(state, size: size).lines.joined(separator: "\n")
    #expect(text.contains("uses the standard library well and debugs without help."))
  }
}
