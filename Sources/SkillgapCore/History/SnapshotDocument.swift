import Foundation

/// The JSON document a snapshot is saved as, one file per snapshot.
///
/// ```json
/// {
///   "schemaVersion": 1,
///   "taken": "2026-11-22T10:30:00Z",
///   "framework": {"id": "ml-engineer", "version": "2026.11"},
///   "target": "ml-engineer-mid",
///   "readiness": {"ml-engineer-junior": 100, "ml-engineer-mid": 72},
///   "ratings": {"python": {"level": 3}, "r-language": {"status": "not-applicable"}},
///   "skillCount": 42
/// }
/// ```
public enum SnapshotDocument {
  /// The schema version this build writes and reads.
  public static let schemaVersion = 1

  /// Problems reading a snapshot, each naming the field.
  public enum DocumentError: LocalizedError, Equatable {
    case notJSON
    case unsupportedSchema(version: Int)
    case invalid(field: String, reason: String)

    public var errorDescription: String? {
      switch self {
      case .notJSON: return "it is not a skillgap snapshot (not a JSON object)"
      case .unsupportedSchema(let version):
        return "it has schemaVersion \(version), which this skillgap cannot read; update skillgap"
      case .invalid(let field, let reason): return "field '\(field)' \(reason)"
      }
    }
  }

  private struct Stored: Encodable {
    struct FrameworkRef: Encodable {
      var id: String
      var version: String
    }
    struct Answer: Encodable {
      var level: Int?
      var status: String?
    }
    var schemaVersion: Int
    var taken: Date
    var framework: FrameworkRef
    var target: String?
    var readiness: [String: Int]
    var ratings: [String: Answer]
    var skillCount: Int
  }

  /// Encodes a snapshot as stable, pretty JSON (sorted keys, UTC time to the second).
  public static func encode(_ snapshot: Snapshot) -> Data {
    let stored = Stored(
      schemaVersion: schemaVersion, taken: snapshot.taken,
      framework: .init(id: snapshot.frameworkID, version: snapshot.frameworkVersion),
      target: snapshot.target, readiness: snapshot.readiness,
      ratings: snapshot.ratings.mapValues { answer in
        switch answer {
        case .level(let value): return .init(level: value, status: nil)
        case .skipped: return .init(level: nil, status: "skipped")
        case .notApplicable: return .init(level: nil, status: "not-applicable")
        }
      }, skillCount: snapshot.skillCount)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    // Encoding plain strings, numbers and dates cannot fail.
    return (try? encoder.encode(stored)).map { $0 + Data("\n".utf8) } ?? Data()
  }

  /// Decodes a snapshot.
  ///
  /// Read with ``JSONScanner`` rather than `Decodable`, which is several times slower on
  /// Linux: a history of hundreds of snapshots is read whole.
  /// - Throws: ``DocumentError`` naming what is wrong.
  public static func decode(_ data: Data) throws -> Snapshot {
    guard case .object(let object)? = try? JSONScanner.parse(data) else {
      throw DocumentError.notJSON
    }
    guard let version = object["schemaVersion"] else {
      throw DocumentError.invalid(field: "schemaVersion", reason: "is missing")
    }
    guard let found = version.integer else {
      throw DocumentError.invalid(field: "schemaVersion", reason: "has the wrong type")
    }
    guard found == schemaVersion else { throw DocumentError.unsupportedSchema(version: found) }
    guard case .string(let takenText) = try field(object, "taken") else {
      throw DocumentError.invalid(field: "taken", reason: "has the wrong type")
    }
    guard let taken = ISOTime.date(takenText) else {
      throw DocumentError.invalid(field: "taken", reason: "is malformed")
    }
    guard case .object(let framework) = try field(object, "framework") else {
      throw DocumentError.invalid(field: "framework", reason: "has the wrong type")
    }
    guard case .string(let id) = try field(framework, "id", in: "framework."),
      case .string(let frameworkVersion) = try field(framework, "version", in: "framework.")
    else { throw DocumentError.invalid(field: "framework", reason: "has the wrong type") }
    var target: String?
    switch object["target"] {
    case nil, .null?: break
    case .string(let text)?: target = text
    default: throw DocumentError.invalid(field: "target", reason: "has the wrong type")
    }
    guard case .object(let storedReadiness) = try field(object, "readiness") else {
      throw DocumentError.invalid(field: "readiness", reason: "has the wrong type")
    }
    var readiness = [String: Int](minimumCapacity: storedReadiness.count)
    for (role, value) in storedReadiness {
      guard let percent = value.integer else {
        throw DocumentError.invalid(field: "readiness.\(role)", reason: "has the wrong type")
      }
      readiness[role] = percent
    }
    guard case .object(let storedRatings) = try field(object, "ratings") else {
      throw DocumentError.invalid(field: "ratings", reason: "has the wrong type")
    }
    var ratings = [String: Rating.Answer](minimumCapacity: storedRatings.count)
    for (skill, value) in storedRatings {
      guard case .object(let answer) = value else {
        throw DocumentError.invalid(field: "ratings.\(skill)", reason: "has the wrong type")
      }
      switch (answer["level"]?.integer, answer["status"]) {
      case (let level?, nil): ratings[skill] = .level(level)
      case (nil, .string("skipped")?): ratings[skill] = .skipped
      case (nil, .string("not-applicable")?): ratings[skill] = .notApplicable
      default:
        throw DocumentError.invalid(
          field: "ratings.\(skill)",
          reason: "must hold a level or a status of skipped or not-applicable")
      }
    }
    guard let skillCount = try field(object, "skillCount").integer else {
      throw DocumentError.invalid(field: "skillCount", reason: "has the wrong type")
    }
    return Snapshot(
      taken: taken, frameworkID: id, frameworkVersion: frameworkVersion, target: target,
      readiness: readiness, ratings: ratings, skillCount: skillCount)
  }

  /// A field, or an error naming it.
  private static func field(
    _ object: [String: JSONScanner.Value], _ key: String, in prefix: String = ""
  ) throws -> JSONScanner.Value {
    guard let value = object[key] else {
      throw DocumentError.invalid(field: prefix + key, reason: "is missing")
    }
    return value
  }
}
