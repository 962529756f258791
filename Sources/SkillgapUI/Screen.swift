/// A grid of cells that a frame is rendered into; the terminal adapter draws it.
public struct Screen: Sendable, Equatable {
  /// The number of columns and rows.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a blank screen.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }
}
