import Foundation
import SkillgapCore
import SkillgapTestSupport
import SkillgapUI

/// Drives the reducer with keys, one second apart, and keeps every effect.
struct Driver {
  var state: AppState
  var effects: [Effect] = []
  var clock = UIFixtures.now

  init(_ state: AppState) {
    self.state = state
  }

  init(framework: Framework = UIFixtures.framework(), saved: Assessment? = nil) {
    let assessment = saved ?? Assessment(framework: framework, at: UIFixtures.now)
    state = AppState(
      framework: framework, assessment: assessment,
      today: UIFixtures.today, exportFolder: "/work")
  }

  /// Presses keys in order.
  mutating func press(_ keys: Key...) {
    for key in keys { send(.keyPressed(key)) }
  }

  /// Types text one character at a time.
  mutating func type(_ text: String) {
    for character in text { send(.keyPressed(.character(character))) }
  }

  mutating func send(_ action: Action) {
    clock += 1
    effects += reduce(&state, action, now: clock)
  }

  /// The time the n-th action (from 1) was stamped with.
  static func time(_ n: Int) -> Date { UIFixtures.now + Double(n) }
}
