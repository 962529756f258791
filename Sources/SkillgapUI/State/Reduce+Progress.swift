import SkillgapCore

extension AppState {
  /// Keys of the progress screen: scrolling, and the other screens.
  mutating func handleProgressKey(_ key: Key) -> [Effect] {
    var offset = progressScroll
    let count = progressLines(width: size.width).count
    if scroll(&offset, key: key, lines: count) {
      progressScroll = offset
      return []
    }
    _ = handleNavigationKey(key)
    return []
  }
}
