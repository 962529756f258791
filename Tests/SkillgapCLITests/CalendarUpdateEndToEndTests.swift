import Foundation
import SkillgapTestSupport
import Testing

/// A calendar that imported the plan follows progress: re-exporting after a step is done, a week
/// later and for another target updates the events it holds, read back by two independent
/// iCalendar parsers (Python's `icalendar` and `vobject`) and imported by khal where installed.
@Suite(.serialized) struct CalendarUpdateEndToEndTests {
  /// One event as a parser read it.
  struct Event: Decodable, Equatable, Hashable {
    var uid: String
    var sequence: Int
    var status: String
    var start: String
  }

  /// Debian's Python, where `apt-get install python3-icalendar python3-vobject` puts them.
  static let python = URL(fileURLWithPath: "/usr/bin/python3")

  static func hasModule(_ name: String) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: python.path) else { return false }
    return (try? CommandRunner.run(python, ["-c", "import \(name)"]).status) == 0
  }

  static let khal = ["/usr/bin/khal", "/usr/local/bin/khal"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Prints the events of a calendar file as JSON, read with the parser named first.
  static let reader = #"""
    import json, sys
    kind, path = sys.argv[1], sys.argv[2]
    text = open(path, encoding="utf-8").read()
    out = []
    if kind == "icalendar":
        import icalendar
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT"):
            out.append({"uid": str(e["UID"]), "sequence": int(e.get("SEQUENCE", 0)),
                        "status": str(e.get("STATUS", "")),
                        "start": e.decoded("DTSTART").strftime("%Y%m%dT%H%M%S")})
    else:
        import vobject
        for e in vobject.readOne(text).vevent_list:
            out.append({"uid": e.uid.value, "sequence": int(e.sequence.value),
                        "status": e.status.value if hasattr(e, "status") else "",
                        "start": e.dtstart.value.strftime("%Y%m%dT%H%M%S")})
    print(json.dumps(out))
    """#

  let data: URL
  let work: URL

  init() throws {
    data = try TestPaths.temporaryFolder("skillgap-calendar-data")
    work = try TestPaths.temporaryFolder("skillgap-calendar-work")
    try Personas.savedDocument(
      "backend-engineer", target: "ml-engineer-mid", version: try Personas.embeddedVersion()
    ).write(to: data.appendingPathComponent("ml-engineer.json"))
    try Data(Self.reader.utf8).write(to: work.appendingPathComponent("read.py"))
  }

  /// Runs skillgap on the saved assessment with the clock at `now`.
  @discardableResult
  func skillgap(_ arguments: [String], now: String) throws -> CommandResult {
    let result = try CommandRunner.skillgap(
      arguments + ["--data-dir", data.path], environment: ["SKILLGAP_NOW": now], in: work)
    #expect(result.status == 0, "skillgap \(arguments): \(result.error)")
    return result
  }

  /// Exports the calendar of the saved assessment to `name`.
  func export(_ name: String, now: String, _ extra: [String] = []) throws -> URL {
    let file = work.appendingPathComponent(name)
    try skillgap(["plan", "--format", "ics", "--output", file.path] + extra, now: now)
    return file
  }

  func events(_ file: URL, parser: String) throws -> [Event] {
    let result = try CommandRunner.run(
      Self.python, [work.appendingPathComponent("read.py").path, parser, file.path])
    try #require(
      result.status == 0, "\(parser) could not read \(file.lastPathComponent): \(result.error)")
    return try JSONDecoder().decode([Event].self, from: Data(result.output.utf8))
  }

  /// The events of a file as both parsers read them, which must agree with each other.
  func parsed(_ file: URL) throws -> [Event] {
    let parsers = ["icalendar", "vobject"].filter(Self.hasModule)
    let texts = try String(contentsOf: file, encoding: .utf8)
    let count = texts.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1
    var first: [Event]?
    for parser in parsers {
      let read = try events(file, parser: parser)
      #expect(read.count == count, "\(parser) read \(read.count) of \(count) events")
      if let first { #expect(read == first, "icalendar and \(parser) disagree") }
      first = first ?? read
    }
    return first ?? []
  }

  @Test(
    .enabled(
      if: hasModule("icalendar") && hasModule("vobject"),
      "needs Python's icalendar and vobject (apt-get install python3-icalendar python3-vobject)"))
  func doneStepsANewWeekAndANewTargetUpdateTheEventsAndCancelWhatWentAway() throws {
    let first = try parsed(try export("first.ics", now: "2026-12-01T09:00:00Z"))
    #expect(first.count > 40)
    #expect(first.allSatisfy { $0.sequence == 0 && $0.status.isEmpty })
    #expect(Set(first.map(\.uid)).count == first.count, "a UID twice in one calendar")
    let statistics = first.filter { $0.uid.contains("/statistics/l2/") }
    try #require(statistics.count > 5)

    // An unchanged re-export: the same bytes.
    let again = try export("again.ics", now: "2026-12-01T09:00:00Z")
    #expect(
      try Data(contentsOf: again) == Data(contentsOf: work.appendingPathComponent("first.ics")))

    // Statistics done, a week later: its sessions still to come are cancelled once with a
    // raised SEQUENCE, the past week is left as the calendar holds it, and every other session
    // that is still planned keeps its UID.
    try skillgap(["done", "statistics@2"], now: "2026-12-07T20:00:00Z")
    let second = try parsed(try export("second.ics", now: "2026-12-08T09:00:00Z"))
    let byUID = Dictionary(uniqueKeysWithValues: second.map { ($0.uid, $0) })
    for old in statistics {
      if old.start < "20261208" {
        #expect(byUID[old.uid] == nil, "a past session was touched: \(old.uid)")
      } else {
        #expect(byUID[old.uid]?.status == "CANCELLED", "\(old.uid) is not cancelled")
        #expect(byUID[old.uid]?.sequence == 1)
      }
    }
    let live = second.filter { $0.status != "CANCELLED" }
    #expect(!live.contains { $0.uid.contains("/statistics/l2/") })
    #expect(live.allSatisfy { $0.start >= "20261208" })
    let kept = Set(first.map(\.uid)).intersection(live.map(\.uid))
    #expect(
      kept.count > live.count / 2, "only \(kept.count) of \(live.count) sessions kept their UID")
    for event in live where kept.contains(event.uid) {
      let before = try #require(first.first { $0.uid == event.uid })
      // Moved: a raised SEQUENCE; the same time may still be raised for a changed text.
      #expect(event.sequence == (event.start == before.start ? event.sequence : 1))
      #expect((0...1).contains(event.sequence))
    }

    // Another target: every session of the old role still to come is cancelled.
    let third = try parsed(
      try export("third.ics", now: "2026-12-08T09:00:00Z", ["--target", "ml-engineer-senior"]))
    let oldRole = third.filter { $0.uid.hasPrefix("ml-engineer/ml-engineer-mid/") }
    #expect(!oldRole.isEmpty)
    #expect(oldRole.allSatisfy { $0.status == "CANCELLED" })
    #expect(
      third.contains { $0.uid.hasPrefix("ml-engineer/ml-engineer-senior/") && $0.status.isEmpty })

    // The record beside the assessment is plain JSON naming every event of the last export.
    let record = try JSONSerialization.jsonObject(
      with: Data(contentsOf: data.appendingPathComponent("ml-engineer.calendar.json")))
    let recorded = try #require((record as? [String: Any])?["events"] as? [[String: Any]])
    #expect(Set(recorded.compactMap { $0["uid"] as? String }).isSuperset(of: third.map(\.uid)))
  }

  @Test(.enabled(if: khal != nil, "needs khal (apt-get install khal)"))
  func khalImportsTheUpdatesIntoTheSameEvents() throws {
    let program = URL(fileURLWithPath: try #require(Self.khal))
    let calendar = work.appendingPathComponent("vdir")
    try FileManager.default.createDirectory(at: calendar, withIntermediateDirectories: true)
    let config = work.appendingPathComponent("khal.conf")
    try Data(
      """
      [calendars]
      [[plan]]
      path = \(calendar.path)
      type = calendar
      [locale]
      timeformat = %H:%M
      dateformat = %Y-%m-%d
      longdateformat = %Y-%m-%d
      datetimeformat = %Y-%m-%d %H:%M
      longdatetimeformat = %Y-%m-%d %H:%M

      """.utf8
    ).write(to: config)
    func khal(_ arguments: [String]) throws -> String {
      let result = try CommandRunner.run(
        program, ["-c", config.path] + arguments, environment: ["HOME": work.path], in: work)
      try #require(result.status == 0, "khal \(arguments): \(result.error)")
      return result.output
    }
    func uids(_ file: URL) throws -> Set<String> {
      Set(
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n")
          .filter { $0.hasPrefix("UID:") })
    }
    let first = try export("first.ics", now: "2026-12-01T09:00:00Z")
    _ = try khal(["import", "--batch", "-a", "plan", first.path])
    try skillgap(["done", "statistics@2"], now: "2026-12-07T20:00:00Z")
    let second = try export("second.ics", now: "2026-12-08T09:00:00Z")
    _ = try khal(["import", "--batch", "-a", "plan", second.path])
    // One stored event per UID: the second import updated the first's events.
    let stored = try FileManager.default.contentsOfDirectory(atPath: calendar.path)
    #expect(stored.count == (try uids(first).union(uids(second))).count)
    let week = try khal([
      "list", "--format", "{start-date} {title} [{status}]", "2026-12-08", "2026-12-14",
    ])
    let statistics = week.split(separator: "\n").filter { $0.contains("Statistics") }
    #expect(!statistics.isEmpty)
    #expect(statistics.allSatisfy { $0.contains("CANCELLED") }, "\(statistics)")
    #expect(week.contains("Supervised learning"))
  }
}
