import Foundation

/// The study plan as an iCalendar file (RFC 5545): one event per study session.
///
/// Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text is
/// escaped; times are floating local times (a session at 18:00 stays at 18:00 wherever the
/// person is). Every event's UID is built from the framework, the role, the step and the
/// session's number, so importing a regenerated plan updates events instead of duplicating them.
public enum ICSExport {
  /// The longest content line, in octets, before folding.
  public static let lineLimit = 75

  /// Renders a plan's sessions as a calendar.
  /// - Parameters:
  ///   - plan: The plan.
  ///   - framework: The framework the plan was made against (names the UIDs).
  ///   - stamp: The `DTSTAMP` of every event; pass the time the ratings last changed, so the same
  ///     inputs give the same bytes.
  /// - Returns: The calendar text with CRLF line ends. A plan with no sessions gives one all-day
  ///   event saying so, since a calendar must hold at least one component.
  public static func render(_ plan: StudyPlan, framework: FrameworkHeading, stamp: Date) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//skillgap//skillgap study plan//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:" + escape("Study plan: \(plan.role.title)"),
    ]
    let dtstamp = "DTSTAMP:" + ExportFormatting.compactTimestamp(stamp)
    let items = Dictionary(plan.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sessions = plan.weeks.flatMap(\.sessions)
    var tasks: [String: [String]] = [:]
    for week in plan.weeks {
      for session in week.sessions {
        tasks["\(session.item)#\(session.index)"] =
          week.allocations.first { $0.item == session.item }?.taskLines(practice: false) ?? []
      }
    }
    for session in sessions {
      guard let item = items[session.item] else { continue }
      let end = session.end
      lines += [
        "BEGIN:VEVENT",
        "UID:"
          + uid(framework.id, plan.role.id, item.skill, "l\(item.toLevel)", "s\(session.index)"),
        dtstamp,
        "DTSTART:" + session.day.compact + "T" + time(session.start),
        "DTEND:" + end.day.compact + "T" + time(end.minute),
        "SUMMARY:" + escape("Study \(item.title) (\(session.index)/\(session.count))"),
        "DESCRIPTION:"
          + escape(
            description(
              of: item, session: session, plan: plan,
              tasks: tasks["\(session.item)#\(session.index)"] ?? [])),
        "CATEGORIES:" + escape("skillgap"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
      ]
    }
    if sessions.isEmpty {
      lines += [
        "BEGIN:VEVENT",
        "UID:" + uid(framework.id, plan.role.id, "nothing-to-study"),
        dtstamp,
        "DTSTART;VALUE=DATE:" + plan.options.start.compact,
        "DTEND;VALUE=DATE:" + plan.options.start.adding(days: 1).compact,
        "SUMMARY:" + escape("Nothing to study for \(plan.role.title)"),
        "DESCRIPTION:" + escape("Every requirement of the role is met or planned without hours."),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined()
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
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._".utf8)
    let encoded = parts.map { part in
      part.utf8.map { byte in
        allowed.contains(byte)
          ? String(UnicodeScalar(byte))
          : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }.joined()
    }
    return encoded.joined(separator: "/") + "@skillgap"
  }
}
