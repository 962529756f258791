import Foundation

/// Ratings kept in a spreadsheet: a CSV file with a header naming at least `skill` and `level`,
/// and optionally `note`.
///
/// A level is the scale's number, a level's id or name (any case), `skipped`, or `n/a` (not
/// applicable). An empty level leaves the skill unrated, so a half-filled template reads fine.
/// Bad rows are reported with their line and field, and the good rows are kept; a skill the
/// framework lacks is a warning. The `name` column of the template is ignored; other unknown
/// columns are warned about. The file may be comma-, semicolon- or tab-separated and, read from
/// bytes, in any encoding a spreadsheet saves (see ``SpreadsheetText``); a note says which was
/// detected when it is not plain comma-separated UTF-8.
public enum RatingsCSV {
  /// What reading a ratings CSV gives.
  public struct Result: Sendable, Equatable {
    /// The ratings of the good rows, by skill id.
    public var ratings: [String: Rating]
    /// Every problem, in line order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(ratings: [String: Rating], diagnostics: [Diagnostic]) {
      self.ratings = ratings
      self.diagnostics = diagnostics
    }

    /// The ratings as an assessment of `framework` made at `time`.
    /// - Parameters:
    ///   - framework: The framework the ratings were read against.
    ///   - time: The assessment's created and updated time.
    ///   - target: The target role, if any.
    /// - Returns: The assessment.
    public func assessment(of framework: Framework, at time: Date, target: String? = nil)
      -> Assessment
    {
      Assessment(
        frameworkID: framework.id, frameworkVersion: framework.version, created: time,
        updated: time, target: target, ratings: ratings)
    }
  }

  /// The columns the reader uses; `name` is accepted and ignored.
  public static let knownColumns = ["skill", "level", "note", "name"]

  /// Words for a skipped skill.
  static let skippedWords: Set<String> = ["skipped", "skip"]
  /// Words for a skill that does not apply.
  static let notApplicableWords: Set<String> = [
    "n/a", "na", "not applicable", "not-applicable", "not_applicable",
  ]

  /// Reads ratings from a CSV file's bytes, in whichever encoding a spreadsheet saved them.
  ///
  /// The encoding is detected as ``SpreadsheetText/decode(_:)`` does and the delimiter as
  /// ``CSVText/Delimiter/detect(in:)`` does; when either is not plain UTF-8 with commas, a note
  /// says how the file was read.
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - file: The file name diagnostics name.
  ///   - framework: The framework whose skills and scale the ratings use.
  ///   - ratedAt: The time every rating is stamped with (CSV rows carry none).
  /// - Returns: The good rows' ratings and every problem found.
  public static func read(
    bytes: [UInt8], file: String, framework: Framework, ratedAt: Date
  ) -> Result {
    let decoded = SpreadsheetText.decode(bytes)
    return read(
      decoded.text, encoding: decoded.encoding, file: file, framework: framework, ratedAt: ratedAt)
  }

  /// Reads ratings from CSV text; the delimiter is detected.
  /// - Parameters:
  ///   - text: The file's text.
  ///   - file: The file name diagnostics name.
  ///   - framework: The framework whose skills and scale the ratings use.
  ///   - ratedAt: The time every rating is stamped with (CSV rows carry none).
  /// - Returns: The good rows' ratings and every problem found.
  /// - Complexity: O(*n* + *r* × *s*) for text length *n*, *r* rows and, only for unknown skills,
  ///   *s* skill ids compared for a suggestion.
  public static func read(
    _ text: String, file: String, framework: Framework, ratedAt: Date
  ) -> Result {
    read(text, encoding: nil, file: file, framework: framework, ratedAt: ratedAt)
  }

  private static func read(
    _ text: String, encoding: SpreadsheetText.Encoding?, file: String, framework: Framework,
    ratedAt: Date
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    let delimiter = CSVText.Delimiter.detect(in: text)
    if delimiter != .comma || encoding?.isUTF8 == false {
      let encodingName = encoding.map { " \($0.rawValue)" } ?? ""
      diagnostics.append(
        Diagnostic(
          .note, file: file,
          message: "Read as \(delimiter.name)-separated\(encodingName) text, as a spreadsheet "
            + "saved it; save as \"CSV UTF-8\" if accented letters look wrong."))
    }
    func report(
      _ severity: Diagnostic.Severity, _ line: Int, _ column: String, _ message: String
    ) {
      diagnostics.append(
        Diagnostic(
          severity, file: file, line: line, path: column, pathKind: .column, message: message))
    }
    let records: [CSVText.Record]
    do {
      records = try CSVText.parse(text, delimiter: delimiter)
    } catch {
      switch error {
      case .unterminatedQuote(let line):
        report(
          .error, line, "", "A quoted field starts here and is never closed; add the closing \".")
      case .textAfterQuote(let line, let column):
        diagnostics.append(
          Diagnostic(
            .error, file: file, line: line, column: column,
            message: "Text follows a closing quote; quote the whole field and double any \" inside."
          ))
      }
      return Result(ratings: [:], diagnostics: diagnostics)
    }
    guard let header = records.first(where: { !$0.isBlank }) else {
      report(
        .error, 1, "",
        "The file is empty; it needs a header row naming the columns skill and level.")
      return Result(ratings: [:], diagnostics: diagnostics)
    }
    let names = header.fields.map { $0.trimmingSpaces.lowercased() }
    var columns: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if columns[name] != nil, knownColumns.contains(name) {
        // Header problems name their column in the message itself.
        report(.warning, header.line, "", "Column '\(name)' appears twice; the first one is used.")
      } else if !knownColumns.contains(name) {
        let shown = name.isEmpty ? "number \(index + 1) (no name)" : "'\(name)'"
        report(
          .warning, header.line, "",
          "Column \(shown) is ignored; the columns read are skill, level and note.")
      }
      if columns[name] == nil { columns[name] = index }
    }
    guard let skillColumn = columns["skill"], let levelColumn = columns["level"] else {
      let missing = ["skill", "level"].filter { columns[$0] == nil }.joined(separator: " and ")
      let near = names.compactMap { name in
        Suggestions.nearest(name, in: ["skill", "level"], limit: 1).first.map { (name, $0) }
      }.first { columns[$0.1] == nil }
      let hint = near.map { " (is '\($0.0)' meant to be '\($0.1)'?)" } ?? ""
      report(
        .error, header.line, "",
        "The header row has no \(missing) column\(hint); it needs skill and level, and may have note."
      )
      return Result(ratings: [:], diagnostics: diagnostics)
    }
    var ratings: [String: Rating] = [:]
    var seenOn: [String: Int] = [:]
    let skillIDs = framework.skills.map(\.id)
    for record in records where record.line > header.line && !record.isBlank {
      func field(_ index: Int?) -> String {
        guard let index, record.fields.indices.contains(index) else { return "" }
        return record.fields[index].trimmingSpaces
      }
      if record.fields.count > names.count {
        report(
          .warning, record.line, "",
          "The row has \(record.fields.count) fields but the header names \(names.count); the extra "
            + "fields are ignored.")
      }
      let skill = field(skillColumn)
      let levelText = field(levelColumn)
      let noteText = field(columns["note"])
      guard !skill.isEmpty else {
        report(
          .error, record.line, "skill",
          "The skill is empty; write a skill id such as '\(skillIDs.first ?? "python")'.")
        continue
      }
      guard framework.skill(skill) != nil else {
        report(
          .warning, record.line, "skill",
          "Skill '\(skill)' is not in the framework, so the row is ignored."
            + Suggestions.skillHint(for: skill, in: framework))
        continue
      }
      guard !levelText.isEmpty else {
        if !noteText.isEmpty {
          report(
            .warning, record.line, "level",
            "The row has a note but no level, so it is ignored; write a level, or 'skipped' to keep the note."
          )
        }
        continue
      }
      guard let answer = answer(levelText, scale: framework.scale) else {
        report(.error, record.line, "level", levelProblem(levelText, scale: framework.scale))
        continue
      }
      if let earlier = seenOn[skill] {
        report(
          .warning, record.line, "skill",
          "Skill '\(skill)' is also rated on line \(earlier); this later row is used.")
      }
      seenOn[skill] = record.line
      ratings[skill] = Rating(
        answer: answer, note: noteText.isEmpty ? nil : noteText, ratedAt: ratedAt)
    }
    return Result(ratings: ratings, diagnostics: diagnostics)
  }

  /// The answer a level cell means, or nil when it means nothing on the scale.
  /// - Parameters:
  ///   - text: The cell, trimmed.
  ///   - scale: The framework's scale.
  /// - Returns: A level, skipped or not applicable.
  public static func answer(_ text: String, scale: RatingScale) -> Rating.Answer? {
    let lowered = text.lowercased()
    if skippedWords.contains(lowered) { return .skipped }
    if notApplicableWords.contains(lowered) { return .notApplicable }
    return scale.value(named: text).map { .level($0) }
  }

  private static func levelProblem(_ text: String, scale: RatingScale) -> String {
    let names = scale.levels.map(\.name)
    let listed = names.joined(separator: ", ")
    let ids = scale.levels.filter { $0.id.lowercased() != $0.name.lowercased() }.map(\.id)
    let hint = Suggestions.hint(for: text, in: names + ids)
    return
      "Level '\(text)' is not on the scale; write a number from 0 to \(scale.highest), a level "
      + "name (\(listed)), 'skipped' or 'n/a'.\(hint)"
  }
}
