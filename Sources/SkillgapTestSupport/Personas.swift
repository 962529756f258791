import Foundation

/// The people of `Tests/Personas/*.csv`, as the app would have saved their assessment.
public enum Personas {
  /// A saved assessment (schema 1, as the first release wrote it) of a persona's ratings.
  /// - Parameters:
  ///   - persona: The file name without `.csv`, such as `backend-engineer`.
  ///   - target: The target role's id.
  ///   - version: The framework's version (`skillgap validate` prints it).
  /// - Returns: The JSON document.
  /// - Throws: When the persona's file cannot be read.
  public static func savedDocument(_ persona: String, target: String, version: String) throws
    -> Data
  {
    let file = TestPaths.packageRoot.appendingPathComponent("Tests/Personas/\(persona).csv")
    let levels = ["none": 0, "aware": 1, "working": 2, "proficient": 3, "expert": 4]
    let ratings = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      .dropFirst().compactMap { line -> String? in
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        guard cells.count >= 2, let level = levels[String(cells[1])] else { return nil }
        return "\"\(cells[0])\": {\"level\": \(level), \"ratedAt\": \"2026-11-30T10:00:00Z\"}"
      }
    return Data(
      """
      {"schemaVersion": 1, "framework": {"id": "ml-engineer", "version": "\(version)"},
       "created": "2026-11-30T10:00:00Z", "updated": "2026-11-30T10:00:00Z",
       "target": "\(target)", "ratings": {\(ratings.joined(separator: ", "))},
       "preferences": {"hoursPerWeek": 8}}
      """.utf8)
  }

  /// How many skills an assessment of the embedded framework walks (its optional ones left out),
  /// from what `skillgap validate` prints ("75 skills (1 optional) in …").
  public static func walkedSkillCount() throws -> Int {
    let output = try CommandRunner.skillgap(["validate"]).output
    guard let match = output.firstMatch(of: #/, (\d+) skills(?: \((\d+) optional\))? in/#),
      let total = Int(match.output.1)
    else { return 0 }
    return total - (match.output.2.flatMap { Int($0) } ?? 0)
  }

  /// The version of the framework the built binary embeds, as `skillgap validate` prints it.
  public static func embeddedVersion() throws -> String {
    let output = try CommandRunner.skillgap(["validate"]).output
    return output.firstMatch(of: #/ml-engineer (\S+),/#).map { String($0.output.1) } ?? ""
  }
}
