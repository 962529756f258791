/// The default framework's knowledge-check questions warn (see `validate`) until the rewritten
/// questions of the content branches are merged; the tests that expect the default framework
/// to load without any warning leave those out, and
/// `QuestionAuditTests.theDefaultFrameworksQuestionsAreWorthAsking` holds them to the issue's
/// figures as a known issue. After the merge, remove this filter and the known-issue wrapper.
public enum QuestionWarnings {
  /// The phrases the question warnings begin with or contain.
  public static let phrases = [
    "has no 'explanation'", "has no question at", "repeats the one at", "The right answer is",
  ]

  /// The lines that are not question warnings.
  public static func without(_ lines: [String]) -> [String] {
    lines.filter { line in !phrases.contains { line.contains($0) } }
  }
}
