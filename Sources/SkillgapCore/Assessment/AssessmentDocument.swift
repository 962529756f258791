import Foundation

/// The JSON document an assessment is saved as.
///
/// ```json
/// {
///   "schemaVersion": 3,
///   "framework": {"id": "ml-engineer", "version": "2026.11"},
///   "created": "2026-11-22T10:00:00Z", "updated": "2026-11-22T10:05:00Z",
///   "target": "ml-engineer-mid",
///   "ratings": {"python": {"level": 3, "note": "…", "ratedAt": "2026-11-22T10:01:00Z"},
///               "r-language": {"status": "not-applicable", "ratedAt": "…"},
///               "spark": {"note": "a course next month", "ratedAt": "…"}},
///   "preferences": {"hoursPerWeek": 8, "exportFormats": ["markdown", "ics"],
///                   "exportPath": "/home/me/skillgap-plan"},
///   "progress": {"pytorch@1": {"status": "done", "hours": 9.5, "updated": "…"}},
///   "checks": {"python": {"level": 3, "questions": [4, 2, 5], "answers": [1, 0, 3],
///                         "started": "…", "finished": "…", "askedBefore": []}}
/// }
/// ```
///
/// A rating may carry `"ticks": {"2": [0, 1]}`: by level value, the indices of the "I …"
/// indicators the person ticked.
/// ```
public enum AssessmentDocument {
  /// The schema version this build writes.
  ///
  /// Version 2 lets a rating hold only a note (a skill not answered yet); version 1 files,
  /// which cannot have one, read unchanged. A version 1 reader refuses a version 2 file
  /// instead of misreading a note-only rating. Version 3 adds ticked indicators to ratings
  /// (a rating may hold only ticks) and the knowledge checks; an older reader would drop both
  /// on its next save, so it refuses the file instead. Versions 1 and 2 read unchanged.
  public static let schemaVersion = 3

  /// The schema versions this build reads.
  public static let readableVersions: ClosedRange<Int> = 1...3

  /// Problems reading a saved assessment.
  public enum DocumentError: LocalizedError, Equatable {
    case notJSON(reason: String)
    case unsupportedSchema(version: Int)
    case invalid(field: String, reason: String)
    /// The document is a results export (``ResultsDocument``), not an assessment.
    case exportDocument

    /// Whether the document was written by a newer skillgap, whose schema this build does not
    /// know: such a file must be left as it is.
    public var isNewerSchema: Bool {
      if case .unsupportedSchema(let version) = self { return version > schemaVersion }
      return false
    }

    public var errorDescription: String? {
      switch self {
      case .exportDocument:
        return "this is a skillgap export, not ratings; use the saved assessment or a CSV"
      case .notJSON(let reason):
        return "it is not a skillgap assessment (\(reason))"
      case .unsupportedSchema(let version):
        return "it has schemaVersion \(version), which this skillgap cannot read; update skillgap"
      case .invalid(let field, let reason):
        return "field '\(field)' \(reason)"
      }
    }
  }

  /// The schema version a document says it has, or nil when it says none or is not JSON.
  ///
  /// Read with the history's own scanner: `JSONSerialization` and the casts out of its `Any`
  /// cost a returning person about a million instructions before the first frame.
  public static func schemaVersion(of data: Data) -> Int? {
    guard case .object(let object)? = try? JSONScanner.parse(data) else { return nil }
    return object["schemaVersion"]?.integer
  }

  /// Encodes an assessment as stable, pretty JSON (sorted keys, UTC times to the second).
  public static func encode(_ assessment: Assessment) -> Data {
    var ratings: [String: Stored.StoredRating] = [:]
    for (id, rating) in assessment.ratings {
      var stored = Stored.StoredRating(
        level: nil, status: nil, note: rating.note, ratedAt: rating.ratedAt,
        ticks: rating.ticks.isEmpty
          ? nil
          : Dictionary(grouping: rating.ticks, by: { String($0.level) }).mapValues {
            $0.map(\.index).sorted()
          })
      switch rating.answer {
      case .level(let value)?: stored.level = value
      case .skipped?: stored.status = "skipped"
      case .notApplicable?: stored.status = "not-applicable"
      case nil: break
      }
      ratings[id] = stored
    }
    let stored = Stored(
      schemaVersion: schemaVersion,
      framework: .init(id: assessment.frameworkID, version: assessment.frameworkVersion),
      created: assessment.created, updated: assessment.updated, target: assessment.target,
      ratings: ratings, preferences: assessment.preferences.isEmpty ? nil : assessment.preferences,
      progress: assessment.progress.isEmpty
        ? nil
        : assessment.progress.mapValues {
          Stored.StoredProgress(
            status: $0.status.rawValue, hours: Double($0.minutes) / 60, updated: $0.updated)
        },
      checks: assessment.checks.isEmpty ? nil : assessment.checks)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    // Encoding plain strings, numbers and dates cannot fail.
    return (try? encoder.encode(stored)).map { $0 + Data("\n".utf8) } ?? Data()
  }

  /// Decodes a saved assessment.
  /// - Throws: ``DocumentError`` naming what is wrong.
  public static func decode(_ data: Data) throws -> Assessment {
    try decodeWithVersion(data).assessment
  }

  /// Decodes a saved assessment, with the schema version its file says it has (a loader that
  /// migrates older files needs both, and reading the text twice cost a returning person a
  /// million instructions before the first frame).
  /// - Throws: ``DocumentError`` naming what is wrong.
  public static func decodeWithVersion(_ data: Data) throws -> (
    assessment: Assessment, version: Int
  ) {
    try decodeWithVersion(data, allowFast: true)
  }

  /// ``decodeWithVersion(_:)``, with the scanner's reading turned off to compare the two.
  static func decodeWithVersion(_ data: Data, allowFast: Bool) throws -> (
    assessment: Assessment, version: Int
  ) {
    // A well-formed document is read by the history's scanner; anything else (an error to
    // name, an export) goes through JSONDecoder, whose first use cost a returning person over
    // 3 M instructions before the first frame.
    if allowFast, let (stored, found) = FastReader.stored(data) {
      return (try assessment(from: stored, version: found), found)
    }
    let decoder = JSONDecoder()
    // A custom strategy so a bad date is reported at its own key (Foundation's ISO 8601
    // strategy reports the path of the object holding it).
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = ISOTime.date(text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "Expected an ISO 8601 time such as 2026-11-22T10:00:00Z")
      }
      return date
    }
    // An export carries its own schemaVersion but neither ratings nor created: recognised by
    // the fields only it has, it is named for what it is rather than for its missing fields.
    struct Version: Decodable {
      var schemaVersion: Int?
      var isExport: Bool

      enum CodingKeys: CodingKey { case schemaVersion, assessedAt, ranking, ratings }

      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion)
        isExport =
          container.contains(.assessedAt) && container.contains(.ranking)
          && !container.contains(.ratings)
      }
    }
    let version: Version
    do {
      version = try decoder.decode(Version.self, from: data)
    } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
      throw DocumentError.invalid(field: "schemaVersion", reason: "has the wrong type")
    } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
      throw DocumentError.notJSON(reason: "not valid JSON")
    } catch {
      // Valid JSON of another shape: an array, a string, a number, null.
      throw DocumentError.notJSON(reason: "not a JSON object")
    }
    if version.isExport { throw DocumentError.exportDocument }
    guard let found = version.schemaVersion else {
      throw DocumentError.invalid(field: "schemaVersion", reason: "is missing")
    }
    guard readableVersions.contains(found) else {
      throw DocumentError.unsupportedSchema(version: found)
    }
    let stored: Stored
    do {
      stored = try decoder.decode(Stored.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw DocumentError.invalid(field: path(context.codingPath + [key]), reason: "is missing")
    } catch let DecodingError.typeMismatch(_, context) {
      throw DocumentError.invalid(field: path(context.codingPath), reason: "has the wrong type")
    } catch let DecodingError.dataCorrupted(context) {
      throw DocumentError.invalid(
        field: path(context.codingPath), reason: "is malformed (\(context.debugDescription))")
    } catch {
      throw DocumentError.notJSON(reason: error.localizedDescription)
    }
    return (try assessment(from: stored, version: found), found)
  }

  /// The assessment a decoded document holds, with the checks no decoder makes.
  private static func assessment(from stored: Stored, version found: Int) throws -> Assessment {
    var ratings: [String: Rating] = [:]
    for (id, rating) in stored.ratings {
      let answer: Rating.Answer?
      switch (rating.level, rating.status, rating.note) {
      case (let level?, nil, _): answer = .level(level)
      case (nil, "skipped", _): answer = .skipped
      case (nil, "not-applicable", _): answer = .notApplicable
      // A note on a skill not answered yet (written since version 2), or only ticks (since 3).
      case (nil, nil, _?) where found >= 2: answer = nil
      case (nil, nil, nil) where found >= 3 && !(rating.ticks ?? [:]).isEmpty: answer = nil
      default:
        throw DocumentError.invalid(
          field: "ratings.\(id)",
          reason: "needs either 'level' or 'status' (skipped or not-applicable)")
      }
      var ticks: Set<IndicatorTick> = []
      for (level, indices) in rating.ticks ?? [:] {
        guard let value = Int(level), value >= 0, indices.allSatisfy({ $0 >= 0 }) else {
          throw DocumentError.invalid(
            field: "ratings.\(id).ticks.\(level)",
            reason: "must be a level number holding indicator indices from 0")
        }
        for index in indices { ticks.insert(IndicatorTick(level: value, index: index)) }
      }
      ratings[id] = Rating(
        answer: answer, note: rating.note, ratedAt: rating.ratedAt, ticks: ticks)
    }
    var assessment = Assessment(
      frameworkID: stored.framework.id, frameworkVersion: stored.framework.version,
      created: stored.created, updated: stored.updated, target: stored.target, ratings: ratings)
    assessment.preferences = stored.preferences ?? .init()
    for (id, step) in stored.progress ?? [:] {
      guard let status = StepProgress.Status(rawValue: step.status) else {
        throw DocumentError.invalid(
          field: "progress.\(id).status", reason: "must be in-progress, done or dropped")
      }
      guard step.hours.isFinite, step.hours >= 0, step.hours <= 10_000 else {
        throw DocumentError.invalid(
          field: "progress.\(id).hours", reason: "must be a number of hours from 0 to 10000")
      }
      assessment.progress[id] = StepProgress(
        status: status, minutes: PlanOptions.minutes(step.hours), updated: step.updated)
    }
    for (id, check) in stored.checks ?? [:] {
      guard check.answers.count <= check.questions.count,
        (check.questions + check.answers + check.askedBefore).allSatisfy({ $0 >= 0 })
      else {
        throw DocumentError.invalid(
          field: "checks.\(id)",
          reason: "needs at most one answer per question, and indices from 0")
      }
      assessment.checks[id] = check
    }
    return assessment
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map(\.stringValue).joined(separator: ".")
  }

  struct Stored: Codable {
    struct FrameworkRef: Codable {
      var id: String
      var version: String
    }
    struct StoredRating: Codable {
      var level: Int?
      var status: String?
      var note: String?
      var ratedAt: Date
      var ticks: [String: [Int]]?
    }
    var schemaVersion: Int
    var framework: FrameworkRef
    var created: Date
    var updated: Date
    var target: String?
    struct StoredProgress: Codable {
      var status: String
      var hours: Double
      var updated: Date
    }
    var ratings: [String: StoredRating]
    var preferences: Assessment.Preferences?
    var progress: [String: StoredProgress]?
    var checks: [String: KnowledgeCheck]?
  }
}
