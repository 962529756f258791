import Foundation
import SkillgapCore
import SkillgapLoading

/// Frameworks and times for UI and engine tests.
public enum UIFixtures {
  /// A fixed moment: 2026-11-22 10:00:00 UTC.
  public static let now = Date(timeIntervalSince1970: 1_795_341_600)

  /// The day of ``now`` in UTC: Sunday 2026-11-22.
  public static let today = CalendarDay(now, in: TimeZone(identifier: "UTC") ?? .current)

  /// The five-level YAML fixture as a framework (3 skills in 2 categories, 2 roles).
  public static func framework(
    levels: [String] = ["none", "aware", "working", "proficient", "expert"],
    renaming names: [String: String] = [:]
  ) -> Framework {
    var files = YAMLFixtures.valid(levels: levels)
    for (old, new) in names {
      files = files.map {
        SourceFile(path: $0.path, text: $0.text.replacingOccurrences(of: old, with: new))
      }
    }
    let result = FrameworkLoader.load(files: files)
    guard let framework = result.framework else {
      preconditionFailure("The UI fixture does not load: \(result.diagnostics)")
    }
    return framework
  }

  /// The five-level fixture where alpha has three indicators a level and two questions at
  /// each level above none (``YAMLFixtures/withChecks()``).
  public static func checksFramework() -> Framework {
    let result = FrameworkLoader.load(files: YAMLFixtures.withChecks())
    guard let framework = result.framework, result.diagnostics.isEmpty else {
      preconditionFailure("The checks fixture does not load: \(result.diagnostics)")
    }
    return framework
  }
}
