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

  private struct Stored: Codable {
    struct FrameworkRef: Codable {
      var id: String
      var version: String
    }
    struct Answer: Codable {
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
  /// - Throws: ``DocumentError`` naming what is wrong.
  public static func decode(_ data: Data) throws -> Snapshot {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    struct Version: Decodable { var schemaVersion: Int? }
    guard let version = try? decoder.decode(Version.self, from: data) else {
      throw DocumentError.notJSON
    }
    guard let found = version.schemaVersion else {
      throw DocumentError.invalid(field: "schemaVersion", reason: "is missing")
    }
    guard found == schemaVersion else { throw DocumentError.unsupportedSchema(version: found) }
    let stored: Stored
    do {
      stored = try decoder.decode(Stored.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw DocumentError.invalid(field: path(context.codingPath + [key]), reason: "is missing")
    } catch let DecodingError.typeMismatch(_, context) {
      throw DocumentError.invalid(field: path(context.codingPath), reason: "has the wrong type")
    } catch let DecodingError.dataCorrupted(context) {
      throw DocumentError.invalid(field: path(context.codingPath), reason: "is malformed")
    } catch {
      throw DocumentError.notJSON
    }
    var ratings: [String: Rating.Answer] = [:]
    for (id, answer) in stored.ratings {
      switch (answer.level, answer.status) {
      case (let level?, nil): ratings[id] = .level(level)
      case (nil, "skipped"): ratings[id] = .skipped
      case (nil, "not-applicable"): ratings[id] = .notApplicable
      default:
        throw DocumentError.invalid(
          field: "ratings.\(id)",
          reason: "must hold a level or a status of skipped or not-applicable")
      }
    }
    return Snapshot(
      taken: stored.taken, frameworkID: stored.framework.id,
      frameworkVersion: stored.framework.version, target: stored.target,
      readiness: stored.readiness, ratings: ratings, skillCount: stored.skillCount)
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }
}
