import Foundation
import PropertyBased
import SkillgapCore
import SkillgapTestSupport
import Testing

/// A strict reading of an iCalendar text: every problem a picky importer would complain about.
enum StrictICS {
  /// Properties whose value is TEXT and must be escaped.
  static let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "LOCATION"]

  /// The problems found; empty when the calendar is clean.
  static func problems(_ text: String) -> [String] {
    var problems: [String] = []
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
        problems.append("bare LF at byte \(index)")
      }
      if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) {
        problems.append("bare CR at byte \(index)")
      }
    }
    if !text.hasSuffix("\r\n") { problems.append("no CRLF at the end") }
    // Physical lines: at most 75 octets, each valid UTF-8 on its own (no split sequence).
    var physical: [[UInt8]] = [[]]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
        physical.append([])
        index += 2
      } else {
        physical[physical.count - 1].append(bytes[index])
        index += 1
      }
    }
    if physical.last?.isEmpty == true { physical.removeLast() }
    for (number, line) in physical.enumerated() {
      if line.count > 75 { problems.append("line \(number + 1) has \(line.count) octets") }
      if String(validating: line, as: UTF8.self) == nil {
        problems.append("line \(number + 1) splits a UTF-8 sequence")
      }
    }
    let logical = unfold(text)
    var stack: [String] = []
    var uids: [String] = []
    var eventProperties: [String: Int] = [:]
    for line in logical {
      guard let colon = line.firstIndex(of: ":") else {
        problems.append("no colon: \(line)")
        continue
      }
      let head = String(line[..<colon])
      let value = String(line[line.index(after: colon)...])
      let name = String(head.split(separator: ";").first ?? "")
      if name.isEmpty
        || !name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") })
      {
        problems.append("bad property name in \(line)")
      }
      if value.unicodeScalars.contains(where: {
        $0.properties.generalCategory == .control && $0 != "\t"
      }) {
        problems.append("control character in \(name)")
      }
      if textProperties.contains(name), let problem = escapingProblem(value) {
        problems.append("\(name): \(problem)")
      }
      switch name {
      case "BEGIN":
        stack.append(value)
        if value == "VEVENT" { eventProperties = [:] }
      case "END":
        if stack.popLast() != value { problems.append("END:\(value) does not close its BEGIN") }
        if value == "VEVENT" {
          for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]
          where eventProperties[required] != 1 {
            problems.append("an event has \(eventProperties[required] ?? 0) \(required)")
          }
        }
      default:
        if stack.last == "VEVENT" { eventProperties[name, default: 0] += 1 }
        if name == "UID" { uids.append(value) }
      }
    }
    if !stack.isEmpty { problems.append("unclosed \(stack)") }
    if logical.first != "BEGIN:VCALENDAR" || logical.last != "END:VCALENDAR" {
      problems.append("not one VCALENDAR")
    }
    for required in ["VERSION:2.0", "PRODID:"]
    where !logical.contains(where: { $0.hasPrefix(required) }) {
      problems.append("missing \(required)")
    }
    if Set(uids).count != uids.count { problems.append("duplicate UIDs") }
    return problems
  }

  /// The content lines, unfolded.
  static func unfold(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
      .components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  /// Why a TEXT value is badly escaped, or nil.
  static func escapingProblem(_ value: String) -> String? {
    var escaped = false
    for character in value {
      if escaped {
        guard "\\;,nN".contains(character) else { return "bad escape \\\(character)" }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ";" || character == "," {
        return "unescaped \(character)"
      }
    }
    return escaped ? "dangling backslash" : nil
  }

  /// A TEXT value unescaped.
  static func unescape(_ value: String) -> String {
    var result = ""
    var escaped = false
    for character in value {
      if escaped {
        result.append(character == "n" || character == "N" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The unescaped values of one property, in order.
  static func values(_ name: String, in text: String) -> [String] {
    unfold(text).filter { $0.hasPrefix(name + ":") }.map {
      unescape(String($0.dropFirst(name.count + 1)))
    }
  }
}

@Suite struct ICSExportTests {
  func calendar(_ results: Results) throws -> String {
    let plan = try #require(results.plan)
    return ICSExport.render(plan, framework: results.framework, stamp: results.assessedAt)
  }

  @Test func theGoldenPlanGivesTheGoldenCalendar() throws {
    expectGolden(try calendar(ExportFixtures.golden()), named: "golden-plan", fileExtension: "ics")
  }

  @Test func thePracticePlansCalendarHoldsOnlyTheHorizonsStudySessions() throws {
    let results = try ExportFixtures.practice()
    let text = try calendar(results)
    expectGolden(text, named: "golden-plan-practice", fileExtension: "ics")
    let plan = try #require(results.plan)
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(!sessions.isEmpty)
    #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == sessions.count)
    // Practice at work (lead@1) and later steps (write@2) are not calendar sessions.
    #expect(!text.contains("/lead/"))
    #expect(!text.contains("/write/l2/"))
    #expect(sessions.allSatisfy { $0.day <= plan.lastDay(ofWeek: plan.weeks.count) })
  }

  @Test func theCalendarPassesAStrictCheck() throws {
    for results in [try ExportFixtures.golden(), try ExportFixtures.hostile()] {
      let text = try calendar(results)
      #expect(StrictICS.problems(text) == [])
    }
  }

  @Test func thereIsOneEventPerStudySession() throws {
    let results = try ExportFixtures.golden()
    let plan = try #require(results.plan)
    let text = try calendar(results)
    let sessions = plan.weeks.flatMap(\.sessions)
    #expect(StrictICS.values("UID", in: text).count == sessions.count)
    #expect(sessions.count == 62)
    #expect(
      StrictICS.values("DTSTART", in: text).prefix(3) == [
        "20260105T180000", "20260106T180000", "20260107T180000",
      ])
    #expect(StrictICS.values("DTSTAMP", in: text).allSatisfy { $0 == "20260102T093000Z" })
    #expect(
      StrictICS.values("SUMMARY", in: text).first == "Study Arithmetic: Capable → Lead (1/17)")
  }

  @Test func textFromTheFrameworkSurvivesEscapingExactly() throws {
    let results = try ExportFixtures.hostile()
    let text = try calendar(results)
    let plan = try #require(results.plan)
    let item = try #require(plan.item("xss@1"))
    let description = try #require(StrictICS.values("DESCRIPTION", in: text).first)
    #expect(description.contains("Do: \(item.tip)"))
    #expect(description.contains("Prove it: \(try #require(item.milestone))"))
    #expect(StrictICS.values("SUMMARY", in: text).first?.contains(item.name) == true)
    let long = try #require(plan.item("xss@2"))
    #expect(StrictICS.values("DESCRIPTION", in: text).contains { $0.contains(long.tip) })
  }

  @Test func foldingKeepsMultiByteCharactersWhole() {
    for unit in ["日", "🚀", "é", "a", "ab日"] {
      let line = "DESCRIPTION:" + String(repeating: unit, count: 90)
      let folded = ICSExport.fold(line)
      #expect(
        StrictICS.problems(
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + folded + "END:VCALENDAR\r\n") == [])
      #expect(StrictICS.unfold(folded) == [line])
      let lengths = folded.components(separatedBy: "\r\n").map(\.utf8.count)
      #expect(lengths.allSatisfy { $0 <= 75 })
    }
    #expect(ICSExport.fold("SHORT:x") == "SHORT:x\r\n")
    #expect(
      ICSExport.fold(String(repeating: "x", count: 75)).components(separatedBy: "\r\n").count == 2)
    #expect(
      ICSExport.fold(String(repeating: "x", count: 76)).components(separatedBy: "\r\n").count == 3)
  }

  @Test func textEscapingCoversBackslashSemicolonCommaAndLineBreaks() {
    #expect(ICSExport.escape("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
    #expect(ICSExport.escape("tab\there\u{7}bell") == "tab herebell")
    #expect(ICSExport.escape("a\u{0}b\u{1F}c\u{7F}d\u{80}e\u{9F}f") == "abcdef")
    #expect(ICSExport.escape("é\u{A0}日本🚀\u{200B}") == "é\u{A0}日本🚀\u{200B}")
  }

  @Test func uidsAreStableAndSurviveAChangeOfStartDate() throws {
    let first = try calendar(ExportFixtures.golden())
    let again = try calendar(ExportFixtures.golden())
    #expect(first == again)
    let moved = try Results.make(
      framework: FixtureFrameworks.threeLevel(), assessment: FixtureFrameworks.goldenAssessment(),
      target: "journeyman", plan: PlanOptions(start: FixtureFrameworks.monday.adding(days: 30)))
    #expect(StrictICS.values("UID", in: try calendar(moved)) == StrictICS.values("UID", in: first))
    #expect(
      StrictICS.values("UID", in: first).first == "three/journeyman/arithmetic/l2/s1@skillgap")
  }

  @Test func anEmptyPlanStillMakesAValidCalendar() throws {
    let three = FixtureFrameworks.threeLevel()
    let met = FixtureFrameworks.assessment(three, ["arithmetic": .level(2), "drawing": .level(2)])
    let results = try Results.make(
      framework: three, assessment: met, target: "apprentice",
      plan: PlanOptions(start: FixtureFrameworks.monday))
    let text = try calendar(results)
    #expect(StrictICS.problems(text) == [])
    #expect(StrictICS.values("DTSTART;VALUE=DATE", in: text) == ["20260105"])
  }

  @Test func foldedLinesStayWithin75OctetsAndUnfoldToTheOriginal() async {
    await propertyCheck(count: 400, input: RandomText.line) { line in
      let folded = ICSExport.fold("DESCRIPTION:" + line)
      #expect(folded.hasSuffix("\r\n"))
      let lines = folded.utf8.split(separator: 13, omittingEmptySubsequences: false)
      #expect(lines.allSatisfy { $0.count <= 76 }, "a line over 75 octets plus its LF")
      // Unfolding removes each CRLF and the one space after it (RFC 5545 section 3.1).
      var bytes = Array(folded.utf8.dropLast(2))
      var unfolded: [UInt8] = []
      var index = 0
      while index < bytes.count {
        if bytes[index] == 13, index + 2 < bytes.count, bytes[index + 1] == 10,
          bytes[index + 2] == 32
        {
          index += 3
          continue
        }
        unfolded.append(bytes[index])
        index += 1
      }
      bytes = unfolded
      #expect(String(decoding: bytes, as: UTF8.self) == "DESCRIPTION:" + line)
    }
  }
}
