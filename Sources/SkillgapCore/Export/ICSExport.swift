import Foundation

/// The study plan as an iCalendar file (RFC 5545): one event per study session.
///
/// Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text is
/// escaped; times are floating local times (a session at 18:00 stays at 18:00 wherever the
/// person is). Every event's UID is built from the framework, the role, the step and the
/// session's number in the step (`…/arithmetic/l2/s3@skillgap`). Numbers count the step's own
/// sessions, not the horizon's, so a session keeps its UID when the plan re-flows around a step
/// done elsewhere or moves; time logged on the step skips the numbers of the sessions it covers
/// (found in the previous export's record), so the sessions still to do keep theirs. Given the previous export's ``CalendarRecord``, an export updates a calendar that
/// imported it: `SEQUENCE` is raised for events whose time or text changed, and events that went
/// away are written once more as cancelled.
public enum ICSExport {
  /// The longest content line, in octets, before folding.
  public static let lineLimit = 75

  /// A calendar and the record of its events, to pass to the next export.
  public struct Update: Sendable, Equatable {
    /// The calendar text with CRLF line ends.
    public var calendar: String
    /// What the calendar holds, for the next export.
    public var record: CalendarRecord
  }

  /// One event before it is written.
  struct Event {
    var record: CalendarRecord.Event
    var description: String?
    var extra: [String]
  }

  /// Renders a plan's sessions as a calendar, as a first export.
  /// - Parameters:
  ///   - plan: The plan.
  ///   - framework: The framework the plan was made against (names the UIDs).
  ///   - stamp: The `DTSTAMP` of every event; pass the time the ratings last changed, so the same
  ///     inputs give the same bytes.
  /// - Returns: The calendar text with CRLF line ends. A plan with no sessions gives one all-day
  ///   event saying so, since a calendar must hold at least one component.
  public static func render(_ plan: StudyPlan, framework: FrameworkHeading, stamp: Date) -> String {
    update(plan, framework: framework, stamp: stamp, previous: .empty).calendar
  }

  /// Renders a plan's sessions as an update of the calendar last exported.
  ///
  /// An event whose UID the previous export held keeps its `SEQUENCE` when its time, summary and
  /// description are the same, and gets the previous one plus one otherwise. An event of the
  /// previous export that the plan no longer has is written with `STATUS:CANCELLED` and a raised
  /// `SEQUENCE` when it starts on or after the plan's first day (and again, unchanged, by later
  /// exports until that day has passed); one that started before is left as the calendar holds
  /// it (it is past: done or missed, the plan re-flows from today). Both stay in the record, so a
  /// UID that comes back gets a higher `SEQUENCE` than any before.
  /// - Parameters:
  ///   - plan: The plan.
  ///   - framework: The framework the plan was made against (names the UIDs).
  ///   - stamp: The `DTSTAMP` of every event.
  ///   - previous: The record of the last export, or ``CalendarRecord/empty``.
  /// - Returns: The calendar and its record; the same inputs give the same bytes.
  public static func update(
    _ plan: StudyPlan, framework: FrameworkHeading, stamp: Date, previous: CalendarRecord
  ) -> Update {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//skillgap//skillgap study plan//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:" + escape("Study plan: \(plan.role.title)"),
    ]
    let dtstamp = "DTSTAMP:" + ExportFormatting.compactTimestamp(stamp)
    let before = Dictionary(
      previous.events.map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
    var current = events(plan, framework: framework, previous: previous)
    for index in current.indices {
      guard let old = before[current[index].record.uid] else { continue }
      let changed = current[index].record.differs(from: old)
      current[index].record.sequence = old.sequence + (changed ? 1 : 0)
    }
    let live = Set(current.map(\.record.uid))
    let first = plan.options.start.compact
    var kept: [CalendarRecord.Event] = []
    for old in previous.events where !live.contains(old.uid) {
      if old.start < first {
        kept.append(old)
        continue
      }
      // A cancellation still to come is written again unchanged, so a calendar that missed the
      // last import still learns of it.
      var gone = old
      if !old.cancelled {
        gone.cancelled = true
        gone.sequence += 1
      }
      current.append(Event(record: gone, description: nil, extra: []))
    }
    for event in current {
      let record = event.record
      let isDate = record.start.count == 8
      lines += [
        "BEGIN:VEVENT", "UID:" + record.uid, dtstamp,
        "DTSTART" + (isDate ? ";VALUE=DATE:" : ":") + record.start,
        "DTEND" + (isDate ? ";VALUE=DATE:" : ":") + record.end,
        "SEQUENCE:\(record.sequence)",
      ]
      if record.cancelled { lines.append("STATUS:CANCELLED") }
      lines.append("SUMMARY:" + escape(record.summary))
      if let description = event.description { lines.append("DESCRIPTION:" + escape(description)) }
      lines += event.extra + ["END:VEVENT"]
    }
    lines.append("END:VCALENDAR")
    let record = CalendarRecord(
      events: (current.map(\.record) + kept).sorted { ($0.start, $0.uid) < ($1.start, $1.uid) })
    return Update(calendar: lines.map(fold).joined(), record: record)
  }

  /// The plan's events, in order, with `SEQUENCE` 0.
  ///
  /// A step's sessions are numbered from where its remaining minutes start among the sessions
  /// of the previous export: time logged on a step since then skips the numbers of the sessions
  /// it covers, so the sessions still to do keep their UIDs (a plan that re-flows keeps them by
  /// their number in the step, whatever their new days).
  static func events(
    _ plan: StudyPlan, framework: FrameworkHeading, previous: CalendarRecord
  ) -> [Event] {
    let items = Dictionary(plan.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sessions = plan.weeks.flatMap(\.sessions)
    var tasks: [String: [String]] = [:]
    for week in plan.weeks {
      for session in week.sessions {
        tasks["\(session.item)#\(session.index)"] =
          week.allocations.first { $0.item == session.item }?.taskLines(practice: false) ?? []
      }
    }
    var earlier: [String: [CalendarRecord.Event]] = [:]
    for event in previous.events where !event.cancelled {
      if let step = event.step { earlier[step, default: []].append(event) }
    }
    var out: [Event] = []
    // Where the next session of each step starts in the step's own minutes, and its number.
    var next: [String: (offset: Int, number: Int)] = [:]
    for session in sessions {
      guard let item = items[session.item] else { continue }
      let step = path(framework.id, plan.role.id, item.skill, "l\(item.toLevel)")
      let place =
        next[item.id]
        ?? {
          let logged = max(0, item.estimateMinutes - item.minutes)
          return (logged, firstNumber(at: logged, among: earlier[step] ?? []))
        }()
      next[item.id] = (place.offset + session.minutes, place.number + 1)
      let end = session.end
      let summary = "Study \(item.title) (\(session.index)/\(session.count))"
      let text = description(
        of: item, session: session, plan: plan,
        tasks: tasks["\(session.item)#\(session.index)"] ?? [])
      let record = CalendarRecord.Event(
        uid: step + "/s\(place.number)@skillgap",
        start: session.day.compact + "T" + time(session.start),
        end: end.day.compact + "T" + time(end.minute), summary: summary,
        digest: CalendarRecord.digest(text), step: step, offset: place.offset,
        minutes: session.minutes)
      out.append(
        Event(
          record: record, description: text,
          extra: ["CATEGORIES:" + escape("skillgap"), "TRANSP:OPAQUE"]))
    }
    if sessions.isEmpty {
      let text = "Every requirement of the role is met or planned without hours."
      let record = CalendarRecord.Event(
        uid: uid(framework.id, plan.role.id, "nothing-to-study"), start: plan.options.start.compact,
        end: plan.options.start.adding(days: 1).compact,
        summary: "Nothing to study for \(plan.role.title)", digest: CalendarRecord.digest(text))
      out.append(Event(record: record, description: text, extra: ["TRANSP:TRANSPARENT"]))
    }
    return out
  }

  /// The number of a step's first session that starts `offset` minutes into the step: the
  /// number of the previous session that held that minute, the one after the last session
  /// that ended by then, or 1.
  static func firstNumber(at offset: Int, among earlier: [CalendarRecord.Event]) -> Int {
    var number = 1
    for event in earlier {
      guard let start = event.offset, let length = event.minutes,
        let session = Int(
          event.uid.split(separator: "/").last?.dropFirst().prefix { $0 != "@" } ?? "")
      else { continue }
      if (start..<start + max(1, length)).contains(offset) { return session }
      if start + length <= offset { number = max(number, session + 1) }
    }
    return number
  }

  /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, line breaks become
  /// `\n`, tabs become spaces and other control characters are dropped.
  /// - Parameter text: The value.
  /// - Returns: The escaped value.
  public static func escape(_ text: String) -> String {
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r":
        result += "\\n"
        if pending == "\n" { pending = scalars.next() }
      case "\n", "\u{2028}", "\u{2029}", "\u{85}": result += "\\n"
      case "\t": result += " "
      default:
        // The control characters (general category Cc) are exactly these two ranges; testing
        // them directly is much faster than looking the property up for every scalar.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Folds one content line: at most 75 octets per line, continuation lines start with a
  /// space, a UTF-8 sequence is never split; every line ends with CRLF.
  ///
  /// A backslash escape (`\,`, `\n`…) is kept on one line too: unfolding makes that needless,
  /// but some importers read escapes before they unfold.
  /// - Parameter line: An unfolded content line without its line end.
  /// - Returns: The folded line with CRLF line ends.
  public static func fold(_ line: String) -> String {
    // Works on UTF-8 bytes: a calendar holds thousands of lines, and building a string scalar
    // by scalar made a year's plan take a second.
    let source = Array(line.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(source.count + source.count / (lineLimit - 1) * 3 + 2)
    var current = 0
    var limit = lineLimit
    var index = 0
    while index < source.count {
      // One unit: a scalar, or a backslash with the scalar it escapes.
      var end = index + scalarLength(source[index])
      if source[index] == UInt8(ascii: "\\"), end < source.count {
        end += scalarLength(source[end])
      }
      end = min(end, source.count)
      if current + (end - index) > limit {
        result += [13, 10, 32]
        current = 0
        limit = lineLimit - 1
      }
      result += source[index..<end]
      current += end - index
      index = end
    }
    result += [13, 10]
    return String(decoding: result, as: UTF8.self)
  }

  /// The number of UTF-8 bytes of the scalar that starts with `lead`.
  private static func scalarLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: return 4
    case 0xE0...: return 3
    case 0xC0...: return 2
    default: return 1
    }
  }

  private static func description(
    of item: PlanItem, session: StudySession, plan: StudyPlan, tasks: [String]
  ) -> String {
    var parts = [
      "Session \(session.index) of \(session.count) for \(item.title) "
        + "(\(ExportFormatting.hours(item.minutes)) in all), towards \(plan.role.title)."
    ]
    parts += tasks.map { "This week: \($0)" }
    if !item.tip.isEmpty { parts.append("Do: \(item.tip)") }
    if let milestone = item.milestone { parts.append("Prove it: \(milestone)") }
    for resource in item.resources {
      let link = resource.url.map { " \($0)" } ?? ""
      parts.append("Resource: \(resource.title) (\(resource.kind.rawValue))\(link)")
    }
    return parts.joined(separator: "\n")
  }

  private static func time(_ minute: Int) -> String {
    ExportFormatting.clock(minute).replacingOccurrences(of: ":", with: "") + "00"
  }

  /// A UID from id parts joined by `/`; any character other than ASCII letters, digits, `-`,
  /// `.` and `_` is percent-encoded, so different parts always give different UIDs.
  private static func uid(_ parts: String...) -> String {
    path(parts) + "@skillgap"
  }

  private static func path(_ parts: String...) -> String {
    path(parts)
  }

  /// The id parts percent-encoded and joined by `/`.
  private static func path(_ parts: [String]) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._".utf8)
    let encoded = parts.map { part in
      part.utf8.map { byte in
        allowed.contains(byte)
          ? String(UnicodeScalar(byte))
          : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }.joined()
    }
    return encoded.joined(separator: "/")
  }
}
