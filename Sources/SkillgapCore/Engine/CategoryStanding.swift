/// Current against required levels over the requirements of a role in one category.
///
/// Levels are plain means over the category's applicable requirements, so they read on the
/// framework's own scale ("2.5 of 4").
public struct CategoryStanding: Sendable, Equatable, Codable {
  /// The category's id.
  public var category: String
  /// The category's name.
  public var name: String
  /// How many of the role's applicable requirements are in the category.
  public var requirements: Int
  /// The mean required level.
  public var required: Double
  /// The mean counted level of the person.
  public var current: Double
  /// The mean of `min(current, required)`: the part of the requirements reached, in levels.
  public var reached: Double
  /// How many of the requirements have a gap.
  public var gaps: Int

  /// Creates a category standing from its parts.
  public init(
    category: String, name: String, requirements: Int, required: Double, current: Double,
    reached: Double, gaps: Int
  ) {
    self.category = category
    self.name = name
    self.requirements = requirements
    self.required = required
    self.current = current
    self.reached = reached
    self.gaps = gaps
  }

  /// The standing of the applicable requirements among `standings` in one category.
  /// - Parameters:
  ///   - category: The category.
  ///   - standings: Standings of one role, any categories.
  /// - Returns: The standing, or nil when the role has no applicable requirement in it.
  public static func summarising(
    _ category: Category, _ standings: [RequirementStanding]
  ) -> CategoryStanding? {
    let inCategory = standings.filter {
      $0.category == category.id && $0.answer != .notApplicable
    }
    guard !inCategory.isEmpty else { return nil }
    let count = Double(inCategory.count)
    func mean(_ value: (RequirementStanding) -> Int) -> Double {
      Double(inCategory.reduce(0) { $0 + value($1) }) / count
    }
    return CategoryStanding(
      category: category.id, name: category.name, requirements: inCategory.count,
      required: mean(\.required), current: mean(\.current),
      reached: mean { min($0.current, $0.required) },
      gaps: inCategory.filter { $0.gap > 0 }.count)
  }
}
