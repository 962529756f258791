import Foundation

/// The JSON of `skillgap roles --format json`: every role of a framework without its
/// requirements, and with ratings the ranking.
///
/// Keys are sorted and optional fields are left out when empty, as in ``ResultsDocument``.
public enum RolesDocument {
  /// The schema version this build writes.
  public static let schemaVersion = 2

  /// Encodes the roles of a framework as stable, pretty JSON ending with a newline.
  /// - Parameters:
  ///   - framework: The framework.
  ///   - ranking: The ranking of the person's ratings, or nil without ratings.
  /// - Returns: UTF-8 JSON.
  public static func encode(_ framework: Framework, ranking: RoleRanking?) -> Data {
    let roles = framework.roles.map {
      StoredRole(
        id: $0.id, title: $0.title, track: $0.track, seniority: $0.seniority, domain: $0.domain,
        years: $0.years, pay: $0.pay.isEmpty ? nil : $0.pay)
    }
    let stored = Stored(
      schemaVersion: schemaVersion, framework: FrameworkHeading(framework), roles: roles,
      ranking: ranking)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Strings, whole and finite numbers and Booleans only: encoding cannot fail.
    return (try? encoder.encode(stored)).map { $0 + Data("\n".utf8) } ?? Data()
  }

  private struct StoredRole: Encodable {
    var id: String
    var title: String
    var track: String
    var seniority: Int
    var domain: String?
    var years: YearsRange?
    var pay: [PayBand]?
  }

  private struct Stored: Encodable {
    var schemaVersion: Int
    var framework: FrameworkHeading
    var roles: [StoredRole]
    var ranking: RoleRanking?
  }
}
