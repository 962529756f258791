import Foundation

/// The ordered levels a skill is rated on, lowest first.
///
/// Levels are numbered from 0. The engine never assumes a number of levels or their names:
/// a framework may use 2 to 10 of them.
public struct RatingScale: Sendable, Equatable, Codable {
  /// The fewest levels a scale may have.
  public static let minimumLevels = 2
  /// The most levels a scale may have (so a single digit can pick any of them).
  public static let maximumLevels = 10

  /// The levels, lowest first; a level's value is its index.
  public var levels: [ScaleLevel]

  /// Creates a scale from its levels, lowest first.
  public init(levels: [ScaleLevel]) {
    self.levels = levels
  }

  /// The lowest level's value (always 0).
  public var lowest: Int { 0 }

  /// The highest level's value.
  public var highest: Int { max(levels.count - 1, 0) }

  /// Whether `value` names a level of this scale.
  public func contains(_ value: Int) -> Bool {
    levels.indices.contains(value)
  }

  /// The level with the given value, if the scale has one.
  public func level(_ value: Int) -> ScaleLevel? {
    contains(value) ? levels[value] : nil
  }

  /// The value of the level written as `text`: its number, its id or its name, any case.
  public func value(named text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let number = Int(trimmed) { return contains(number) ? number : nil }
    let lowered = trimmed.lowercased()
    return levels.firstIndex { $0.id.lowercased() == lowered || $0.name.lowercased() == lowered }
  }

  /// The level's name, or its number when the scale has no such level.
  public func name(of value: Int) -> String {
    level(value)?.name ?? String(value)
  }
}

/// One level of a rating scale.
public struct ScaleLevel: Sendable, Equatable, Codable {
  /// The id skills use to describe this level, such as `working`.
  public var id: String
  /// The short name shown to people.
  public var name: String
  /// What the level means for any skill.
  public var summary: String

  /// Creates a scale level.
  public init(id: String, name: String, summary: String) {
    self.id = id
    self.name = name
    self.summary = summary
  }
}
