import Foundation

/// What the knowledge checks say about every rating that can be checked: the report's
/// calibration line and section, and the JSON export's `calibration`.
public struct Calibration: Sendable, Equatable, Codable {
  /// One rated skill with knowledge-check questions.
  public struct Entry: Sendable, Equatable, Codable {
    /// The skill's id.
    public var skill: String
    /// Its name.
    public var name: String
    /// The rated level.
    public var level: Int
    /// The rated level's name.
    public var levelName: String
    /// `supported`, `looks-high` or `not-checked`.
    public var status: String
    /// When the check was finished, for a checked rating.
    public var checked: Date?
    /// Right answers of the check, for a checked rating.
    public var right: Int?
    /// Questions of the check, for a checked rating.
    public var asked: Int?
  }

  /// Every rating above the lowest level of a skill with questions, in framework order.
  public var entries: [Entry]

  /// The ratings whose check found them higher than the answers support.
  public var looksHigh: [Entry] { entries.filter { $0.status == "looks-high" } }
  /// The ratings a check supported.
  public var supported: [Entry] { entries.filter { $0.status == "supported" } }
  /// The ratings no check has looked at yet.
  public var notChecked: [Entry] { entries.filter { $0.status == "not-checked" } }

  /// Creates a calibration from its entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The calibration of an assessment.
  public init(framework: Framework, assessment: Assessment) {
    var entries: [Entry] = []
    for skill in framework.skills where !skill.questions.isEmpty {
      guard let level = assessment.level(of: skill.id), level > 0 else { continue }
      var entry = Entry(
        skill: skill.id, name: skill.name, level: level,
        levelName: framework.scale.name(of: level), status: "not-checked")
      let status = assessment.checkStatus(of: skill)
      switch status {
      case .supported(let day), .looksHigh(let day):
        entry.status = status == .supported(day) ? "supported" : "looks-high"
        entry.checked = Date(timeIntervalSince1970: day.timeIntervalSince1970.rounded(.down))
        let check = assessment.checks[skill.id]
        entry.right = check?.rightAnswers(in: skill)
        entry.asked = check?.questions.count
      case .notChecked:
        break
      }
      entries.append(entry)
    }
    self.entries = entries
  }

  /// The calibration line: how many ratings look high and which, else how many are supported,
  /// else that none is checked yet.
  public var line: String {
    let high = looksHigh
    if !high.isEmpty {
      let names = high.map { "\($0.name) (\($0.levelName))" }.joined(separator: ", ")
      let count = high.count == 1 ? "1 rating looks" : "\(high.count) ratings look"
      return "\(count) higher than your answers support: \(names)."
    }
    let good = supported.count
    if good > 0 {
      return "\(good) of \(entries.count) checkable ratings are supported by knowledge checks; "
        + "\(notChecked.count) not checked."
    }
    return entries.isEmpty
      ? "No rating above the lowest level has knowledge-check questions."
      : "No rating is checked yet: K on the rating screen asks a few questions."
  }

  /// A row of the calibration section: the skill, its level and what the check said.
  public static func describe(_ entry: Entry) -> String {
    var text = "\(entry.name) (\(entry.levelName)): "
    switch entry.status {
    case "supported": text += "supported"
    case "looks-high": text += "looks high"
    default: return text + "not checked"
    }
    if let right = entry.right, let asked = entry.asked { text += ", \(right) of \(asked) right" }
    if let day = entry.checked {
      text +=
        ", "
        + CalendarDay.fromDayNumber(
          Int((day.timeIntervalSince1970 / 86_400).rounded(.down))
        ).iso
    }
    return text
  }
}
