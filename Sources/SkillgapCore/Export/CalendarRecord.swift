import Foundation

/// What the last iCalendar export held, event by event, so the next export can update a
/// calendar that imported it: the same UIDs, `SEQUENCE` raised for what changed, cancellations
/// for what went away.
///
/// Kept as plain JSON beside the saved assessment (`<framework id>.calendar.json`).
public struct CalendarRecord: Sendable, Equatable, Codable {
  /// One event as it was last exported.
  public struct Event: Sendable, Equatable, Codable {
    /// The event's UID.
    public var uid: String
    /// The `DTSTART` value: `YYYYMMDDTHHMMSS` (floating local time) or `YYYYMMDD` (a date).
    public var start: String
    /// The `DTEND` value, written like ``start``.
    public var end: String
    /// The summary, unescaped.
    public var summary: String
    /// A digest of the description (FNV-1a, 64 bits, hex), so a changed text is noticed.
    public var digest: String
    /// The `SEQUENCE` it was last written with.
    public var sequence: Int
    /// Whether it was last written as cancelled.
    public var cancelled: Bool
    /// The step a study session belongs to, as its UID names it (`framework/role/skill/l2`).
    public var step: String?
    /// Where the session starts in the step's own minutes (0 for its first minute).
    public var offset: Int?
    /// How long the session is, in minutes.
    public var minutes: Int?

    /// Creates an event's record.
    public init(
      uid: String, start: String, end: String, summary: String, digest: String = "",
      sequence: Int = 0, cancelled: Bool = false, step: String? = nil, offset: Int? = nil,
      minutes: Int? = nil
    ) {
      self.uid = uid
      self.start = start
      self.end = end
      self.summary = summary
      self.digest = digest
      self.sequence = sequence
      self.cancelled = cancelled
      self.step = step
      self.offset = offset
      self.minutes = minutes
    }

    /// Whether the time or the text differs from another record of the same event.
    func differs(from other: Event) -> Bool {
      start != other.start || end != other.end || summary != other.summary
        || digest != other.digest || cancelled != other.cancelled
    }
  }

  /// The version of this record's format.
  public static let currentVersion = 1

  /// The format version it was written with.
  public var version: Int
  /// The events, ordered by start, then UID.
  public var events: [Event]

  /// Creates a record.
  public init(events: [Event] = []) {
    self.version = Self.currentVersion
    self.events = events
  }

  /// Nothing exported yet.
  public static let empty = CalendarRecord()

  /// The JSON text of the record: sorted keys, pretty-printed, ending with a line break.
  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
  }

  /// Reads a record's JSON.
  /// - Parameter data: The file's bytes.
  /// - Returns: The record.
  /// - Throws: `DecodingError` when the JSON is not a record.
  public static func decode(_ data: Data) throws -> CalendarRecord {
    try JSONDecoder().decode(CalendarRecord.self, from: data)
  }

  /// The FNV-1a 64-bit digest of a text, in hex: stable across runs and platforms, unlike
  /// `Hasher`.
  /// - Parameter text: Any text.
  /// - Returns: 16 lowercase hex digits.
  public static func digest(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
