import SkillgapCore

/// The knowledge-check screen's own state: the skills of the pass, where it is, and the choice
/// under the cursor. The questions asked and the choices picked live in the assessment
/// (``Assessment/checks``), saved after every answer, so a check left half-way resumes where it
/// stopped, with the same questions in the same order.
public struct CheckScreen: Sendable, Equatable {
  /// The skills to check, in order: one for `K` on the rating screen, every rated skill with
  /// questions for the review's pass.
  public var skills: [String] = []
  /// The position in `skills`.
  public var position = 0
  /// The highlighted choice, in display order.
  public var selection = 0
  /// Whether the answer just given is shown with its explanation (Enter goes on).
  public var revealed = false
  /// The skill just rated at a higher level, whose check the rating screen offers (`K`).
  public var offered: String?
  /// Checks finished in this pass: supported and looking high.
  public var supported = 0
  /// Checks of this pass that found the rating high.
  public var looksHigh = 0

  /// Creates an idle check screen.
  public init() {}

  /// The skill being checked.
  public var skill: String? {
    skills.indices.contains(position) ? skills[position] : nil
  }

  /// The lowest level a rating must have for the check to be offered after rating: the two
  /// highest levels of the scale (Proficient and Expert on the default one), never the lowest
  /// two.
  static func offerFrom(_ scale: RatingScale) -> Int { max(2, scale.highest - 1) }
}
