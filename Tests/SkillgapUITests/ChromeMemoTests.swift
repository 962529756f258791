import Foundation
import SkillgapCore
import SkillgapTestSupport
import Testing

@testable import SkillgapUI

/// The title bar and the footer drawn from the memo must be the rows drawn afresh.
@Suite struct ChromeMemoTests {
  /// The frame of `state` drawn from its memo, and drawn with the memo forgotten.
  func bothWays(_ state: AppState) -> (memo: Screen, fresh: Screen) {
    var forgotten = state
    forgotten.derived = DerivedMemo()
    return (render(state, size: state.size), render(forgotten, size: state.size))
  }

  @Test func everyScreenAndPanelDrawsTheSameRowsFromTheMemo() {
    let journeys: [[Key]] = [
      [], [.enter], [.enter, .character("j")], [.enter, .character("2"), .character("3")],
      [.enter, .character("r")], [.enter, .character("v")], [.enter, .character("p")],
      [.enter, .character("e")], [.enter, .character("m")], [.character("t")],
      [.enter, .character("?")], [.enter, .character("?"), .character("j")],
      [.enter, .character("n")], [.enter, .character("/")], [.enter, .character("i")],
      [.enter, .character("c")], [.enter, .character("s")], [.enter, .character("q")],
    ]
    for size in [Size(width: 80, height: 24), Size(width: 60, height: 16)] {
      for keys in journeys {
        var driver = Driver()
        driver.send(.terminalResized(size))
        for key in keys { driver.press(key) }
        let (memo, fresh) = bothWays(driver.state)
        let last = size.height - 1
        #expect(memo.lines[0] == fresh.lines[0], "title after \(keys) at \(size)")
        #expect(memo.lines[last] == fresh.lines[last], "footer after \(keys) at \(size)")
        // Tones and weights too: the whole frame, cell for cell.
        let same = memo == fresh
        #expect(same, "frame after \(keys) at \(size)")
      }
    }
  }

  @Test func aChangedCountOrMessageIsNotTakenFromAnOldRow() {
    var driver = Driver()
    driver.send(.terminalResized(Size(width: 80, height: 24)))
    driver.press(.enter)
    let before = render(driver.state, size: driver.state.size)
    driver.press(.character("2"))
    let after = bothWays(driver.state)
    let same = after.memo == after.fresh
    #expect(same)
    #expect(after.memo.lines[0] != before.lines[0])
  }
}
