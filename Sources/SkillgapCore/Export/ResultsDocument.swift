import Foundation

/// The JSON export: the whole ``Results`` with a schema version, and the decoder that reads it
/// back.
///
/// Keys are sorted, times are UTC ISO 8601 to the second, days are `YYYY-MM-DD`, durations are
/// whole minutes, and optional fields are left out when empty. The README documents every
/// field.
public enum ResultsDocument {
  /// The schema version this build writes and reads.
  public static let schemaVersion = 1

  /// Problems reading an exported document.
  public enum DocumentError: LocalizedError, Equatable {
    case notJSON(reason: String)
    case unsupportedSchema(version: Int)
    case invalid(field: String, reason: String)

    public var errorDescription: String? {
      switch self {
      case .notJSON(let reason):
        return "It is not a skillgap results document (\(reason))."
      case .unsupportedSchema(let version):
        return "It has schemaVersion \(version), which this skillgap cannot read."
      case .invalid(let field, let reason):
        return "Field '\(field)' \(reason)."
      }
    }
  }

  /// Encodes results as stable, pretty JSON ending with a newline.
  /// - Parameter results: The results.
  /// - Returns: UTF-8 JSON.
  public static func encode(_ results: Results) -> Data {
    let stored = Stored(
      schemaVersion: schemaVersion, framework: results.framework,
      assessedAt: results.assessedAt, report: results.report, ranking: results.ranking,
      plan: results.plan, readinessHistory: results.readinessHistory, role: results.role,
      warnings: results.warnings.isEmpty ? nil : results.warnings,
      calibration: results.calibration)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    // Every value is a string, a whole or finite number, a Boolean or a date: encoding cannot
    // fail.
    return (try? encoder.encode(stored)).map { $0 + Data("\n".utf8) } ?? Data()
  }

  /// Decodes an exported document.
  /// - Parameter data: UTF-8 JSON written by ``encode(_:)``.
  /// - Returns: The results.
  /// - Throws: ``DocumentError`` naming what is wrong.
  public static func decode(_ data: Data) throws(DocumentError) -> Results {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    struct Version: Decodable { var schemaVersion: Int? }
    let version: Version
    do {
      version = try decoder.decode(Version.self, from: data)
    } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
      throw .invalid(field: "schemaVersion", reason: "has the wrong type")
    } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
      throw .notJSON(reason: "not valid JSON")
    } catch {
      // Valid JSON of another shape: an array, a string, a number, null.
      throw .notJSON(reason: "not a JSON object")
    }
    guard let found = version.schemaVersion else {
      throw .invalid(field: "schemaVersion", reason: "is missing")
    }
    guard found == schemaVersion else { throw .unsupportedSchema(version: found) }
    do {
      let stored = try decoder.decode(Stored.self, from: data)
      var results = Results(
        framework: stored.framework, assessedAt: stored.assessedAt, report: stored.report,
        ranking: stored.ranking, plan: stored.plan)
      results.readinessHistory = stored.readinessHistory
      results.role = stored.role
      results.warnings = stored.warnings ?? []
      results.calibration = stored.calibration
      return results
    } catch let DecodingError.keyNotFound(key, context) {
      throw .invalid(field: path(context.codingPath + [key]), reason: "is missing")
    } catch let DecodingError.typeMismatch(_, context) {
      throw .invalid(field: path(context.codingPath), reason: "has the wrong type")
    } catch let DecodingError.valueNotFound(_, context) {
      throw .invalid(field: path(context.codingPath), reason: "is null")
    } catch let DecodingError.dataCorrupted(context) {
      throw .invalid(field: path(context.codingPath), reason: "is malformed")
    } catch {
      throw .notJSON(reason: error.localizedDescription)
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    let text = keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    return text.hasPrefix(".") ? String(text.dropFirst()) : text
  }

  private struct Stored: Codable {
    var schemaVersion: Int
    var framework: FrameworkHeading
    var assessedAt: Date
    var report: GapReport?
    var ranking: RoleRanking
    var plan: StudyPlan?
    var readinessHistory: [ReadinessPoint]?
    var role: RoleFacts?
    var warnings: [ConsistencyWarning]?
    var calibration: Calibration?
  }
}
