/// The results as plain text for a terminal: at most 80 columns, with optional ANSI colour.
///
/// With a chosen target the role's report comes first and the ranking after it; without one,
/// the ranking comes first, then the report of the closest next step.
public enum TextReport {
  typealias F = ExportFormatting

  /// The widest line the report writes, in characters.
  public static let width = 80

  /// Renders results as text.
  /// - Parameters:
  ///   - results: The results.
  ///   - targetChosen: Whether the person named the role (otherwise it is the next step).
  ///   - color: Whether to add ANSI colour and bold.
  /// - Returns: The text, ending with a newline.
  public static func render(_ results: Results, targetChosen: Bool, color: Bool) -> String {
    let style = Style(enabled: color)
    var out: [String] = []
    if targetChosen, let report = results.report {
      out += reportLines(report, style, facts: results.role)
      out += [""] + rankingLines(results.ranking, style)
    } else {
      out += rankingLines(results.ranking, style)
      if let report = results.report {
        out += ["", String(repeating: "-", count: width), ""]
        out += reportLines(report, style, facts: results.role)
      }
    }
    out += checkLines(results, style)
    return out.joined(separator: "\n") + "\n"
  }

  /// The consistency warnings and the calibration section, when there are any.
  static func checkLines(_ results: Results, _ style: Style) -> [String] {
    var out: [String] = []
    if !results.warnings.isEmpty {
      out += ["", style.bold("Consistency") + " (never blocking; you decide)"]
      for warning in results.warnings {
        out += wrap("- " + F.oneLine(warning.message), indent: 2)
        out += wrap("Fix: " + F.oneLine(warning.fix), indent: 4).map { "  " + $0 }
      }
    }
    if let calibration = results.calibration {
      out += [""] + wrap(style.bold("Calibration") + ": " + F.oneLine(calibration.line), indent: 2)
      for entry in calibration.looksHigh + calibration.supported {
        out += wrap("- " + F.oneLine(Calibration.describe(entry)), indent: 2)
      }
      let unchecked = calibration.notChecked.count
      if unchecked > 0 {
        out += wrap(
          "- Not checked: \(unchecked) rating\(unchecked == 1 ? "" : "s") (K on the rating "
            + "screen asks a few questions).", indent: 2)
      }
    }
    return out
  }

  /// ANSI styling that does nothing when disabled.
  struct Style {
    var enabled: Bool
    func wrap(_ text: String, _ code: String) -> String {
      enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func dim(_ text: String) -> String { wrap(text, "2") }
  }

  static func reportLines(_ report: GapReport, _ style: Style, facts: RoleFacts?) -> [String] {
    let role = report.role
    var out = [
      style.bold(F.truncate(F.oneLine("\(role.title) (\(role.id))"), to: width)),
      style.dim(F.truncate(F.oneLine("Track \(role.track), level \(role.seniority)"), to: width)),
    ]
    // Years and the pay summary; the exports and the app list every band with its source.
    let figures = [facts?.years?.text, facts?.paySummary].compactMap { $0 }
    if !figures.isEmpty {
      out += wrap(figures.joined(separator: ", "), indent: 0).map(style.dim)
    }
    out += [
      "",
      "Readiness \(F.padLeft(String(report.readinessPercent), 3)) % "
        + bar(Double(report.readinessPercent), of: 100, required: 100, cells: 40) + "  "
        + (report.isReady ? style.green("READY") : style.red("NOT READY")),
    ]
    if !report.isReady {
      let names = report.blockers.map { F.oneLine($0.name) }.joined(separator: ", ")
      out += wrap(
        "\(F.count(report.blockerIDs.count, "gap blocks", "gaps block")) the role: \(names).",
        indent: 0
      ).map(style.red)
    }
    out += ["", style.bold("Gaps by priority") + style.dim("  (! blocks the role)")]
    if report.gapIDs.isEmpty {
      out.append("  None: every requirement is met.")
    } else {
      out.append(
        style.dim(
          "   #  " + F.pad("Skill", 22) + " " + F.pad("Current", 11) + "   " + F.pad("Required", 11)
            + " " + "Gap" + "  " + F.pad("Importance", 10) + " " + "Priority"))
      for gap in report.gaps {
        let mark = gap.blocking ? "!" : " "
        let line =
          F.padLeft(mark + String(gap.rank ?? 0), 4) + "  "
          + F.pad(F.truncate(F.oneLine(gap.name), to: 22), 22) + " "
          + F.pad(F.truncate(F.oneLine(gap.currentName), to: 11), 11) + " → "
          + F.pad(F.truncate(F.oneLine(gap.requiredName), to: 11), 11) + " "
          + F.padLeft(String(gap.gap), 3) + "  "
          + F.pad(F.truncate(F.oneLine(gap.importanceName), to: 10), 10) + " "
          + F.padLeft(F.truncate(F.decimal(gap.priority, places: 2), to: 8), 8)
        out.append(gap.blocking ? style.red(line) : line)
      }
    }
    if !report.strengthIDs.isEmpty {
      let items = report.strengths.map { "\(F.oneLine($0.name)) (+\($0.surplus))" }
      out += [""] + wrap(style.bold("Strengths:") + " " + items.joined(separator: ", "), indent: 2)
    }
    if !report.categories.isEmpty {
      out += ["", style.bold("By category") + style.dim("  (# current, . still required)")]
      for category in report.categories {
        out.append(
          "  " + F.pad(F.truncate(F.oneLine(category.name), to: 24), 24) + " "
            + F.padLeft(F.decimal(category.current, places: 1), 4) + " / "
            + F.pad(F.decimal(category.required, places: 1), 4) + " "
            + bar(
              category.current, of: Double(max(report.highestLevel, 1)),
              required: category.required, cells: 30))
      }
    }
    if !report.notAssessedIDs.isEmpty {
      let names = report.notAssessed.map { F.oneLine($0.name) }.joined(separator: ", ")
      // Named like the app names it: the scale's lowest level, not a bare number.
      let lowest = F.oneLine(report.levelNames.first ?? "0")
      out += [""]
      out += wrap(style.bold("Not assessed") + " (counted as \(lowest)): " + names, indent: 2)
    }
    if !report.notApplicableIDs.isEmpty {
      let names = report.notApplicable.map { F.oneLine($0.name) }.joined(separator: ", ")
      out += [""] + wrap(style.bold("Not applicable") + " (left out): " + names, indent: 2)
    }
    return out
  }

  static func rankingLines(_ ranking: RoleRanking, _ style: Style) -> [String] {
    guard !ranking.entries.isEmpty else { return ["The framework has no roles."] }
    var out = [
      style.bold("Roles by readiness"),
      style.dim("  " + F.pad("Role", 28) + " " + F.pad("Track", 18) + " Readiness  Ready  Gaps"),
    ]
    for entry in ranking.entries {
      let mark =
        entry.role.id == ranking.nextStep
        ? " ← next" : entry.role.id == ranking.currentRole ? " ← you" : ""
      let line =
        "  " + F.pad(F.truncate(F.oneLine(entry.role.title), to: 28), 28) + " "
        + F.pad(F.truncate(F.oneLine(entry.role.track), to: 18), 18) + " "
        + F.padLeft("\(entry.readinessPercent) %", 9) + "  "
        + F.pad(entry.isReady ? "yes" : "no", 5) + F.padLeft(String(entry.gaps), 6) + mark
      out.append(entry.isReady ? style.green(line) : line)
    }
    let current = ranking.currentRole.flatMap { ranking.entry($0) }
    let lead = current.map { "You are ready for \(F.oneLine($0.role.title)) (← you); the" } ?? "The"
    if let next = ranking.nextStep.flatMap({ ranking.entry($0) }) {
      out += [""]
      out += wrap(
        lead + " closest next step on the \(F.oneLine(next.role.track)) track is "
          + "\(F.oneLine(next.role.title)) (\(next.role.id), ← next), \(next.readinessPercent) % "
          + "ready.",
        indent: 0)
    } else if let track = ranking.track, let current {
      out += [""]
      out += wrap(
        "You are ready for \(F.oneLine(current.role.title)), the top of the "
          + "\(F.oneLine(track)) track.", indent: 0)
    }
    return out
  }

  /// A bar of `cells` characters: `#` up to `value`, `.` from there up to `required`.
  package static func bar(_ value: Double, of maximum: Double, required: Double, cells: Int)
    -> String
  {
    func cellsFor(_ amount: Double) -> Int {
      guard maximum > 0 else { return 0 }
      return min(cells, max(0, Int((amount / maximum * Double(cells)).rounded())))
    }
    let filled = cellsFor(value)
    let needed = max(filled, cellsFor(required))
    return "[" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: needed - filled)
      + String(repeating: " ", count: cells - needed) + "]"
  }

  /// Wraps words to the report's width; continuation lines are indented.
  /// - Complexity: O(*n*) in the length of the text.
  package static func wrap(_ text: String, indent: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var visible = 0
    var lineStart = true
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let length = visibleLength(word)
      if !lineStart && visible + 1 + length > width {
        lines.append(current)
        current = String(repeating: " ", count: indent)
        visible = indent
        lineStart = true
      }
      if !lineStart {
        current += " "
        visible += 1
      }
      current += word
      visible += length
      lineStart = false
    }
    if !lineStart { lines.append(current) }
    return lines.map { visibleLength($0) <= width ? $0 : F.truncate($0, to: width) }
  }

  /// The columns text takes on a terminal, without ANSI escape sequences.
  static func visibleLength(_ text: some StringProtocol) -> Int {
    var count = 0
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        count += DisplayWidth.of(character)
      }
    }
    return count
  }
}
