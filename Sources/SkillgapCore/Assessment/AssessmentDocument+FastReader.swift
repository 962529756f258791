import Foundation

extension AssessmentDocument {
  /// Reads a saved assessment of the shape this build writes with ``JSONScanner``, into the same
  /// ``Stored`` value `JSONDecoder` makes of it.
  ///
  /// It only ever answers for a well-formed document: any value of an unexpected type, a
  /// missing field, an unreadable time or an unknown schema gives nil, and the document is read
  /// by `JSONDecoder`, which names what is wrong. Unknown fields are passed over, as there.
  enum FastReader {
    typealias Object = [String: JSONScanner.Value]

    static func stored(_ data: Data) -> (Stored, version: Int)? {
      guard case .object(let top)? = try? JSONScanner.parse(data),
        let version = int(top["schemaVersion"]), readableVersions.contains(version),
        case .object(let framework)? = top["framework"],
        let frameworkID = string(framework["id"]),
        let frameworkVersion = string(framework["version"]),
        let created = date(top["created"]), let updated = date(top["updated"]),
        let target = optional(top["target"], string),
        case .object(let ratingValues)? = top["ratings"],
        let ratings = each(ratingValues, readRating),
        let preferences = optional(top["preferences"], readPreferences),
        let progress = optional(top["progress"], { each($0, readProgress) }),
        let checks = optional(top["checks"], { each($0, readCheck) })
      else { return nil }
      let stored = Stored(
        schemaVersion: version,
        framework: .init(id: frameworkID, version: frameworkVersion), created: created,
        updated: updated, target: target, ratings: ratings, preferences: preferences,
        progress: progress, checks: checks)
      return (stored, version)
    }

    /// nil for a value that is not what `read` takes; `.some(nil)` for a missing or null one.
    private static func optional<T>(
      _ value: JSONScanner.Value?, _ read: (JSONScanner.Value) -> T?
    ) -> T?? {
      guard let value, value != .null else { return .some(nil) }
      return read(value).map { .some($0) }
    }

    private static func each<T>(_ value: JSONScanner.Value, _ read: (JSONScanner.Value) -> T?)
      -> [String: T]?
    {
      guard case .object(let members) = value else { return nil }
      return each(members, read)
    }

    private static func each<T>(_ members: Object, _ read: (JSONScanner.Value) -> T?)
      -> [String: T]?
    {
      var result: [String: T] = Dictionary(minimumCapacity: members.count)
      for (key, value) in members {
        guard let read = read(value) else { return nil }
        result[key] = read
      }
      return result
    }

    private static func readRating(_ value: JSONScanner.Value) -> Stored.StoredRating? {
      guard case .object(let members) = value, let ratedAt = date(members["ratedAt"]),
        let level = optional(members["level"], int),
        let status = optional(members["status"], string),
        let note = optional(members["note"], string),
        let ticks = optional(members["ticks"], { each($0, ints) })
      else { return nil }
      return .init(level: level, status: status, note: note, ratedAt: ratedAt, ticks: ticks)
    }

    private static func readProgress(_ value: JSONScanner.Value) -> Stored.StoredProgress? {
      guard case .object(let members) = value, let status = string(members["status"]),
        case .number(let hours)? = members["hours"], let updated = date(members["updated"])
      else { return nil }
      return .init(status: status, hours: hours, updated: updated)
    }

    private static func readCheck(_ value: JSONScanner.Value) -> KnowledgeCheck? {
      guard case .object(let members) = value, let level = int(members["level"]),
        let questions = ints(members["questions"]), let answers = ints(members["answers"]),
        let started = date(members["started"]),
        let finished = optional(members["finished"], date),
        let askedBefore = ints(members["askedBefore"])
      else { return nil }
      return KnowledgeCheck(
        level: level, questions: questions, answers: answers, started: started,
        finished: finished, askedBefore: askedBefore)
    }

    private static func readPreferences(_ value: JSONScanner.Value) -> Assessment.Preferences? {
      guard case .object(let members) = value,
        let hoursPerWeek = optional(members["hoursPerWeek"], int),
        let exportFormats = optional(members["exportFormats"], strings),
        let exportPath = optional(members["exportPath"], string),
        let horizonWeeks = optional(members["horizonWeeks"], int),
        let studyDays = optional(members["studyDays"], ints),
        let sessionStart = optional(members["sessionStart"], string),
        let sessionHours = optional(members["sessionHours"], double),
        let dailyHours = optional(members["dailyHours"], double),
        let blockingOnly = optional(members["blockingOnly"], bool),
        let planStart = optional(members["planStart"], string),
        let planSince = optional(members["planSince"], string),
        let hideRequirements = optional(members["hideRequirements"], bool),
        let includeOptional = optional(members["includeOptional"], bool)
      else { return nil }
      var preferences = Assessment.Preferences(
        hoursPerWeek: hoursPerWeek, exportFormats: exportFormats, exportPath: exportPath,
        horizonWeeks: horizonWeeks, studyDays: studyDays, sessionStart: sessionStart,
        sessionHours: sessionHours, dailyHours: dailyHours, blockingOnly: blockingOnly,
        planStart: planStart, hideRequirements: hideRequirements)
      preferences.planSince = planSince
      preferences.includeOptional = includeOptional
      return preferences
    }

    private static func string(_ value: JSONScanner.Value?) -> String? {
      guard case .string(let text)? = value else { return nil }
      return text
    }

    private static func bool(_ value: JSONScanner.Value?) -> Bool? {
      guard case .bool(let flag)? = value else { return nil }
      return flag
    }

    private static func double(_ value: JSONScanner.Value?) -> Double? {
      guard case .number(let number)? = value else { return nil }
      return number
    }

    /// A whole number that an `Int` holds exactly (a fraction is left to `JSONDecoder`).
    private static func int(_ value: JSONScanner.Value?) -> Int? { value?.integer }

    private static func date(_ value: JSONScanner.Value?) -> Date? {
      string(value).flatMap(ISOTime.date)
    }

    private static func ints(_ value: JSONScanner.Value?) -> [Int]? { array(value, int) }

    private static func strings(_ value: JSONScanner.Value?) -> [String]? {
      array(value, string)
    }

    /// A list whose every element `read` takes; nil when one is not.
    private static func array<T>(_ value: JSONScanner.Value?, _ read: (JSONScanner.Value?) -> T?)
      -> [T]?
    {
      guard case .array(let elements)? = value else { return nil }
      var result: [T] = []
      result.reserveCapacity(elements.count)
      for element in elements {
        guard let item = read(element) else { return nil }
        result.append(item)
      }
      return result
    }
  }
}
