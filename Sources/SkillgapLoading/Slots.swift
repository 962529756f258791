import Foundation

/// Values that concurrent work fills in, one slot per piece of work, behind a lock.
///
/// `Mutex` would do, but needs macOS 15; the lock is taken once per slot, never in a loop.
final class Slots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value]

  init(repeating value: Value, count: Int) {
    slots = Array(repeating: value, count: count)
  }

  subscript(index: Int) -> Value {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  /// Every slot, in order.
  var values: [Value] { lock.withLock { slots } }
}
